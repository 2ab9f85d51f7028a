from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_scans_config_severity_response_200 import (
    GetV1ScansConfigSeverityResponse200,
)
from ...models.get_v1_scans_config_severity_response_400 import (
    GetV1ScansConfigSeverityResponse400,
)
from ...models.get_v1_scans_config_severity_response_401 import (
    GetV1ScansConfigSeverityResponse401,
)
from ...models.get_v1_scans_config_severity_response_404 import (
    GetV1ScansConfigSeverityResponse404,
)
from ...models.get_v1_scans_config_severity_response_500 import (
    GetV1ScansConfigSeverityResponse500,
)
from ...models.get_v1_scans_config_severity_response_default import (
    GetV1ScansConfigSeverityResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans/config/severity",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1ScansConfigSeverityResponse200
    | GetV1ScansConfigSeverityResponse400
    | GetV1ScansConfigSeverityResponse401
    | GetV1ScansConfigSeverityResponse404
    | GetV1ScansConfigSeverityResponse500
    | GetV1ScansConfigSeverityResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1ScansConfigSeverityResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1ScansConfigSeverityResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1ScansConfigSeverityResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetV1ScansConfigSeverityResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetV1ScansConfigSeverityResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1ScansConfigSeverityResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1ScansConfigSeverityResponse200
    | GetV1ScansConfigSeverityResponse400
    | GetV1ScansConfigSeverityResponse401
    | GetV1ScansConfigSeverityResponse404
    | GetV1ScansConfigSeverityResponse500
    | GetV1ScansConfigSeverityResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ScansConfigSeverityResponse200
    | GetV1ScansConfigSeverityResponse400
    | GetV1ScansConfigSeverityResponse401
    | GetV1ScansConfigSeverityResponse404
    | GetV1ScansConfigSeverityResponse500
    | GetV1ScansConfigSeverityResponseDefault
]:
    """Get custom severity mappings

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansConfigSeverityResponse200 | GetV1ScansConfigSeverityResponse400 | GetV1ScansConfigSeverityResponse401 | GetV1ScansConfigSeverityResponse404 | GetV1ScansConfigSeverityResponse500 | GetV1ScansConfigSeverityResponseDefault]
    """

    kwargs = _get_kwargs(
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ScansConfigSeverityResponse200
    | GetV1ScansConfigSeverityResponse400
    | GetV1ScansConfigSeverityResponse401
    | GetV1ScansConfigSeverityResponse404
    | GetV1ScansConfigSeverityResponse500
    | GetV1ScansConfigSeverityResponseDefault
    | None
):
    """Get custom severity mappings

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansConfigSeverityResponse200 | GetV1ScansConfigSeverityResponse400 | GetV1ScansConfigSeverityResponse401 | GetV1ScansConfigSeverityResponse404 | GetV1ScansConfigSeverityResponse500 | GetV1ScansConfigSeverityResponseDefault
    """

    return sync_detailed(
        client=client,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ScansConfigSeverityResponse200
    | GetV1ScansConfigSeverityResponse400
    | GetV1ScansConfigSeverityResponse401
    | GetV1ScansConfigSeverityResponse404
    | GetV1ScansConfigSeverityResponse500
    | GetV1ScansConfigSeverityResponseDefault
]:
    """Get custom severity mappings

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansConfigSeverityResponse200 | GetV1ScansConfigSeverityResponse400 | GetV1ScansConfigSeverityResponse401 | GetV1ScansConfigSeverityResponse404 | GetV1ScansConfigSeverityResponse500 | GetV1ScansConfigSeverityResponseDefault]
    """

    kwargs = _get_kwargs(
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ScansConfigSeverityResponse200
    | GetV1ScansConfigSeverityResponse400
    | GetV1ScansConfigSeverityResponse401
    | GetV1ScansConfigSeverityResponse404
    | GetV1ScansConfigSeverityResponse500
    | GetV1ScansConfigSeverityResponseDefault
    | None
):
    """Get custom severity mappings

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansConfigSeverityResponse200 | GetV1ScansConfigSeverityResponse400 | GetV1ScansConfigSeverityResponse401 | GetV1ScansConfigSeverityResponse404 | GetV1ScansConfigSeverityResponse500 | GetV1ScansConfigSeverityResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_v1_scans_config_severity_body import (
    DeleteV1ScansConfigSeverityBody,
)
from ...models.delete_v1_scans_config_severity_response_200 import (
    DeleteV1ScansConfigSeverityResponse200,
)
from ...models.delete_v1_scans_config_severity_response_400 import (
    DeleteV1ScansConfigSeverityResponse400,
)
from ...models.delete_v1_scans_config_severity_response_401 import (
    DeleteV1ScansConfigSeverityResponse401,
)
from ...models.delete_v1_scans_config_severity_response_404 import (
    DeleteV1ScansConfigSeverityResponse404,
)
from ...models.delete_v1_scans_config_severity_response_500 import (
    DeleteV1ScansConfigSeverityResponse500,
)
from ...models.delete_v1_scans_config_severity_response_default import (
    DeleteV1ScansConfigSeverityResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DeleteV1ScansConfigSeverityBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/scans/config/severity",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteV1ScansConfigSeverityResponse200
    | DeleteV1ScansConfigSeverityResponse400
    | DeleteV1ScansConfigSeverityResponse401
    | DeleteV1ScansConfigSeverityResponse404
    | DeleteV1ScansConfigSeverityResponse500
    | DeleteV1ScansConfigSeverityResponseDefault
):
    if response.status_code == 200:
        response_200 = DeleteV1ScansConfigSeverityResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteV1ScansConfigSeverityResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteV1ScansConfigSeverityResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeleteV1ScansConfigSeverityResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = DeleteV1ScansConfigSeverityResponse500.from_dict(response.json())

        return response_500

    response_default = DeleteV1ScansConfigSeverityResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteV1ScansConfigSeverityResponse200
    | DeleteV1ScansConfigSeverityResponse400
    | DeleteV1ScansConfigSeverityResponse401
    | DeleteV1ScansConfigSeverityResponse404
    | DeleteV1ScansConfigSeverityResponse500
    | DeleteV1ScansConfigSeverityResponseDefault
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
    body: DeleteV1ScansConfigSeverityBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1ScansConfigSeverityResponse200
    | DeleteV1ScansConfigSeverityResponse400
    | DeleteV1ScansConfigSeverityResponse401
    | DeleteV1ScansConfigSeverityResponse404
    | DeleteV1ScansConfigSeverityResponse500
    | DeleteV1ScansConfigSeverityResponseDefault
]:
    """Delete custom severity mapping

    Args:
        x_team_id (str | Unset):
        body (DeleteV1ScansConfigSeverityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1ScansConfigSeverityResponse200 | DeleteV1ScansConfigSeverityResponse400 | DeleteV1ScansConfigSeverityResponse401 | DeleteV1ScansConfigSeverityResponse404 | DeleteV1ScansConfigSeverityResponse500 | DeleteV1ScansConfigSeverityResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteV1ScansConfigSeverityBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1ScansConfigSeverityResponse200
    | DeleteV1ScansConfigSeverityResponse400
    | DeleteV1ScansConfigSeverityResponse401
    | DeleteV1ScansConfigSeverityResponse404
    | DeleteV1ScansConfigSeverityResponse500
    | DeleteV1ScansConfigSeverityResponseDefault
    | None
):
    """Delete custom severity mapping

    Args:
        x_team_id (str | Unset):
        body (DeleteV1ScansConfigSeverityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1ScansConfigSeverityResponse200 | DeleteV1ScansConfigSeverityResponse400 | DeleteV1ScansConfigSeverityResponse401 | DeleteV1ScansConfigSeverityResponse404 | DeleteV1ScansConfigSeverityResponse500 | DeleteV1ScansConfigSeverityResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteV1ScansConfigSeverityBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1ScansConfigSeverityResponse200
    | DeleteV1ScansConfigSeverityResponse400
    | DeleteV1ScansConfigSeverityResponse401
    | DeleteV1ScansConfigSeverityResponse404
    | DeleteV1ScansConfigSeverityResponse500
    | DeleteV1ScansConfigSeverityResponseDefault
]:
    """Delete custom severity mapping

    Args:
        x_team_id (str | Unset):
        body (DeleteV1ScansConfigSeverityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1ScansConfigSeverityResponse200 | DeleteV1ScansConfigSeverityResponse400 | DeleteV1ScansConfigSeverityResponse401 | DeleteV1ScansConfigSeverityResponse404 | DeleteV1ScansConfigSeverityResponse500 | DeleteV1ScansConfigSeverityResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteV1ScansConfigSeverityBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1ScansConfigSeverityResponse200
    | DeleteV1ScansConfigSeverityResponse400
    | DeleteV1ScansConfigSeverityResponse401
    | DeleteV1ScansConfigSeverityResponse404
    | DeleteV1ScansConfigSeverityResponse500
    | DeleteV1ScansConfigSeverityResponseDefault
    | None
):
    """Delete custom severity mapping

    Args:
        x_team_id (str | Unset):
        body (DeleteV1ScansConfigSeverityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1ScansConfigSeverityResponse200 | DeleteV1ScansConfigSeverityResponse400 | DeleteV1ScansConfigSeverityResponse401 | DeleteV1ScansConfigSeverityResponse404 | DeleteV1ScansConfigSeverityResponse500 | DeleteV1ScansConfigSeverityResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

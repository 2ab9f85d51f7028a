from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_scans_config_exclude_response_200 import (
    GetScansConfigExcludeResponse200,
)
from ...models.get_scans_config_exclude_response_400 import (
    GetScansConfigExcludeResponse400,
)
from ...models.get_scans_config_exclude_response_401 import (
    GetScansConfigExcludeResponse401,
)
from ...models.get_scans_config_exclude_response_500 import (
    GetScansConfigExcludeResponse500,
)
from ...models.get_scans_config_exclude_response_default import (
    GetScansConfigExcludeResponseDefault,
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
        "url": "/v1/scans/config/exclude",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetScansConfigExcludeResponse200
    | GetScansConfigExcludeResponse400
    | GetScansConfigExcludeResponse401
    | GetScansConfigExcludeResponse500
    | GetScansConfigExcludeResponseDefault
):
    if response.status_code == 200:
        response_200 = GetScansConfigExcludeResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetScansConfigExcludeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetScansConfigExcludeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetScansConfigExcludeResponse500.from_dict(response.json())

        return response_500

    response_default = GetScansConfigExcludeResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetScansConfigExcludeResponse200
    | GetScansConfigExcludeResponse400
    | GetScansConfigExcludeResponse401
    | GetScansConfigExcludeResponse500
    | GetScansConfigExcludeResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetScansConfigExcludeResponse200
    | GetScansConfigExcludeResponse400
    | GetScansConfigExcludeResponse401
    | GetScansConfigExcludeResponse500
    | GetScansConfigExcludeResponseDefault
]:
    """Get excluded templates

     Get excluded templates

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetScansConfigExcludeResponse200 | GetScansConfigExcludeResponse400 | GetScansConfigExcludeResponse401 | GetScansConfigExcludeResponse500 | GetScansConfigExcludeResponseDefault]
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
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    GetScansConfigExcludeResponse200
    | GetScansConfigExcludeResponse400
    | GetScansConfigExcludeResponse401
    | GetScansConfigExcludeResponse500
    | GetScansConfigExcludeResponseDefault
    | None
):
    """Get excluded templates

     Get excluded templates

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetScansConfigExcludeResponse200 | GetScansConfigExcludeResponse400 | GetScansConfigExcludeResponse401 | GetScansConfigExcludeResponse500 | GetScansConfigExcludeResponseDefault
    """

    return sync_detailed(
        client=client,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetScansConfigExcludeResponse200
    | GetScansConfigExcludeResponse400
    | GetScansConfigExcludeResponse401
    | GetScansConfigExcludeResponse500
    | GetScansConfigExcludeResponseDefault
]:
    """Get excluded templates

     Get excluded templates

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetScansConfigExcludeResponse200 | GetScansConfigExcludeResponse400 | GetScansConfigExcludeResponse401 | GetScansConfigExcludeResponse500 | GetScansConfigExcludeResponseDefault]
    """

    kwargs = _get_kwargs(
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    GetScansConfigExcludeResponse200
    | GetScansConfigExcludeResponse400
    | GetScansConfigExcludeResponse401
    | GetScansConfigExcludeResponse500
    | GetScansConfigExcludeResponseDefault
    | None
):
    """Get excluded templates

     Get excluded templates

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetScansConfigExcludeResponse200 | GetScansConfigExcludeResponse400 | GetScansConfigExcludeResponse401 | GetScansConfigExcludeResponse500 | GetScansConfigExcludeResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

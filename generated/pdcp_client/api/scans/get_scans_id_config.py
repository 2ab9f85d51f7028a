from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_scans_id_config_response_400 import GetScansIdConfigResponse400
from ...models.get_scans_id_config_response_401 import GetScansIdConfigResponse401
from ...models.get_scans_id_config_response_500 import GetScansIdConfigResponse500
from ...models.get_scans_id_config_response_default import (
    GetScansIdConfigResponseDefault,
)
from ...models.scan_config import ScanConfig
from ...types import UNSET, Response, Unset


def _get_kwargs(
    scan_id: str,
    *,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans/{scan_id}/config".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetScansIdConfigResponse400
    | GetScansIdConfigResponse401
    | GetScansIdConfigResponse500
    | GetScansIdConfigResponseDefault
    | ScanConfig
):
    if response.status_code == 200:
        response_200 = ScanConfig.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetScansIdConfigResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetScansIdConfigResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetScansIdConfigResponse500.from_dict(response.json())

        return response_500

    response_default = GetScansIdConfigResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetScansIdConfigResponse400
    | GetScansIdConfigResponse401
    | GetScansIdConfigResponse500
    | GetScansIdConfigResponseDefault
    | ScanConfig
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetScansIdConfigResponse400
    | GetScansIdConfigResponse401
    | GetScansIdConfigResponse500
    | GetScansIdConfigResponseDefault
    | ScanConfig
]:
    """Get Scan Config

     Get scan metadata config

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetScansIdConfigResponse400 | GetScansIdConfigResponse401 | GetScansIdConfigResponse500 | GetScansIdConfigResponseDefault | ScanConfig]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    GetScansIdConfigResponse400
    | GetScansIdConfigResponse401
    | GetScansIdConfigResponse500
    | GetScansIdConfigResponseDefault
    | ScanConfig
    | None
):
    """Get Scan Config

     Get scan metadata config

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetScansIdConfigResponse400 | GetScansIdConfigResponse401 | GetScansIdConfigResponse500 | GetScansIdConfigResponseDefault | ScanConfig
    """

    return sync_detailed(
        scan_id=scan_id,
        client=client,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetScansIdConfigResponse400
    | GetScansIdConfigResponse401
    | GetScansIdConfigResponse500
    | GetScansIdConfigResponseDefault
    | ScanConfig
]:
    """Get Scan Config

     Get scan metadata config

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetScansIdConfigResponse400 | GetScansIdConfigResponse401 | GetScansIdConfigResponse500 | GetScansIdConfigResponseDefault | ScanConfig]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    GetScansIdConfigResponse400
    | GetScansIdConfigResponse401
    | GetScansIdConfigResponse500
    | GetScansIdConfigResponseDefault
    | ScanConfig
    | None
):
    """Get Scan Config

     Get scan metadata config

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetScansIdConfigResponse400 | GetScansIdConfigResponse401 | GetScansIdConfigResponse500 | GetScansIdConfigResponseDefault | ScanConfig
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_scans_scan_id_response_400 import GetV1ScansScanIdResponse400
from ...models.get_v1_scans_scan_id_response_401 import GetV1ScansScanIdResponse401
from ...models.get_v1_scans_scan_id_response_404 import GetV1ScansScanIdResponse404
from ...models.get_v1_scans_scan_id_response_499 import GetV1ScansScanIdResponse499
from ...models.get_v1_scans_scan_id_response_500 import GetV1ScansScanIdResponse500
from ...models.get_v1_scans_scan_id_response_default import (
    GetV1ScansScanIdResponseDefault,
)
from ...models.scan_status_item import ScanStatusItem
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
        "url": "/v1/scans/{scan_id}".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1ScansScanIdResponse400
    | GetV1ScansScanIdResponse401
    | GetV1ScansScanIdResponse404
    | GetV1ScansScanIdResponse499
    | GetV1ScansScanIdResponse500
    | GetV1ScansScanIdResponseDefault
    | ScanStatusItem
):
    if response.status_code == 200:
        response_200 = ScanStatusItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1ScansScanIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1ScansScanIdResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetV1ScansScanIdResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 499:
        response_499 = GetV1ScansScanIdResponse499.from_dict(response.json())

        return response_499

    if response.status_code == 500:
        response_500 = GetV1ScansScanIdResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1ScansScanIdResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1ScansScanIdResponse400
    | GetV1ScansScanIdResponse401
    | GetV1ScansScanIdResponse404
    | GetV1ScansScanIdResponse499
    | GetV1ScansScanIdResponse500
    | GetV1ScansScanIdResponseDefault
    | ScanStatusItem
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
    GetV1ScansScanIdResponse400
    | GetV1ScansScanIdResponse401
    | GetV1ScansScanIdResponse404
    | GetV1ScansScanIdResponse499
    | GetV1ScansScanIdResponse500
    | GetV1ScansScanIdResponseDefault
    | ScanStatusItem
]:
    """Get Scan

     Get details of a scan by scan ID

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansScanIdResponse400 | GetV1ScansScanIdResponse401 | GetV1ScansScanIdResponse404 | GetV1ScansScanIdResponse499 | GetV1ScansScanIdResponse500 | GetV1ScansScanIdResponseDefault | ScanStatusItem]
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
    GetV1ScansScanIdResponse400
    | GetV1ScansScanIdResponse401
    | GetV1ScansScanIdResponse404
    | GetV1ScansScanIdResponse499
    | GetV1ScansScanIdResponse500
    | GetV1ScansScanIdResponseDefault
    | ScanStatusItem
    | None
):
    """Get Scan

     Get details of a scan by scan ID

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansScanIdResponse400 | GetV1ScansScanIdResponse401 | GetV1ScansScanIdResponse404 | GetV1ScansScanIdResponse499 | GetV1ScansScanIdResponse500 | GetV1ScansScanIdResponseDefault | ScanStatusItem
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
    GetV1ScansScanIdResponse400
    | GetV1ScansScanIdResponse401
    | GetV1ScansScanIdResponse404
    | GetV1ScansScanIdResponse499
    | GetV1ScansScanIdResponse500
    | GetV1ScansScanIdResponseDefault
    | ScanStatusItem
]:
    """Get Scan

     Get details of a scan by scan ID

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansScanIdResponse400 | GetV1ScansScanIdResponse401 | GetV1ScansScanIdResponse404 | GetV1ScansScanIdResponse499 | GetV1ScansScanIdResponse500 | GetV1ScansScanIdResponseDefault | ScanStatusItem]
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
    GetV1ScansScanIdResponse400
    | GetV1ScansScanIdResponse401
    | GetV1ScansScanIdResponse404
    | GetV1ScansScanIdResponse499
    | GetV1ScansScanIdResponse500
    | GetV1ScansScanIdResponseDefault
    | ScanStatusItem
    | None
):
    """Get Scan

     Get details of a scan by scan ID

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansScanIdResponse400 | GetV1ScansScanIdResponse401 | GetV1ScansScanIdResponse404 | GetV1ScansScanIdResponse499 | GetV1ScansScanIdResponse500 | GetV1ScansScanIdResponseDefault | ScanStatusItem
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

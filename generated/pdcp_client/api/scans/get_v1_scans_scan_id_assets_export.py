from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_scans_scan_id_assets_export_response_400 import (
    GetV1ScansScanIdAssetsExportResponse400,
)
from ...models.get_v1_scans_scan_id_assets_export_response_401 import (
    GetV1ScansScanIdAssetsExportResponse401,
)
from ...models.get_v1_scans_scan_id_assets_export_response_404 import (
    GetV1ScansScanIdAssetsExportResponse404,
)
from ...models.get_v1_scans_scan_id_assets_export_response_500 import (
    GetV1ScansScanIdAssetsExportResponse500,
)
from ...models.get_v1_scans_scan_id_assets_export_response_default import (
    GetV1ScansScanIdAssetsExportResponseDefault,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    scan_id: str,
    *,
    search: str | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans/{scan_id}/asset/export".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    File
    | GetV1ScansScanIdAssetsExportResponse400
    | GetV1ScansScanIdAssetsExportResponse401
    | GetV1ScansScanIdAssetsExportResponse404
    | GetV1ScansScanIdAssetsExportResponse500
    | GetV1ScansScanIdAssetsExportResponseDefault
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = GetV1ScansScanIdAssetsExportResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = GetV1ScansScanIdAssetsExportResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 404:
        response_404 = GetV1ScansScanIdAssetsExportResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 500:
        response_500 = GetV1ScansScanIdAssetsExportResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = GetV1ScansScanIdAssetsExportResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    File
    | GetV1ScansScanIdAssetsExportResponse400
    | GetV1ScansScanIdAssetsExportResponse401
    | GetV1ScansScanIdAssetsExportResponse404
    | GetV1ScansScanIdAssetsExportResponse500
    | GetV1ScansScanIdAssetsExportResponseDefault
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
    search: str | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> Response[
    File
    | GetV1ScansScanIdAssetsExportResponse400
    | GetV1ScansScanIdAssetsExportResponse401
    | GetV1ScansScanIdAssetsExportResponse404
    | GetV1ScansScanIdAssetsExportResponse500
    | GetV1ScansScanIdAssetsExportResponseDefault
]:
    """Export list of unique assets for a scan

     Export the list of all unique assets for a scan.

    Args:
        scan_id (str):
        search (str | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetV1ScansScanIdAssetsExportResponse400 | GetV1ScansScanIdAssetsExportResponse401 | GetV1ScansScanIdAssetsExportResponse404 | GetV1ScansScanIdAssetsExportResponse500 | GetV1ScansScanIdAssetsExportResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        search=search,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> (
    File
    | GetV1ScansScanIdAssetsExportResponse400
    | GetV1ScansScanIdAssetsExportResponse401
    | GetV1ScansScanIdAssetsExportResponse404
    | GetV1ScansScanIdAssetsExportResponse500
    | GetV1ScansScanIdAssetsExportResponseDefault
    | None
):
    """Export list of unique assets for a scan

     Export the list of all unique assets for a scan.

    Args:
        scan_id (str):
        search (str | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetV1ScansScanIdAssetsExportResponse400 | GetV1ScansScanIdAssetsExportResponse401 | GetV1ScansScanIdAssetsExportResponse404 | GetV1ScansScanIdAssetsExportResponse500 | GetV1ScansScanIdAssetsExportResponseDefault
    """

    return sync_detailed(
        scan_id=scan_id,
        client=client,
        search=search,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> Response[
    File
    | GetV1ScansScanIdAssetsExportResponse400
    | GetV1ScansScanIdAssetsExportResponse401
    | GetV1ScansScanIdAssetsExportResponse404
    | GetV1ScansScanIdAssetsExportResponse500
    | GetV1ScansScanIdAssetsExportResponseDefault
]:
    """Export list of unique assets for a scan

     Export the list of all unique assets for a scan.

    Args:
        scan_id (str):
        search (str | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetV1ScansScanIdAssetsExportResponse400 | GetV1ScansScanIdAssetsExportResponse401 | GetV1ScansScanIdAssetsExportResponse404 | GetV1ScansScanIdAssetsExportResponse500 | GetV1ScansScanIdAssetsExportResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        search=search,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> (
    File
    | GetV1ScansScanIdAssetsExportResponse400
    | GetV1ScansScanIdAssetsExportResponse401
    | GetV1ScansScanIdAssetsExportResponse404
    | GetV1ScansScanIdAssetsExportResponse500
    | GetV1ScansScanIdAssetsExportResponseDefault
    | None
):
    """Export list of unique assets for a scan

     Export the list of all unique assets for a scan.

    Args:
        scan_id (str):
        search (str | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetV1ScansScanIdAssetsExportResponse400 | GetV1ScansScanIdAssetsExportResponse401 | GetV1ScansScanIdAssetsExportResponse404 | GetV1ScansScanIdAssetsExportResponse500 | GetV1ScansScanIdAssetsExportResponseDefault
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            search=search,
            format_=format_,
        )
    ).parsed

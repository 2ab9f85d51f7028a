from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_v1_scans_scan_id_import_response_200 import (
    PatchV1ScansScanIdImportResponse200,
)
from ...models.patch_v1_scans_scan_id_import_response_401 import (
    PatchV1ScansScanIdImportResponse401,
)
from ...models.patch_v1_scans_scan_id_import_response_403 import (
    PatchV1ScansScanIdImportResponse403,
)
from ...models.patch_v1_scans_scan_id_import_response_500 import (
    PatchV1ScansScanIdImportResponse500,
)
from ...models.patch_v1_scans_scan_id_import_response_default import (
    PatchV1ScansScanIdImportResponseDefault,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    scan_id: str,
    *,
    body: File | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/scans/{scan_id}/import".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PatchV1ScansScanIdImportResponse200
    | PatchV1ScansScanIdImportResponse401
    | PatchV1ScansScanIdImportResponse403
    | PatchV1ScansScanIdImportResponse500
    | PatchV1ScansScanIdImportResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1ScansScanIdImportResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = PatchV1ScansScanIdImportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PatchV1ScansScanIdImportResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = PatchV1ScansScanIdImportResponse500.from_dict(response.json())

        return response_500

    response_default = PatchV1ScansScanIdImportResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1ScansScanIdImportResponse200
    | PatchV1ScansScanIdImportResponse401
    | PatchV1ScansScanIdImportResponse403
    | PatchV1ScansScanIdImportResponse500
    | PatchV1ScansScanIdImportResponseDefault
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
    body: File | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1ScansScanIdImportResponse200
    | PatchV1ScansScanIdImportResponse401
    | PatchV1ScansScanIdImportResponse403
    | PatchV1ScansScanIdImportResponse500
    | PatchV1ScansScanIdImportResponseDefault
]:
    """Update Imported Scan

     Import more results to a given scan

    Args:
        scan_id (str):
        x_team_id (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1ScansScanIdImportResponse200 | PatchV1ScansScanIdImportResponse401 | PatchV1ScansScanIdImportResponse403 | PatchV1ScansScanIdImportResponse500 | PatchV1ScansScanIdImportResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        body=body,
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
    body: File | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1ScansScanIdImportResponse200
    | PatchV1ScansScanIdImportResponse401
    | PatchV1ScansScanIdImportResponse403
    | PatchV1ScansScanIdImportResponse500
    | PatchV1ScansScanIdImportResponseDefault
    | None
):
    """Update Imported Scan

     Import more results to a given scan

    Args:
        scan_id (str):
        x_team_id (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1ScansScanIdImportResponse200 | PatchV1ScansScanIdImportResponse401 | PatchV1ScansScanIdImportResponse403 | PatchV1ScansScanIdImportResponse500 | PatchV1ScansScanIdImportResponseDefault
    """

    return sync_detailed(
        scan_id=scan_id,
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1ScansScanIdImportResponse200
    | PatchV1ScansScanIdImportResponse401
    | PatchV1ScansScanIdImportResponse403
    | PatchV1ScansScanIdImportResponse500
    | PatchV1ScansScanIdImportResponseDefault
]:
    """Update Imported Scan

     Import more results to a given scan

    Args:
        scan_id (str):
        x_team_id (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1ScansScanIdImportResponse200 | PatchV1ScansScanIdImportResponse401 | PatchV1ScansScanIdImportResponse403 | PatchV1ScansScanIdImportResponse500 | PatchV1ScansScanIdImportResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        body=body,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1ScansScanIdImportResponse200
    | PatchV1ScansScanIdImportResponse401
    | PatchV1ScansScanIdImportResponse403
    | PatchV1ScansScanIdImportResponse500
    | PatchV1ScansScanIdImportResponseDefault
    | None
):
    """Update Imported Scan

     Import more results to a given scan

    Args:
        scan_id (str):
        x_team_id (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1ScansScanIdImportResponse200 | PatchV1ScansScanIdImportResponse401 | PatchV1ScansScanIdImportResponse403 | PatchV1ScansScanIdImportResponse500 | PatchV1ScansScanIdImportResponseDefault
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

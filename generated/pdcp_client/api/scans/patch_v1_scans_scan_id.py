from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_v1_scans_scan_id_body import PatchV1ScansScanIdBody
from ...models.patch_v1_scans_scan_id_response_200 import PatchV1ScansScanIdResponse200
from ...models.patch_v1_scans_scan_id_response_400 import PatchV1ScansScanIdResponse400
from ...models.patch_v1_scans_scan_id_response_401 import PatchV1ScansScanIdResponse401
from ...models.patch_v1_scans_scan_id_response_500 import PatchV1ScansScanIdResponse500
from ...models.patch_v1_scans_scan_id_response_default import (
    PatchV1ScansScanIdResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    scan_id: str,
    *,
    body: PatchV1ScansScanIdBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/scans/{scan_id}".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PatchV1ScansScanIdResponse200
    | PatchV1ScansScanIdResponse400
    | PatchV1ScansScanIdResponse401
    | PatchV1ScansScanIdResponse500
    | PatchV1ScansScanIdResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1ScansScanIdResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PatchV1ScansScanIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PatchV1ScansScanIdResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = PatchV1ScansScanIdResponse500.from_dict(response.json())

        return response_500

    response_default = PatchV1ScansScanIdResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1ScansScanIdResponse200
    | PatchV1ScansScanIdResponse400
    | PatchV1ScansScanIdResponse401
    | PatchV1ScansScanIdResponse500
    | PatchV1ScansScanIdResponseDefault
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
    body: PatchV1ScansScanIdBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1ScansScanIdResponse200
    | PatchV1ScansScanIdResponse400
    | PatchV1ScansScanIdResponse401
    | PatchV1ScansScanIdResponse500
    | PatchV1ScansScanIdResponseDefault
]:
    """Update Scan

     Update scan metadata

    Args:
        scan_id (str):
        x_team_id (str | Unset):
        body (PatchV1ScansScanIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1ScansScanIdResponse200 | PatchV1ScansScanIdResponse400 | PatchV1ScansScanIdResponse401 | PatchV1ScansScanIdResponse500 | PatchV1ScansScanIdResponseDefault]
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
    body: PatchV1ScansScanIdBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1ScansScanIdResponse200
    | PatchV1ScansScanIdResponse400
    | PatchV1ScansScanIdResponse401
    | PatchV1ScansScanIdResponse500
    | PatchV1ScansScanIdResponseDefault
    | None
):
    """Update Scan

     Update scan metadata

    Args:
        scan_id (str):
        x_team_id (str | Unset):
        body (PatchV1ScansScanIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1ScansScanIdResponse200 | PatchV1ScansScanIdResponse400 | PatchV1ScansScanIdResponse401 | PatchV1ScansScanIdResponse500 | PatchV1ScansScanIdResponseDefault
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
    body: PatchV1ScansScanIdBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1ScansScanIdResponse200
    | PatchV1ScansScanIdResponse400
    | PatchV1ScansScanIdResponse401
    | PatchV1ScansScanIdResponse500
    | PatchV1ScansScanIdResponseDefault
]:
    """Update Scan

     Update scan metadata

    Args:
        scan_id (str):
        x_team_id (str | Unset):
        body (PatchV1ScansScanIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1ScansScanIdResponse200 | PatchV1ScansScanIdResponse400 | PatchV1ScansScanIdResponse401 | PatchV1ScansScanIdResponse500 | PatchV1ScansScanIdResponseDefault]
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
    body: PatchV1ScansScanIdBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1ScansScanIdResponse200
    | PatchV1ScansScanIdResponse400
    | PatchV1ScansScanIdResponse401
    | PatchV1ScansScanIdResponse500
    | PatchV1ScansScanIdResponseDefault
    | None
):
    """Update Scan

     Update scan metadata

    Args:
        scan_id (str):
        x_team_id (str | Unset):
        body (PatchV1ScansScanIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1ScansScanIdResponse200 | PatchV1ScansScanIdResponse400 | PatchV1ScansScanIdResponse401 | PatchV1ScansScanIdResponse500 | PatchV1ScansScanIdResponseDefault
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

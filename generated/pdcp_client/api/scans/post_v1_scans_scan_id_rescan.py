from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_scans_scan_id_rescan_response_200 import (
    PostV1ScansScanIdRescanResponse200,
)
from ...models.post_v1_scans_scan_id_rescan_response_400 import (
    PostV1ScansScanIdRescanResponse400,
)
from ...models.post_v1_scans_scan_id_rescan_response_401 import (
    PostV1ScansScanIdRescanResponse401,
)
from ...models.post_v1_scans_scan_id_rescan_response_500 import (
    PostV1ScansScanIdRescanResponse500,
)
from ...models.post_v1_scans_scan_id_rescan_response_default import (
    PostV1ScansScanIdRescanResponseDefault,
)
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
        "method": "post",
        "url": "/v1/scans/{scan_id}/rescan".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostV1ScansScanIdRescanResponse200
    | PostV1ScansScanIdRescanResponse400
    | PostV1ScansScanIdRescanResponse401
    | PostV1ScansScanIdRescanResponse500
    | PostV1ScansScanIdRescanResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1ScansScanIdRescanResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1ScansScanIdRescanResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1ScansScanIdRescanResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = PostV1ScansScanIdRescanResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1ScansScanIdRescanResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1ScansScanIdRescanResponse200
    | PostV1ScansScanIdRescanResponse400
    | PostV1ScansScanIdRescanResponse401
    | PostV1ScansScanIdRescanResponse500
    | PostV1ScansScanIdRescanResponseDefault
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
    PostV1ScansScanIdRescanResponse200
    | PostV1ScansScanIdRescanResponse400
    | PostV1ScansScanIdRescanResponse401
    | PostV1ScansScanIdRescanResponse500
    | PostV1ScansScanIdRescanResponseDefault
]:
    """Rescan scan

     Re-run a existing scan

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1ScansScanIdRescanResponse200 | PostV1ScansScanIdRescanResponse400 | PostV1ScansScanIdRescanResponse401 | PostV1ScansScanIdRescanResponse500 | PostV1ScansScanIdRescanResponseDefault]
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
    PostV1ScansScanIdRescanResponse200
    | PostV1ScansScanIdRescanResponse400
    | PostV1ScansScanIdRescanResponse401
    | PostV1ScansScanIdRescanResponse500
    | PostV1ScansScanIdRescanResponseDefault
    | None
):
    """Rescan scan

     Re-run a existing scan

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1ScansScanIdRescanResponse200 | PostV1ScansScanIdRescanResponse400 | PostV1ScansScanIdRescanResponse401 | PostV1ScansScanIdRescanResponse500 | PostV1ScansScanIdRescanResponseDefault
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
    PostV1ScansScanIdRescanResponse200
    | PostV1ScansScanIdRescanResponse400
    | PostV1ScansScanIdRescanResponse401
    | PostV1ScansScanIdRescanResponse500
    | PostV1ScansScanIdRescanResponseDefault
]:
    """Rescan scan

     Re-run a existing scan

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1ScansScanIdRescanResponse200 | PostV1ScansScanIdRescanResponse400 | PostV1ScansScanIdRescanResponse401 | PostV1ScansScanIdRescanResponse500 | PostV1ScansScanIdRescanResponseDefault]
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
    PostV1ScansScanIdRescanResponse200
    | PostV1ScansScanIdRescanResponse400
    | PostV1ScansScanIdRescanResponse401
    | PostV1ScansScanIdRescanResponse500
    | PostV1ScansScanIdRescanResponseDefault
    | None
):
    """Rescan scan

     Re-run a existing scan

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1ScansScanIdRescanResponse200 | PostV1ScansScanIdRescanResponse400 | PostV1ScansScanIdRescanResponse401 | PostV1ScansScanIdRescanResponse500 | PostV1ScansScanIdRescanResponseDefault
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

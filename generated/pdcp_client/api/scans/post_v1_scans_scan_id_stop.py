from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_scans_scan_id_stop_response_200 import (
    PostV1ScansScanIdStopResponse200,
)
from ...models.post_v1_scans_scan_id_stop_response_400 import (
    PostV1ScansScanIdStopResponse400,
)
from ...models.post_v1_scans_scan_id_stop_response_401 import (
    PostV1ScansScanIdStopResponse401,
)
from ...models.post_v1_scans_scan_id_stop_response_500 import (
    PostV1ScansScanIdStopResponse500,
)
from ...models.post_v1_scans_scan_id_stop_response_default import (
    PostV1ScansScanIdStopResponseDefault,
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
        "url": "/v1/scans/{scan_id}/stop".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostV1ScansScanIdStopResponse200
    | PostV1ScansScanIdStopResponse400
    | PostV1ScansScanIdStopResponse401
    | PostV1ScansScanIdStopResponse500
    | PostV1ScansScanIdStopResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1ScansScanIdStopResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1ScansScanIdStopResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1ScansScanIdStopResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = PostV1ScansScanIdStopResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1ScansScanIdStopResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1ScansScanIdStopResponse200
    | PostV1ScansScanIdStopResponse400
    | PostV1ScansScanIdStopResponse401
    | PostV1ScansScanIdStopResponse500
    | PostV1ScansScanIdStopResponseDefault
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
    PostV1ScansScanIdStopResponse200
    | PostV1ScansScanIdStopResponse400
    | PostV1ScansScanIdStopResponse401
    | PostV1ScansScanIdStopResponse500
    | PostV1ScansScanIdStopResponseDefault
]:
    """Stop Scan

     Stop a running scan, not applied in any other state.

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1ScansScanIdStopResponse200 | PostV1ScansScanIdStopResponse400 | PostV1ScansScanIdStopResponse401 | PostV1ScansScanIdStopResponse500 | PostV1ScansScanIdStopResponseDefault]
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
    PostV1ScansScanIdStopResponse200
    | PostV1ScansScanIdStopResponse400
    | PostV1ScansScanIdStopResponse401
    | PostV1ScansScanIdStopResponse500
    | PostV1ScansScanIdStopResponseDefault
    | None
):
    """Stop Scan

     Stop a running scan, not applied in any other state.

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1ScansScanIdStopResponse200 | PostV1ScansScanIdStopResponse400 | PostV1ScansScanIdStopResponse401 | PostV1ScansScanIdStopResponse500 | PostV1ScansScanIdStopResponseDefault
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
    PostV1ScansScanIdStopResponse200
    | PostV1ScansScanIdStopResponse400
    | PostV1ScansScanIdStopResponse401
    | PostV1ScansScanIdStopResponse500
    | PostV1ScansScanIdStopResponseDefault
]:
    """Stop Scan

     Stop a running scan, not applied in any other state.

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1ScansScanIdStopResponse200 | PostV1ScansScanIdStopResponse400 | PostV1ScansScanIdStopResponse401 | PostV1ScansScanIdStopResponse500 | PostV1ScansScanIdStopResponseDefault]
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
    PostV1ScansScanIdStopResponse200
    | PostV1ScansScanIdStopResponse400
    | PostV1ScansScanIdStopResponse401
    | PostV1ScansScanIdStopResponse500
    | PostV1ScansScanIdStopResponseDefault
    | None
):
    """Stop Scan

     Stop a running scan, not applied in any other state.

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1ScansScanIdStopResponse200 | PostV1ScansScanIdStopResponse400 | PostV1ScansScanIdStopResponse401 | PostV1ScansScanIdStopResponse500 | PostV1ScansScanIdStopResponseDefault
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_scans_scan_id_export_body import PostV1ScansScanIdExportBody
from ...models.post_v1_scans_scan_id_export_response_201 import (
    PostV1ScansScanIdExportResponse201,
)
from ...models.post_v1_scans_scan_id_export_response_401 import (
    PostV1ScansScanIdExportResponse401,
)
from ...models.post_v1_scans_scan_id_export_response_403 import (
    PostV1ScansScanIdExportResponse403,
)
from ...models.post_v1_scans_scan_id_export_response_500 import (
    PostV1ScansScanIdExportResponse500,
)
from ...models.post_v1_scans_scan_id_export_response_default import (
    PostV1ScansScanIdExportResponseDefault,
)
from ...models.post_v1_scans_scan_id_export_type import PostV1ScansScanIdExportType
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    scan_id: str,
    *,
    body: PostV1ScansScanIdExportBody | Unset = UNSET,
    type_: PostV1ScansScanIdExportType | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["async"] = async_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/scans/{scan_id}/export".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    File
    | PostV1ScansScanIdExportResponse201
    | PostV1ScansScanIdExportResponse401
    | PostV1ScansScanIdExportResponse403
    | PostV1ScansScanIdExportResponse500
    | PostV1ScansScanIdExportResponseDefault
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = PostV1ScansScanIdExportResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = PostV1ScansScanIdExportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PostV1ScansScanIdExportResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = PostV1ScansScanIdExportResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1ScansScanIdExportResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    File
    | PostV1ScansScanIdExportResponse201
    | PostV1ScansScanIdExportResponse401
    | PostV1ScansScanIdExportResponse403
    | PostV1ScansScanIdExportResponse500
    | PostV1ScansScanIdExportResponseDefault
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
    body: PostV1ScansScanIdExportBody | Unset = UNSET,
    type_: PostV1ScansScanIdExportType | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    File
    | PostV1ScansScanIdExportResponse201
    | PostV1ScansScanIdExportResponse401
    | PostV1ScansScanIdExportResponse403
    | PostV1ScansScanIdExportResponse500
    | PostV1ScansScanIdExportResponseDefault
]:
    """Export Filtered Scan

     Export filtered scan results

    Args:
        scan_id (str):
        type_ (PostV1ScansScanIdExportType | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):
        body (PostV1ScansScanIdExportBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | PostV1ScansScanIdExportResponse201 | PostV1ScansScanIdExportResponse401 | PostV1ScansScanIdExportResponse403 | PostV1ScansScanIdExportResponse500 | PostV1ScansScanIdExportResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        body=body,
        type_=type_,
        async_=async_,
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
    body: PostV1ScansScanIdExportBody | Unset = UNSET,
    type_: PostV1ScansScanIdExportType | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    File
    | PostV1ScansScanIdExportResponse201
    | PostV1ScansScanIdExportResponse401
    | PostV1ScansScanIdExportResponse403
    | PostV1ScansScanIdExportResponse500
    | PostV1ScansScanIdExportResponseDefault
    | None
):
    """Export Filtered Scan

     Export filtered scan results

    Args:
        scan_id (str):
        type_ (PostV1ScansScanIdExportType | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):
        body (PostV1ScansScanIdExportBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | PostV1ScansScanIdExportResponse201 | PostV1ScansScanIdExportResponse401 | PostV1ScansScanIdExportResponse403 | PostV1ScansScanIdExportResponse500 | PostV1ScansScanIdExportResponseDefault
    """

    return sync_detailed(
        scan_id=scan_id,
        client=client,
        body=body,
        type_=type_,
        async_=async_,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    body: PostV1ScansScanIdExportBody | Unset = UNSET,
    type_: PostV1ScansScanIdExportType | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    File
    | PostV1ScansScanIdExportResponse201
    | PostV1ScansScanIdExportResponse401
    | PostV1ScansScanIdExportResponse403
    | PostV1ScansScanIdExportResponse500
    | PostV1ScansScanIdExportResponseDefault
]:
    """Export Filtered Scan

     Export filtered scan results

    Args:
        scan_id (str):
        type_ (PostV1ScansScanIdExportType | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):
        body (PostV1ScansScanIdExportBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | PostV1ScansScanIdExportResponse201 | PostV1ScansScanIdExportResponse401 | PostV1ScansScanIdExportResponse403 | PostV1ScansScanIdExportResponse500 | PostV1ScansScanIdExportResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        body=body,
        type_=type_,
        async_=async_,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    body: PostV1ScansScanIdExportBody | Unset = UNSET,
    type_: PostV1ScansScanIdExportType | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    File
    | PostV1ScansScanIdExportResponse201
    | PostV1ScansScanIdExportResponse401
    | PostV1ScansScanIdExportResponse403
    | PostV1ScansScanIdExportResponse500
    | PostV1ScansScanIdExportResponseDefault
    | None
):
    """Export Filtered Scan

     Export filtered scan results

    Args:
        scan_id (str):
        type_ (PostV1ScansScanIdExportType | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):
        body (PostV1ScansScanIdExportBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | PostV1ScansScanIdExportResponse201 | PostV1ScansScanIdExportResponse401 | PostV1ScansScanIdExportResponse403 | PostV1ScansScanIdExportResponse500 | PostV1ScansScanIdExportResponseDefault
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            body=body,
            type_=type_,
            async_=async_,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_scans_vuln_vuln_id_export_response_401 import (
    GetV1ScansVulnVulnIdExportResponse401,
)
from ...models.get_v1_scans_vuln_vuln_id_export_response_403 import (
    GetV1ScansVulnVulnIdExportResponse403,
)
from ...models.get_v1_scans_vuln_vuln_id_export_response_500 import (
    GetV1ScansVulnVulnIdExportResponse500,
)
from ...models.get_v1_scans_vuln_vuln_id_export_response_default import (
    GetV1ScansVulnVulnIdExportResponseDefault,
)
from ...models.get_v1_scans_vuln_vuln_id_export_type import (
    GetV1ScansVulnVulnIdExportType,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    vuln_id: str,
    *,
    type_: GetV1ScansVulnVulnIdExportType | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans/vuln/{vuln_id}/export".format(
            vuln_id=quote(str(vuln_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    File
    | GetV1ScansVulnVulnIdExportResponse401
    | GetV1ScansVulnVulnIdExportResponse403
    | GetV1ScansVulnVulnIdExportResponse500
    | GetV1ScansVulnVulnIdExportResponseDefault
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = GetV1ScansVulnVulnIdExportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetV1ScansVulnVulnIdExportResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = GetV1ScansVulnVulnIdExportResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1ScansVulnVulnIdExportResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    File
    | GetV1ScansVulnVulnIdExportResponse401
    | GetV1ScansVulnVulnIdExportResponse403
    | GetV1ScansVulnVulnIdExportResponse500
    | GetV1ScansVulnVulnIdExportResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    type_: GetV1ScansVulnVulnIdExportType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    File
    | GetV1ScansVulnVulnIdExportResponse401
    | GetV1ScansVulnVulnIdExportResponse403
    | GetV1ScansVulnVulnIdExportResponse500
    | GetV1ScansVulnVulnIdExportResponseDefault
]:
    """Export Scan Vulnerability

     Export a specific scan vulnerability

    Args:
        vuln_id (str):
        type_ (GetV1ScansVulnVulnIdExportType | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetV1ScansVulnVulnIdExportResponse401 | GetV1ScansVulnVulnIdExportResponse403 | GetV1ScansVulnVulnIdExportResponse500 | GetV1ScansVulnVulnIdExportResponseDefault]
    """

    kwargs = _get_kwargs(
        vuln_id=vuln_id,
        type_=type_,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    type_: GetV1ScansVulnVulnIdExportType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    File
    | GetV1ScansVulnVulnIdExportResponse401
    | GetV1ScansVulnVulnIdExportResponse403
    | GetV1ScansVulnVulnIdExportResponse500
    | GetV1ScansVulnVulnIdExportResponseDefault
    | None
):
    """Export Scan Vulnerability

     Export a specific scan vulnerability

    Args:
        vuln_id (str):
        type_ (GetV1ScansVulnVulnIdExportType | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetV1ScansVulnVulnIdExportResponse401 | GetV1ScansVulnVulnIdExportResponse403 | GetV1ScansVulnVulnIdExportResponse500 | GetV1ScansVulnVulnIdExportResponseDefault
    """

    return sync_detailed(
        vuln_id=vuln_id,
        client=client,
        type_=type_,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    type_: GetV1ScansVulnVulnIdExportType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    File
    | GetV1ScansVulnVulnIdExportResponse401
    | GetV1ScansVulnVulnIdExportResponse403
    | GetV1ScansVulnVulnIdExportResponse500
    | GetV1ScansVulnVulnIdExportResponseDefault
]:
    """Export Scan Vulnerability

     Export a specific scan vulnerability

    Args:
        vuln_id (str):
        type_ (GetV1ScansVulnVulnIdExportType | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetV1ScansVulnVulnIdExportResponse401 | GetV1ScansVulnVulnIdExportResponse403 | GetV1ScansVulnVulnIdExportResponse500 | GetV1ScansVulnVulnIdExportResponseDefault]
    """

    kwargs = _get_kwargs(
        vuln_id=vuln_id,
        type_=type_,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    type_: GetV1ScansVulnVulnIdExportType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    File
    | GetV1ScansVulnVulnIdExportResponse401
    | GetV1ScansVulnVulnIdExportResponse403
    | GetV1ScansVulnVulnIdExportResponse500
    | GetV1ScansVulnVulnIdExportResponseDefault
    | None
):
    """Export Scan Vulnerability

     Export a specific scan vulnerability

    Args:
        vuln_id (str):
        type_ (GetV1ScansVulnVulnIdExportType | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetV1ScansVulnVulnIdExportResponse401 | GetV1ScansVulnVulnIdExportResponse403 | GetV1ScansVulnVulnIdExportResponse500 | GetV1ScansVulnVulnIdExportResponseDefault
    """

    return (
        await asyncio_detailed(
            vuln_id=vuln_id,
            client=client,
            type_=type_,
            x_team_id=x_team_id,
        )
    ).parsed

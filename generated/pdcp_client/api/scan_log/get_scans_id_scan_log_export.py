import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_scans_id_scan_log_export_response_200 import (
    GetScansIdScanLogExportResponse200,
)
from ...models.get_scans_id_scan_log_export_response_201 import (
    GetScansIdScanLogExportResponse201,
)
from ...models.get_scans_id_scan_log_export_response_400 import (
    GetScansIdScanLogExportResponse400,
)
from ...models.get_scans_id_scan_log_export_response_401 import (
    GetScansIdScanLogExportResponse401,
)
from ...models.get_scans_id_scan_log_export_response_500 import (
    GetScansIdScanLogExportResponse500,
)
from ...models.get_scans_id_scan_log_export_response_default import (
    GetScansIdScanLogExportResponseDefault,
)
from ...models.get_scans_id_scan_log_export_severity import (
    GetScansIdScanLogExportSeverity,
)
from ...models.log_export_format import LogExportFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    scan_id: str,
    *,
    rescan_count: int | Unset = UNSET,
    host: str | Unset = UNSET,
    template: str | Unset = UNSET,
    matched: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
    search: str | Unset = UNSET,
    error: str | Unset = UNSET,
    format_: LogExportFormat | Unset = UNSET,
    async_: bool | Unset = UNSET,
    alert_email: str | Unset = UNSET,
    severity: GetScansIdScanLogExportSeverity
    | Unset = GetScansIdScanLogExportSeverity.ALL_LOGS,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["rescan_count"] = rescan_count

    params["host"] = host

    params["template"] = template

    params["matched"] = matched

    json_time: str | Unset = UNSET
    if not isinstance(time, Unset):
        json_time = time.isoformat()
    params["time"] = json_time

    params["search"] = search

    params["error"] = error

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["async"] = async_

    params["alert_email"] = alert_email

    json_severity: str | Unset = UNSET
    if not isinstance(severity, Unset):
        json_severity = severity.value

    params["severity"] = json_severity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans/{scan_id}/scan_log/export".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetScansIdScanLogExportResponse200
    | GetScansIdScanLogExportResponse201
    | GetScansIdScanLogExportResponse400
    | GetScansIdScanLogExportResponse401
    | GetScansIdScanLogExportResponse500
    | GetScansIdScanLogExportResponseDefault
):
    if response.status_code == 200:
        response_200 = GetScansIdScanLogExportResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = GetScansIdScanLogExportResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = GetScansIdScanLogExportResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetScansIdScanLogExportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetScansIdScanLogExportResponse500.from_dict(response.json())

        return response_500

    response_default = GetScansIdScanLogExportResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetScansIdScanLogExportResponse200
    | GetScansIdScanLogExportResponse201
    | GetScansIdScanLogExportResponse400
    | GetScansIdScanLogExportResponse401
    | GetScansIdScanLogExportResponse500
    | GetScansIdScanLogExportResponseDefault
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
    rescan_count: int | Unset = UNSET,
    host: str | Unset = UNSET,
    template: str | Unset = UNSET,
    matched: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
    search: str | Unset = UNSET,
    error: str | Unset = UNSET,
    format_: LogExportFormat | Unset = UNSET,
    async_: bool | Unset = UNSET,
    alert_email: str | Unset = UNSET,
    severity: GetScansIdScanLogExportSeverity
    | Unset = GetScansIdScanLogExportSeverity.ALL_LOGS,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetScansIdScanLogExportResponse200
    | GetScansIdScanLogExportResponse201
    | GetScansIdScanLogExportResponse400
    | GetScansIdScanLogExportResponse401
    | GetScansIdScanLogExportResponse500
    | GetScansIdScanLogExportResponseDefault
]:
    """Export scan log of given scan id

    Args:
        scan_id (str):
        rescan_count (int | Unset):
        host (str | Unset):
        template (str | Unset):
        matched (str | Unset):
        time (datetime.datetime | Unset):
        search (str | Unset):
        error (str | Unset):
        format_ (LogExportFormat | Unset):
        async_ (bool | Unset):
        alert_email (str | Unset):
        severity (GetScansIdScanLogExportSeverity | Unset):  Default:
            GetScansIdScanLogExportSeverity.ALL_LOGS.
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetScansIdScanLogExportResponse200 | GetScansIdScanLogExportResponse201 | GetScansIdScanLogExportResponse400 | GetScansIdScanLogExportResponse401 | GetScansIdScanLogExportResponse500 | GetScansIdScanLogExportResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        rescan_count=rescan_count,
        host=host,
        template=template,
        matched=matched,
        time=time,
        search=search,
        error=error,
        format_=format_,
        async_=async_,
        alert_email=alert_email,
        severity=severity,
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
    rescan_count: int | Unset = UNSET,
    host: str | Unset = UNSET,
    template: str | Unset = UNSET,
    matched: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
    search: str | Unset = UNSET,
    error: str | Unset = UNSET,
    format_: LogExportFormat | Unset = UNSET,
    async_: bool | Unset = UNSET,
    alert_email: str | Unset = UNSET,
    severity: GetScansIdScanLogExportSeverity
    | Unset = GetScansIdScanLogExportSeverity.ALL_LOGS,
    x_team_id: str | Unset = UNSET,
) -> (
    GetScansIdScanLogExportResponse200
    | GetScansIdScanLogExportResponse201
    | GetScansIdScanLogExportResponse400
    | GetScansIdScanLogExportResponse401
    | GetScansIdScanLogExportResponse500
    | GetScansIdScanLogExportResponseDefault
    | None
):
    """Export scan log of given scan id

    Args:
        scan_id (str):
        rescan_count (int | Unset):
        host (str | Unset):
        template (str | Unset):
        matched (str | Unset):
        time (datetime.datetime | Unset):
        search (str | Unset):
        error (str | Unset):
        format_ (LogExportFormat | Unset):
        async_ (bool | Unset):
        alert_email (str | Unset):
        severity (GetScansIdScanLogExportSeverity | Unset):  Default:
            GetScansIdScanLogExportSeverity.ALL_LOGS.
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetScansIdScanLogExportResponse200 | GetScansIdScanLogExportResponse201 | GetScansIdScanLogExportResponse400 | GetScansIdScanLogExportResponse401 | GetScansIdScanLogExportResponse500 | GetScansIdScanLogExportResponseDefault
    """

    return sync_detailed(
        scan_id=scan_id,
        client=client,
        rescan_count=rescan_count,
        host=host,
        template=template,
        matched=matched,
        time=time,
        search=search,
        error=error,
        format_=format_,
        async_=async_,
        alert_email=alert_email,
        severity=severity,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    rescan_count: int | Unset = UNSET,
    host: str | Unset = UNSET,
    template: str | Unset = UNSET,
    matched: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
    search: str | Unset = UNSET,
    error: str | Unset = UNSET,
    format_: LogExportFormat | Unset = UNSET,
    async_: bool | Unset = UNSET,
    alert_email: str | Unset = UNSET,
    severity: GetScansIdScanLogExportSeverity
    | Unset = GetScansIdScanLogExportSeverity.ALL_LOGS,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetScansIdScanLogExportResponse200
    | GetScansIdScanLogExportResponse201
    | GetScansIdScanLogExportResponse400
    | GetScansIdScanLogExportResponse401
    | GetScansIdScanLogExportResponse500
    | GetScansIdScanLogExportResponseDefault
]:
    """Export scan log of given scan id

    Args:
        scan_id (str):
        rescan_count (int | Unset):
        host (str | Unset):
        template (str | Unset):
        matched (str | Unset):
        time (datetime.datetime | Unset):
        search (str | Unset):
        error (str | Unset):
        format_ (LogExportFormat | Unset):
        async_ (bool | Unset):
        alert_email (str | Unset):
        severity (GetScansIdScanLogExportSeverity | Unset):  Default:
            GetScansIdScanLogExportSeverity.ALL_LOGS.
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetScansIdScanLogExportResponse200 | GetScansIdScanLogExportResponse201 | GetScansIdScanLogExportResponse400 | GetScansIdScanLogExportResponse401 | GetScansIdScanLogExportResponse500 | GetScansIdScanLogExportResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        rescan_count=rescan_count,
        host=host,
        template=template,
        matched=matched,
        time=time,
        search=search,
        error=error,
        format_=format_,
        async_=async_,
        alert_email=alert_email,
        severity=severity,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    rescan_count: int | Unset = UNSET,
    host: str | Unset = UNSET,
    template: str | Unset = UNSET,
    matched: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
    search: str | Unset = UNSET,
    error: str | Unset = UNSET,
    format_: LogExportFormat | Unset = UNSET,
    async_: bool | Unset = UNSET,
    alert_email: str | Unset = UNSET,
    severity: GetScansIdScanLogExportSeverity
    | Unset = GetScansIdScanLogExportSeverity.ALL_LOGS,
    x_team_id: str | Unset = UNSET,
) -> (
    GetScansIdScanLogExportResponse200
    | GetScansIdScanLogExportResponse201
    | GetScansIdScanLogExportResponse400
    | GetScansIdScanLogExportResponse401
    | GetScansIdScanLogExportResponse500
    | GetScansIdScanLogExportResponseDefault
    | None
):
    """Export scan log of given scan id

    Args:
        scan_id (str):
        rescan_count (int | Unset):
        host (str | Unset):
        template (str | Unset):
        matched (str | Unset):
        time (datetime.datetime | Unset):
        search (str | Unset):
        error (str | Unset):
        format_ (LogExportFormat | Unset):
        async_ (bool | Unset):
        alert_email (str | Unset):
        severity (GetScansIdScanLogExportSeverity | Unset):  Default:
            GetScansIdScanLogExportSeverity.ALL_LOGS.
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetScansIdScanLogExportResponse200 | GetScansIdScanLogExportResponse201 | GetScansIdScanLogExportResponse400 | GetScansIdScanLogExportResponse401 | GetScansIdScanLogExportResponse500 | GetScansIdScanLogExportResponseDefault
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            rescan_count=rescan_count,
            host=host,
            template=template,
            matched=matched,
            time=time,
            search=search,
            error=error,
            format_=format_,
            async_=async_,
            alert_email=alert_email,
            severity=severity,
            x_team_id=x_team_id,
        )
    ).parsed

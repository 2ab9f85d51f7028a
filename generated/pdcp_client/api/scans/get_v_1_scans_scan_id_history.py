import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_scans_scan_id_history_response_200 import (
    GetV1ScansScanIdHistoryResponse200,
)
from ...models.get_v1_scans_scan_id_history_response_400 import (
    GetV1ScansScanIdHistoryResponse400,
)
from ...models.get_v1_scans_scan_id_history_response_401 import (
    GetV1ScansScanIdHistoryResponse401,
)
from ...models.get_v1_scans_scan_id_history_response_500 import (
    GetV1ScansScanIdHistoryResponse500,
)
from ...models.get_v1_scans_scan_id_history_response_default import (
    GetV1ScansScanIdHistoryResponseDefault,
)
from ...models.get_v1_scans_scan_id_history_time_range import (
    GetV1ScansScanIdHistoryTimeRange,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    scan_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    time_range: GetV1ScansScanIdHistoryTimeRange | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_time_range: str | Unset = UNSET
    if not isinstance(time_range, Unset):
        json_time_range = time_range.value

    params["time_range"] = json_time_range

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans/{scan_id}/history".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1ScansScanIdHistoryResponse200
    | GetV1ScansScanIdHistoryResponse400
    | GetV1ScansScanIdHistoryResponse401
    | GetV1ScansScanIdHistoryResponse500
    | GetV1ScansScanIdHistoryResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1ScansScanIdHistoryResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1ScansScanIdHistoryResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1ScansScanIdHistoryResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetV1ScansScanIdHistoryResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1ScansScanIdHistoryResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1ScansScanIdHistoryResponse200
    | GetV1ScansScanIdHistoryResponse400
    | GetV1ScansScanIdHistoryResponse401
    | GetV1ScansScanIdHistoryResponse500
    | GetV1ScansScanIdHistoryResponseDefault
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    time_range: GetV1ScansScanIdHistoryTimeRange | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ScansScanIdHistoryResponse200
    | GetV1ScansScanIdHistoryResponse400
    | GetV1ScansScanIdHistoryResponse401
    | GetV1ScansScanIdHistoryResponse500
    | GetV1ScansScanIdHistoryResponseDefault
]:
    """Get Scan History

     Get scan history detial by scanId

    Args:
        scan_id (str):
        offset (int | Unset):
        limit (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        time_range (GetV1ScansScanIdHistoryTimeRange | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansScanIdHistoryResponse200 | GetV1ScansScanIdHistoryResponse400 | GetV1ScansScanIdHistoryResponse401 | GetV1ScansScanIdHistoryResponse500 | GetV1ScansScanIdHistoryResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        offset=offset,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        time_range=time_range,
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    time_range: GetV1ScansScanIdHistoryTimeRange | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ScansScanIdHistoryResponse200
    | GetV1ScansScanIdHistoryResponse400
    | GetV1ScansScanIdHistoryResponse401
    | GetV1ScansScanIdHistoryResponse500
    | GetV1ScansScanIdHistoryResponseDefault
    | None
):
    """Get Scan History

     Get scan history detial by scanId

    Args:
        scan_id (str):
        offset (int | Unset):
        limit (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        time_range (GetV1ScansScanIdHistoryTimeRange | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansScanIdHistoryResponse200 | GetV1ScansScanIdHistoryResponse400 | GetV1ScansScanIdHistoryResponse401 | GetV1ScansScanIdHistoryResponse500 | GetV1ScansScanIdHistoryResponseDefault
    """

    return sync_detailed(
        scan_id=scan_id,
        client=client,
        offset=offset,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        time_range=time_range,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    time_range: GetV1ScansScanIdHistoryTimeRange | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ScansScanIdHistoryResponse200
    | GetV1ScansScanIdHistoryResponse400
    | GetV1ScansScanIdHistoryResponse401
    | GetV1ScansScanIdHistoryResponse500
    | GetV1ScansScanIdHistoryResponseDefault
]:
    """Get Scan History

     Get scan history detial by scanId

    Args:
        scan_id (str):
        offset (int | Unset):
        limit (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        time_range (GetV1ScansScanIdHistoryTimeRange | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansScanIdHistoryResponse200 | GetV1ScansScanIdHistoryResponse400 | GetV1ScansScanIdHistoryResponse401 | GetV1ScansScanIdHistoryResponse500 | GetV1ScansScanIdHistoryResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        offset=offset,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        time_range=time_range,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    time_range: GetV1ScansScanIdHistoryTimeRange | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ScansScanIdHistoryResponse200
    | GetV1ScansScanIdHistoryResponse400
    | GetV1ScansScanIdHistoryResponse401
    | GetV1ScansScanIdHistoryResponse500
    | GetV1ScansScanIdHistoryResponseDefault
    | None
):
    """Get Scan History

     Get scan history detial by scanId

    Args:
        scan_id (str):
        offset (int | Unset):
        limit (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        time_range (GetV1ScansScanIdHistoryTimeRange | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansScanIdHistoryResponse200 | GetV1ScansScanIdHistoryResponse400 | GetV1ScansScanIdHistoryResponse401 | GetV1ScansScanIdHistoryResponse500 | GetV1ScansScanIdHistoryResponseDefault
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            offset=offset,
            limit=limit,
            start_date=start_date,
            end_date=end_date,
            time_range=time_range,
            x_team_id=x_team_id,
        )
    ).parsed

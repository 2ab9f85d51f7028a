import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_asset_enumerate_enumerate_id_history_response_200 import (
    GetV1AssetEnumerateEnumerateIdHistoryResponse200,
)
from ...models.get_v1_asset_enumerate_enumerate_id_history_response_400 import (
    GetV1AssetEnumerateEnumerateIdHistoryResponse400,
)
from ...models.get_v1_asset_enumerate_enumerate_id_history_response_401 import (
    GetV1AssetEnumerateEnumerateIdHistoryResponse401,
)
from ...models.get_v1_asset_enumerate_enumerate_id_history_response_403 import (
    GetV1AssetEnumerateEnumerateIdHistoryResponse403,
)
from ...models.get_v1_asset_enumerate_enumerate_id_history_response_500 import (
    GetV1AssetEnumerateEnumerateIdHistoryResponse500,
)
from ...models.get_v1_asset_enumerate_enumerate_id_history_response_default import (
    GetV1AssetEnumerateEnumerateIdHistoryResponseDefault,
)
from ...models.get_v1_asset_enumerate_enumerate_id_history_time_range import (
    GetV1AssetEnumerateEnumerateIdHistoryTimeRange,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    enumerate_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    time_range: GetV1AssetEnumerateEnumerateIdHistoryTimeRange
    | Unset = GetV1AssetEnumerateEnumerateIdHistoryTimeRange.ALL_TIME,
    end_date: datetime.date | Unset = UNSET,
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

    json_time_range: str | Unset = UNSET
    if not isinstance(time_range, Unset):
        json_time_range = time_range.value

    params["time_range"] = json_time_range

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/asset/enumerate/{enumerate_id}/history".format(
            enumerate_id=quote(str(enumerate_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1AssetEnumerateEnumerateIdHistoryResponse200
    | GetV1AssetEnumerateEnumerateIdHistoryResponse400
    | GetV1AssetEnumerateEnumerateIdHistoryResponse401
    | GetV1AssetEnumerateEnumerateIdHistoryResponse403
    | GetV1AssetEnumerateEnumerateIdHistoryResponse500
    | GetV1AssetEnumerateEnumerateIdHistoryResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1AssetEnumerateEnumerateIdHistoryResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = GetV1AssetEnumerateEnumerateIdHistoryResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = GetV1AssetEnumerateEnumerateIdHistoryResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 403:
        response_403 = GetV1AssetEnumerateEnumerateIdHistoryResponse403.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 500:
        response_500 = GetV1AssetEnumerateEnumerateIdHistoryResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = GetV1AssetEnumerateEnumerateIdHistoryResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1AssetEnumerateEnumerateIdHistoryResponse200
    | GetV1AssetEnumerateEnumerateIdHistoryResponse400
    | GetV1AssetEnumerateEnumerateIdHistoryResponse401
    | GetV1AssetEnumerateEnumerateIdHistoryResponse403
    | GetV1AssetEnumerateEnumerateIdHistoryResponse500
    | GetV1AssetEnumerateEnumerateIdHistoryResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    enumerate_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    time_range: GetV1AssetEnumerateEnumerateIdHistoryTimeRange
    | Unset = GetV1AssetEnumerateEnumerateIdHistoryTimeRange.ALL_TIME,
    end_date: datetime.date | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1AssetEnumerateEnumerateIdHistoryResponse200
    | GetV1AssetEnumerateEnumerateIdHistoryResponse400
    | GetV1AssetEnumerateEnumerateIdHistoryResponse401
    | GetV1AssetEnumerateEnumerateIdHistoryResponse403
    | GetV1AssetEnumerateEnumerateIdHistoryResponse500
    | GetV1AssetEnumerateEnumerateIdHistoryResponseDefault
]:
    """Get asset enumeration history data

     Get asset enumeration history data

    Args:
        enumerate_id (str):
        offset (int | Unset):
        limit (int | Unset):
        start_date (datetime.date | Unset):
        time_range (GetV1AssetEnumerateEnumerateIdHistoryTimeRange | Unset):  Default:
            GetV1AssetEnumerateEnumerateIdHistoryTimeRange.ALL_TIME.
        end_date (datetime.date | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetEnumerateEnumerateIdHistoryResponse200 | GetV1AssetEnumerateEnumerateIdHistoryResponse400 | GetV1AssetEnumerateEnumerateIdHistoryResponse401 | GetV1AssetEnumerateEnumerateIdHistoryResponse403 | GetV1AssetEnumerateEnumerateIdHistoryResponse500 | GetV1AssetEnumerateEnumerateIdHistoryResponseDefault]
    """

    kwargs = _get_kwargs(
        enumerate_id=enumerate_id,
        offset=offset,
        limit=limit,
        start_date=start_date,
        time_range=time_range,
        end_date=end_date,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enumerate_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    time_range: GetV1AssetEnumerateEnumerateIdHistoryTimeRange
    | Unset = GetV1AssetEnumerateEnumerateIdHistoryTimeRange.ALL_TIME,
    end_date: datetime.date | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1AssetEnumerateEnumerateIdHistoryResponse200
    | GetV1AssetEnumerateEnumerateIdHistoryResponse400
    | GetV1AssetEnumerateEnumerateIdHistoryResponse401
    | GetV1AssetEnumerateEnumerateIdHistoryResponse403
    | GetV1AssetEnumerateEnumerateIdHistoryResponse500
    | GetV1AssetEnumerateEnumerateIdHistoryResponseDefault
    | None
):
    """Get asset enumeration history data

     Get asset enumeration history data

    Args:
        enumerate_id (str):
        offset (int | Unset):
        limit (int | Unset):
        start_date (datetime.date | Unset):
        time_range (GetV1AssetEnumerateEnumerateIdHistoryTimeRange | Unset):  Default:
            GetV1AssetEnumerateEnumerateIdHistoryTimeRange.ALL_TIME.
        end_date (datetime.date | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetEnumerateEnumerateIdHistoryResponse200 | GetV1AssetEnumerateEnumerateIdHistoryResponse400 | GetV1AssetEnumerateEnumerateIdHistoryResponse401 | GetV1AssetEnumerateEnumerateIdHistoryResponse403 | GetV1AssetEnumerateEnumerateIdHistoryResponse500 | GetV1AssetEnumerateEnumerateIdHistoryResponseDefault
    """

    return sync_detailed(
        enumerate_id=enumerate_id,
        client=client,
        offset=offset,
        limit=limit,
        start_date=start_date,
        time_range=time_range,
        end_date=end_date,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    enumerate_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    time_range: GetV1AssetEnumerateEnumerateIdHistoryTimeRange
    | Unset = GetV1AssetEnumerateEnumerateIdHistoryTimeRange.ALL_TIME,
    end_date: datetime.date | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1AssetEnumerateEnumerateIdHistoryResponse200
    | GetV1AssetEnumerateEnumerateIdHistoryResponse400
    | GetV1AssetEnumerateEnumerateIdHistoryResponse401
    | GetV1AssetEnumerateEnumerateIdHistoryResponse403
    | GetV1AssetEnumerateEnumerateIdHistoryResponse500
    | GetV1AssetEnumerateEnumerateIdHistoryResponseDefault
]:
    """Get asset enumeration history data

     Get asset enumeration history data

    Args:
        enumerate_id (str):
        offset (int | Unset):
        limit (int | Unset):
        start_date (datetime.date | Unset):
        time_range (GetV1AssetEnumerateEnumerateIdHistoryTimeRange | Unset):  Default:
            GetV1AssetEnumerateEnumerateIdHistoryTimeRange.ALL_TIME.
        end_date (datetime.date | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetEnumerateEnumerateIdHistoryResponse200 | GetV1AssetEnumerateEnumerateIdHistoryResponse400 | GetV1AssetEnumerateEnumerateIdHistoryResponse401 | GetV1AssetEnumerateEnumerateIdHistoryResponse403 | GetV1AssetEnumerateEnumerateIdHistoryResponse500 | GetV1AssetEnumerateEnumerateIdHistoryResponseDefault]
    """

    kwargs = _get_kwargs(
        enumerate_id=enumerate_id,
        offset=offset,
        limit=limit,
        start_date=start_date,
        time_range=time_range,
        end_date=end_date,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enumerate_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    time_range: GetV1AssetEnumerateEnumerateIdHistoryTimeRange
    | Unset = GetV1AssetEnumerateEnumerateIdHistoryTimeRange.ALL_TIME,
    end_date: datetime.date | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1AssetEnumerateEnumerateIdHistoryResponse200
    | GetV1AssetEnumerateEnumerateIdHistoryResponse400
    | GetV1AssetEnumerateEnumerateIdHistoryResponse401
    | GetV1AssetEnumerateEnumerateIdHistoryResponse403
    | GetV1AssetEnumerateEnumerateIdHistoryResponse500
    | GetV1AssetEnumerateEnumerateIdHistoryResponseDefault
    | None
):
    """Get asset enumeration history data

     Get asset enumeration history data

    Args:
        enumerate_id (str):
        offset (int | Unset):
        limit (int | Unset):
        start_date (datetime.date | Unset):
        time_range (GetV1AssetEnumerateEnumerateIdHistoryTimeRange | Unset):  Default:
            GetV1AssetEnumerateEnumerateIdHistoryTimeRange.ALL_TIME.
        end_date (datetime.date | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetEnumerateEnumerateIdHistoryResponse200 | GetV1AssetEnumerateEnumerateIdHistoryResponse400 | GetV1AssetEnumerateEnumerateIdHistoryResponse401 | GetV1AssetEnumerateEnumerateIdHistoryResponse403 | GetV1AssetEnumerateEnumerateIdHistoryResponse500 | GetV1AssetEnumerateEnumerateIdHistoryResponseDefault
    """

    return (
        await asyncio_detailed(
            enumerate_id=enumerate_id,
            client=client,
            offset=offset,
            limit=limit,
            start_date=start_date,
            time_range=time_range,
            end_date=end_date,
            x_team_id=x_team_id,
        )
    ).parsed

import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_asset_enumerate_response_200 import GetV1AssetEnumerateResponse200
from ...models.get_v1_asset_enumerate_response_400 import GetV1AssetEnumerateResponse400
from ...models.get_v1_asset_enumerate_response_401 import GetV1AssetEnumerateResponse401
from ...models.get_v1_asset_enumerate_response_403 import GetV1AssetEnumerateResponse403
from ...models.get_v1_asset_enumerate_response_500 import GetV1AssetEnumerateResponse500
from ...models.get_v1_asset_enumerate_response_default import (
    GetV1AssetEnumerateResponseDefault,
)
from ...models.get_v1_asset_enumerate_time import GetV1AssetEnumerateTime
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    enum_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    status: str | Unset = UNSET,
    time: GetV1AssetEnumerateTime | Unset = GetV1AssetEnumerateTime.ALL_TIME,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["search"] = search

    params["enum_type"] = enum_type

    params["sort_asc"] = sort_asc

    params["sort_desc"] = sort_desc

    params["status"] = status

    json_time: str | Unset = UNSET
    if not isinstance(time, Unset):
        json_time = time.value

    params["time"] = json_time

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["custom_filter"] = custom_filter

    params["is_internal"] = is_internal

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/asset/enumerate",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1AssetEnumerateResponse200
    | GetV1AssetEnumerateResponse400
    | GetV1AssetEnumerateResponse401
    | GetV1AssetEnumerateResponse403
    | GetV1AssetEnumerateResponse500
    | GetV1AssetEnumerateResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1AssetEnumerateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1AssetEnumerateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1AssetEnumerateResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetV1AssetEnumerateResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = GetV1AssetEnumerateResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1AssetEnumerateResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1AssetEnumerateResponse200
    | GetV1AssetEnumerateResponse400
    | GetV1AssetEnumerateResponse401
    | GetV1AssetEnumerateResponse403
    | GetV1AssetEnumerateResponse500
    | GetV1AssetEnumerateResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    enum_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    status: str | Unset = UNSET,
    time: GetV1AssetEnumerateTime | Unset = GetV1AssetEnumerateTime.ALL_TIME,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1AssetEnumerateResponse200
    | GetV1AssetEnumerateResponse400
    | GetV1AssetEnumerateResponse401
    | GetV1AssetEnumerateResponse403
    | GetV1AssetEnumerateResponse500
    | GetV1AssetEnumerateResponseDefault
]:
    """Get Enumeration List

     Get enumeration list

    Args:
        offset (int | Unset):
        limit (int | Unset):
        search (str | Unset):
        enum_type (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        status (str | Unset):
        time (GetV1AssetEnumerateTime | Unset):  Default: GetV1AssetEnumerateTime.ALL_TIME.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        custom_filter (str | Unset):
        is_internal (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetEnumerateResponse200 | GetV1AssetEnumerateResponse400 | GetV1AssetEnumerateResponse401 | GetV1AssetEnumerateResponse403 | GetV1AssetEnumerateResponse500 | GetV1AssetEnumerateResponseDefault]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        search=search,
        enum_type=enum_type,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        status=status,
        time=time,
        start_date=start_date,
        end_date=end_date,
        custom_filter=custom_filter,
        is_internal=is_internal,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    enum_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    status: str | Unset = UNSET,
    time: GetV1AssetEnumerateTime | Unset = GetV1AssetEnumerateTime.ALL_TIME,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1AssetEnumerateResponse200
    | GetV1AssetEnumerateResponse400
    | GetV1AssetEnumerateResponse401
    | GetV1AssetEnumerateResponse403
    | GetV1AssetEnumerateResponse500
    | GetV1AssetEnumerateResponseDefault
    | None
):
    """Get Enumeration List

     Get enumeration list

    Args:
        offset (int | Unset):
        limit (int | Unset):
        search (str | Unset):
        enum_type (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        status (str | Unset):
        time (GetV1AssetEnumerateTime | Unset):  Default: GetV1AssetEnumerateTime.ALL_TIME.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        custom_filter (str | Unset):
        is_internal (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetEnumerateResponse200 | GetV1AssetEnumerateResponse400 | GetV1AssetEnumerateResponse401 | GetV1AssetEnumerateResponse403 | GetV1AssetEnumerateResponse500 | GetV1AssetEnumerateResponseDefault
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        search=search,
        enum_type=enum_type,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        status=status,
        time=time,
        start_date=start_date,
        end_date=end_date,
        custom_filter=custom_filter,
        is_internal=is_internal,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    enum_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    status: str | Unset = UNSET,
    time: GetV1AssetEnumerateTime | Unset = GetV1AssetEnumerateTime.ALL_TIME,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1AssetEnumerateResponse200
    | GetV1AssetEnumerateResponse400
    | GetV1AssetEnumerateResponse401
    | GetV1AssetEnumerateResponse403
    | GetV1AssetEnumerateResponse500
    | GetV1AssetEnumerateResponseDefault
]:
    """Get Enumeration List

     Get enumeration list

    Args:
        offset (int | Unset):
        limit (int | Unset):
        search (str | Unset):
        enum_type (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        status (str | Unset):
        time (GetV1AssetEnumerateTime | Unset):  Default: GetV1AssetEnumerateTime.ALL_TIME.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        custom_filter (str | Unset):
        is_internal (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetEnumerateResponse200 | GetV1AssetEnumerateResponse400 | GetV1AssetEnumerateResponse401 | GetV1AssetEnumerateResponse403 | GetV1AssetEnumerateResponse500 | GetV1AssetEnumerateResponseDefault]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        search=search,
        enum_type=enum_type,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        status=status,
        time=time,
        start_date=start_date,
        end_date=end_date,
        custom_filter=custom_filter,
        is_internal=is_internal,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    enum_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    status: str | Unset = UNSET,
    time: GetV1AssetEnumerateTime | Unset = GetV1AssetEnumerateTime.ALL_TIME,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1AssetEnumerateResponse200
    | GetV1AssetEnumerateResponse400
    | GetV1AssetEnumerateResponse401
    | GetV1AssetEnumerateResponse403
    | GetV1AssetEnumerateResponse500
    | GetV1AssetEnumerateResponseDefault
    | None
):
    """Get Enumeration List

     Get enumeration list

    Args:
        offset (int | Unset):
        limit (int | Unset):
        search (str | Unset):
        enum_type (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        status (str | Unset):
        time (GetV1AssetEnumerateTime | Unset):  Default: GetV1AssetEnumerateTime.ALL_TIME.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        custom_filter (str | Unset):
        is_internal (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetEnumerateResponse200 | GetV1AssetEnumerateResponse400 | GetV1AssetEnumerateResponse401 | GetV1AssetEnumerateResponse403 | GetV1AssetEnumerateResponse500 | GetV1AssetEnumerateResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            search=search,
            enum_type=enum_type,
            sort_asc=sort_asc,
            sort_desc=sort_desc,
            status=status,
            time=time,
            start_date=start_date,
            end_date=end_date,
            custom_filter=custom_filter,
            is_internal=is_internal,
            x_team_id=x_team_id,
        )
    ).parsed

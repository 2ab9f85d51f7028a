import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_leaks_group_by import GetV1LeaksGroupBy
from ...models.get_v1_leaks_response_200 import GetV1LeaksResponse200
from ...models.get_v1_leaks_response_400 import GetV1LeaksResponse400
from ...models.get_v1_leaks_response_401 import GetV1LeaksResponse401
from ...models.get_v1_leaks_response_403 import GetV1LeaksResponse403
from ...models.get_v1_leaks_response_404 import GetV1LeaksResponse404
from ...models.get_v1_leaks_response_500 import GetV1LeaksResponse500
from ...models.get_v1_leaks_response_default import GetV1LeaksResponseDefault
from ...models.get_v1_leaks_sort_by import GetV1LeaksSortBy
from ...models.get_v1_leaks_sort_order import GetV1LeaksSortOrder
from ...models.get_v1_leaks_status import GetV1LeaksStatus
from ...models.get_v1_leaks_time_range import GetV1LeaksTimeRange
from ...models.get_v1_leaks_type import GetV1LeaksType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: GetV1LeaksType | Unset = GetV1LeaksType.ALL,
    domain: str | Unset = UNSET,
    email: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    page_number: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    time_range: GetV1LeaksTimeRange | Unset = GetV1LeaksTimeRange.ALL_TIME,
    end_date: datetime.date | Unset = UNSET,
    sort_by: GetV1LeaksSortBy | Unset = UNSET,
    sort_order: GetV1LeaksSortOrder | Unset = UNSET,
    status: GetV1LeaksStatus | Unset = UNSET,
    group_by: GetV1LeaksGroupBy | Unset = UNSET,
    url_query: str | Unset = UNSET,
    country: str | Unset = UNSET,
    device_ip: str | Unset = UNSET,
    hostname: str | Unset = UNSET,
    hardware_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["domain"] = domain

    params["email"] = email

    params["search"] = search

    params["limit"] = limit

    params["page_number"] = page_number

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

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["group_by"] = json_group_by

    params["url"] = url_query

    params["country"] = country

    params["device_ip"] = device_ip

    params["hostname"] = hostname

    params["hardware_id"] = hardware_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/leaks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1LeaksResponse200
    | GetV1LeaksResponse400
    | GetV1LeaksResponse401
    | GetV1LeaksResponse403
    | GetV1LeaksResponse404
    | GetV1LeaksResponse500
    | GetV1LeaksResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1LeaksResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1LeaksResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1LeaksResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetV1LeaksResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetV1LeaksResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetV1LeaksResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1LeaksResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1LeaksResponse200
    | GetV1LeaksResponse400
    | GetV1LeaksResponse401
    | GetV1LeaksResponse403
    | GetV1LeaksResponse404
    | GetV1LeaksResponse500
    | GetV1LeaksResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: GetV1LeaksType | Unset = GetV1LeaksType.ALL,
    domain: str | Unset = UNSET,
    email: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    page_number: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    time_range: GetV1LeaksTimeRange | Unset = GetV1LeaksTimeRange.ALL_TIME,
    end_date: datetime.date | Unset = UNSET,
    sort_by: GetV1LeaksSortBy | Unset = UNSET,
    sort_order: GetV1LeaksSortOrder | Unset = UNSET,
    status: GetV1LeaksStatus | Unset = UNSET,
    group_by: GetV1LeaksGroupBy | Unset = UNSET,
    url_query: str | Unset = UNSET,
    country: str | Unset = UNSET,
    device_ip: str | Unset = UNSET,
    hostname: str | Unset = UNSET,
    hardware_id: str | Unset = UNSET,
) -> Response[
    GetV1LeaksResponse200
    | GetV1LeaksResponse400
    | GetV1LeaksResponse401
    | GetV1LeaksResponse403
    | GetV1LeaksResponse404
    | GetV1LeaksResponse500
    | GetV1LeaksResponseDefault
]:
    """Get all leaked credentials

     Returns all leaks (personal, employee, customer) with optional type filtering. Replaces the need for
    separate endpoint calls.

    Args:
        type_ (GetV1LeaksType | Unset):  Default: GetV1LeaksType.ALL.
        domain (str | Unset):
        email (str | Unset):
        search (str | Unset):
        limit (float | Unset):
        page_number (float | Unset):
        start_date (datetime.date | Unset):
        time_range (GetV1LeaksTimeRange | Unset):  Default: GetV1LeaksTimeRange.ALL_TIME.
        end_date (datetime.date | Unset):
        sort_by (GetV1LeaksSortBy | Unset):
        sort_order (GetV1LeaksSortOrder | Unset):
        status (GetV1LeaksStatus | Unset):
        group_by (GetV1LeaksGroupBy | Unset):
        url_query (str | Unset):
        country (str | Unset):
        device_ip (str | Unset):
        hostname (str | Unset):
        hardware_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1LeaksResponse200 | GetV1LeaksResponse400 | GetV1LeaksResponse401 | GetV1LeaksResponse403 | GetV1LeaksResponse404 | GetV1LeaksResponse500 | GetV1LeaksResponseDefault]
    """

    kwargs = _get_kwargs(
        type_=type_,
        domain=domain,
        email=email,
        search=search,
        limit=limit,
        page_number=page_number,
        start_date=start_date,
        time_range=time_range,
        end_date=end_date,
        sort_by=sort_by,
        sort_order=sort_order,
        status=status,
        group_by=group_by,
        url_query=url_query,
        country=country,
        device_ip=device_ip,
        hostname=hostname,
        hardware_id=hardware_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: GetV1LeaksType | Unset = GetV1LeaksType.ALL,
    domain: str | Unset = UNSET,
    email: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    page_number: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    time_range: GetV1LeaksTimeRange | Unset = GetV1LeaksTimeRange.ALL_TIME,
    end_date: datetime.date | Unset = UNSET,
    sort_by: GetV1LeaksSortBy | Unset = UNSET,
    sort_order: GetV1LeaksSortOrder | Unset = UNSET,
    status: GetV1LeaksStatus | Unset = UNSET,
    group_by: GetV1LeaksGroupBy | Unset = UNSET,
    url_query: str | Unset = UNSET,
    country: str | Unset = UNSET,
    device_ip: str | Unset = UNSET,
    hostname: str | Unset = UNSET,
    hardware_id: str | Unset = UNSET,
) -> (
    GetV1LeaksResponse200
    | GetV1LeaksResponse400
    | GetV1LeaksResponse401
    | GetV1LeaksResponse403
    | GetV1LeaksResponse404
    | GetV1LeaksResponse500
    | GetV1LeaksResponseDefault
    | None
):
    """Get all leaked credentials

     Returns all leaks (personal, employee, customer) with optional type filtering. Replaces the need for
    separate endpoint calls.

    Args:
        type_ (GetV1LeaksType | Unset):  Default: GetV1LeaksType.ALL.
        domain (str | Unset):
        email (str | Unset):
        search (str | Unset):
        limit (float | Unset):
        page_number (float | Unset):
        start_date (datetime.date | Unset):
        time_range (GetV1LeaksTimeRange | Unset):  Default: GetV1LeaksTimeRange.ALL_TIME.
        end_date (datetime.date | Unset):
        sort_by (GetV1LeaksSortBy | Unset):
        sort_order (GetV1LeaksSortOrder | Unset):
        status (GetV1LeaksStatus | Unset):
        group_by (GetV1LeaksGroupBy | Unset):
        url_query (str | Unset):
        country (str | Unset):
        device_ip (str | Unset):
        hostname (str | Unset):
        hardware_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1LeaksResponse200 | GetV1LeaksResponse400 | GetV1LeaksResponse401 | GetV1LeaksResponse403 | GetV1LeaksResponse404 | GetV1LeaksResponse500 | GetV1LeaksResponseDefault
    """

    return sync_detailed(
        client=client,
        type_=type_,
        domain=domain,
        email=email,
        search=search,
        limit=limit,
        page_number=page_number,
        start_date=start_date,
        time_range=time_range,
        end_date=end_date,
        sort_by=sort_by,
        sort_order=sort_order,
        status=status,
        group_by=group_by,
        url_query=url_query,
        country=country,
        device_ip=device_ip,
        hostname=hostname,
        hardware_id=hardware_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: GetV1LeaksType | Unset = GetV1LeaksType.ALL,
    domain: str | Unset = UNSET,
    email: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    page_number: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    time_range: GetV1LeaksTimeRange | Unset = GetV1LeaksTimeRange.ALL_TIME,
    end_date: datetime.date | Unset = UNSET,
    sort_by: GetV1LeaksSortBy | Unset = UNSET,
    sort_order: GetV1LeaksSortOrder | Unset = UNSET,
    status: GetV1LeaksStatus | Unset = UNSET,
    group_by: GetV1LeaksGroupBy | Unset = UNSET,
    url_query: str | Unset = UNSET,
    country: str | Unset = UNSET,
    device_ip: str | Unset = UNSET,
    hostname: str | Unset = UNSET,
    hardware_id: str | Unset = UNSET,
) -> Response[
    GetV1LeaksResponse200
    | GetV1LeaksResponse400
    | GetV1LeaksResponse401
    | GetV1LeaksResponse403
    | GetV1LeaksResponse404
    | GetV1LeaksResponse500
    | GetV1LeaksResponseDefault
]:
    """Get all leaked credentials

     Returns all leaks (personal, employee, customer) with optional type filtering. Replaces the need for
    separate endpoint calls.

    Args:
        type_ (GetV1LeaksType | Unset):  Default: GetV1LeaksType.ALL.
        domain (str | Unset):
        email (str | Unset):
        search (str | Unset):
        limit (float | Unset):
        page_number (float | Unset):
        start_date (datetime.date | Unset):
        time_range (GetV1LeaksTimeRange | Unset):  Default: GetV1LeaksTimeRange.ALL_TIME.
        end_date (datetime.date | Unset):
        sort_by (GetV1LeaksSortBy | Unset):
        sort_order (GetV1LeaksSortOrder | Unset):
        status (GetV1LeaksStatus | Unset):
        group_by (GetV1LeaksGroupBy | Unset):
        url_query (str | Unset):
        country (str | Unset):
        device_ip (str | Unset):
        hostname (str | Unset):
        hardware_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1LeaksResponse200 | GetV1LeaksResponse400 | GetV1LeaksResponse401 | GetV1LeaksResponse403 | GetV1LeaksResponse404 | GetV1LeaksResponse500 | GetV1LeaksResponseDefault]
    """

    kwargs = _get_kwargs(
        type_=type_,
        domain=domain,
        email=email,
        search=search,
        limit=limit,
        page_number=page_number,
        start_date=start_date,
        time_range=time_range,
        end_date=end_date,
        sort_by=sort_by,
        sort_order=sort_order,
        status=status,
        group_by=group_by,
        url_query=url_query,
        country=country,
        device_ip=device_ip,
        hostname=hostname,
        hardware_id=hardware_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: GetV1LeaksType | Unset = GetV1LeaksType.ALL,
    domain: str | Unset = UNSET,
    email: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    page_number: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    time_range: GetV1LeaksTimeRange | Unset = GetV1LeaksTimeRange.ALL_TIME,
    end_date: datetime.date | Unset = UNSET,
    sort_by: GetV1LeaksSortBy | Unset = UNSET,
    sort_order: GetV1LeaksSortOrder | Unset = UNSET,
    status: GetV1LeaksStatus | Unset = UNSET,
    group_by: GetV1LeaksGroupBy | Unset = UNSET,
    url_query: str | Unset = UNSET,
    country: str | Unset = UNSET,
    device_ip: str | Unset = UNSET,
    hostname: str | Unset = UNSET,
    hardware_id: str | Unset = UNSET,
) -> (
    GetV1LeaksResponse200
    | GetV1LeaksResponse400
    | GetV1LeaksResponse401
    | GetV1LeaksResponse403
    | GetV1LeaksResponse404
    | GetV1LeaksResponse500
    | GetV1LeaksResponseDefault
    | None
):
    """Get all leaked credentials

     Returns all leaks (personal, employee, customer) with optional type filtering. Replaces the need for
    separate endpoint calls.

    Args:
        type_ (GetV1LeaksType | Unset):  Default: GetV1LeaksType.ALL.
        domain (str | Unset):
        email (str | Unset):
        search (str | Unset):
        limit (float | Unset):
        page_number (float | Unset):
        start_date (datetime.date | Unset):
        time_range (GetV1LeaksTimeRange | Unset):  Default: GetV1LeaksTimeRange.ALL_TIME.
        end_date (datetime.date | Unset):
        sort_by (GetV1LeaksSortBy | Unset):
        sort_order (GetV1LeaksSortOrder | Unset):
        status (GetV1LeaksStatus | Unset):
        group_by (GetV1LeaksGroupBy | Unset):
        url_query (str | Unset):
        country (str | Unset):
        device_ip (str | Unset):
        hostname (str | Unset):
        hardware_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1LeaksResponse200 | GetV1LeaksResponse400 | GetV1LeaksResponse401 | GetV1LeaksResponse403 | GetV1LeaksResponse404 | GetV1LeaksResponse500 | GetV1LeaksResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            domain=domain,
            email=email,
            search=search,
            limit=limit,
            page_number=page_number,
            start_date=start_date,
            time_range=time_range,
            end_date=end_date,
            sort_by=sort_by,
            sort_order=sort_order,
            status=status,
            group_by=group_by,
            url_query=url_query,
            country=country,
            device_ip=device_ip,
            hostname=hostname,
            hardware_id=hardware_id,
        )
    ).parsed

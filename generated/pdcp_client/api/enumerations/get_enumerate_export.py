import datetime
from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.enum_export_formats import EnumExportFormats
from ...models.get_enumerate_export_response_201 import GetEnumerateExportResponse201
from ...models.get_enumerate_export_response_400 import GetEnumerateExportResponse400
from ...models.get_enumerate_export_response_401 import GetEnumerateExportResponse401
from ...models.get_enumerate_export_response_500 import GetEnumerateExportResponse500
from ...models.get_enumerate_export_response_default import (
    GetEnumerateExportResponseDefault,
)
from ...models.time_range_query_parameter import TimeRangeQueryParameter
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    format_: EnumExportFormats | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    is_new: bool | Unset = UNSET,
    host: str | Unset = UNSET,
    port: str | Unset = UNSET,
    status_code: str | Unset = UNSET,
    title: str | Unset = UNSET,
    content_length: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    cname: str | Unset = UNSET,
    technologies: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    time: TimeRangeQueryParameter | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    ip: str | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["search"] = search

    params["labels"] = labels

    params["is_new"] = is_new

    params["host"] = host

    params["port"] = port

    params["status_code"] = status_code

    params["title"] = title

    params["content_length"] = content_length

    params["domain"] = domain

    params["cname"] = cname

    params["technologies"] = technologies

    params["sort_asc"] = sort_asc

    params["sort_desc"] = sort_desc

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

    params["is_screenshot"] = is_screenshot

    params["ip"] = ip

    params["favicon"] = favicon

    params["only_dns"] = only_dns

    params["only_ip"] = only_ip

    params["async"] = async_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/asset/enumerate/export",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    File
    | GetEnumerateExportResponse201
    | GetEnumerateExportResponse400
    | GetEnumerateExportResponse401
    | GetEnumerateExportResponse500
    | GetEnumerateExportResponseDefault
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = GetEnumerateExportResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = GetEnumerateExportResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetEnumerateExportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetEnumerateExportResponse500.from_dict(response.json())

        return response_500

    response_default = GetEnumerateExportResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    File
    | GetEnumerateExportResponse201
    | GetEnumerateExportResponse400
    | GetEnumerateExportResponse401
    | GetEnumerateExportResponse500
    | GetEnumerateExportResponseDefault
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
    format_: EnumExportFormats | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    is_new: bool | Unset = UNSET,
    host: str | Unset = UNSET,
    port: str | Unset = UNSET,
    status_code: str | Unset = UNSET,
    title: str | Unset = UNSET,
    content_length: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    cname: str | Unset = UNSET,
    technologies: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    time: TimeRangeQueryParameter | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    ip: str | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    File
    | GetEnumerateExportResponse201
    | GetEnumerateExportResponse400
    | GetEnumerateExportResponse401
    | GetEnumerateExportResponse500
    | GetEnumerateExportResponseDefault
]:
    """Export Enumeration of user

     Export the list of discovered assets for all enumerations.

    Args:
        format_ (EnumExportFormats | Unset):
        search (str | Unset):
        labels (str | Unset):
        is_new (bool | Unset):
        host (str | Unset):
        port (str | Unset):
        status_code (str | Unset):
        title (str | Unset):
        content_length (str | Unset):
        domain (str | Unset):
        cname (str | Unset):
        technologies (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        time (TimeRangeQueryParameter | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        custom_filter (str | Unset):
        is_screenshot (bool | Unset):
        ip (str | Unset):
        favicon (str | Unset):
        only_dns (bool | Unset):
        only_ip (bool | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetEnumerateExportResponse201 | GetEnumerateExportResponse400 | GetEnumerateExportResponse401 | GetEnumerateExportResponse500 | GetEnumerateExportResponseDefault]
    """

    kwargs = _get_kwargs(
        format_=format_,
        search=search,
        labels=labels,
        is_new=is_new,
        host=host,
        port=port,
        status_code=status_code,
        title=title,
        content_length=content_length,
        domain=domain,
        cname=cname,
        technologies=technologies,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        time=time,
        start_date=start_date,
        end_date=end_date,
        custom_filter=custom_filter,
        is_screenshot=is_screenshot,
        ip=ip,
        favicon=favicon,
        only_dns=only_dns,
        only_ip=only_ip,
        async_=async_,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    format_: EnumExportFormats | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    is_new: bool | Unset = UNSET,
    host: str | Unset = UNSET,
    port: str | Unset = UNSET,
    status_code: str | Unset = UNSET,
    title: str | Unset = UNSET,
    content_length: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    cname: str | Unset = UNSET,
    technologies: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    time: TimeRangeQueryParameter | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    ip: str | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    File
    | GetEnumerateExportResponse201
    | GetEnumerateExportResponse400
    | GetEnumerateExportResponse401
    | GetEnumerateExportResponse500
    | GetEnumerateExportResponseDefault
    | None
):
    """Export Enumeration of user

     Export the list of discovered assets for all enumerations.

    Args:
        format_ (EnumExportFormats | Unset):
        search (str | Unset):
        labels (str | Unset):
        is_new (bool | Unset):
        host (str | Unset):
        port (str | Unset):
        status_code (str | Unset):
        title (str | Unset):
        content_length (str | Unset):
        domain (str | Unset):
        cname (str | Unset):
        technologies (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        time (TimeRangeQueryParameter | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        custom_filter (str | Unset):
        is_screenshot (bool | Unset):
        ip (str | Unset):
        favicon (str | Unset):
        only_dns (bool | Unset):
        only_ip (bool | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetEnumerateExportResponse201 | GetEnumerateExportResponse400 | GetEnumerateExportResponse401 | GetEnumerateExportResponse500 | GetEnumerateExportResponseDefault
    """

    return sync_detailed(
        client=client,
        format_=format_,
        search=search,
        labels=labels,
        is_new=is_new,
        host=host,
        port=port,
        status_code=status_code,
        title=title,
        content_length=content_length,
        domain=domain,
        cname=cname,
        technologies=technologies,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        time=time,
        start_date=start_date,
        end_date=end_date,
        custom_filter=custom_filter,
        is_screenshot=is_screenshot,
        ip=ip,
        favicon=favicon,
        only_dns=only_dns,
        only_ip=only_ip,
        async_=async_,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    format_: EnumExportFormats | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    is_new: bool | Unset = UNSET,
    host: str | Unset = UNSET,
    port: str | Unset = UNSET,
    status_code: str | Unset = UNSET,
    title: str | Unset = UNSET,
    content_length: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    cname: str | Unset = UNSET,
    technologies: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    time: TimeRangeQueryParameter | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    ip: str | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    File
    | GetEnumerateExportResponse201
    | GetEnumerateExportResponse400
    | GetEnumerateExportResponse401
    | GetEnumerateExportResponse500
    | GetEnumerateExportResponseDefault
]:
    """Export Enumeration of user

     Export the list of discovered assets for all enumerations.

    Args:
        format_ (EnumExportFormats | Unset):
        search (str | Unset):
        labels (str | Unset):
        is_new (bool | Unset):
        host (str | Unset):
        port (str | Unset):
        status_code (str | Unset):
        title (str | Unset):
        content_length (str | Unset):
        domain (str | Unset):
        cname (str | Unset):
        technologies (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        time (TimeRangeQueryParameter | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        custom_filter (str | Unset):
        is_screenshot (bool | Unset):
        ip (str | Unset):
        favicon (str | Unset):
        only_dns (bool | Unset):
        only_ip (bool | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetEnumerateExportResponse201 | GetEnumerateExportResponse400 | GetEnumerateExportResponse401 | GetEnumerateExportResponse500 | GetEnumerateExportResponseDefault]
    """

    kwargs = _get_kwargs(
        format_=format_,
        search=search,
        labels=labels,
        is_new=is_new,
        host=host,
        port=port,
        status_code=status_code,
        title=title,
        content_length=content_length,
        domain=domain,
        cname=cname,
        technologies=technologies,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        time=time,
        start_date=start_date,
        end_date=end_date,
        custom_filter=custom_filter,
        is_screenshot=is_screenshot,
        ip=ip,
        favicon=favicon,
        only_dns=only_dns,
        only_ip=only_ip,
        async_=async_,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    format_: EnumExportFormats | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    is_new: bool | Unset = UNSET,
    host: str | Unset = UNSET,
    port: str | Unset = UNSET,
    status_code: str | Unset = UNSET,
    title: str | Unset = UNSET,
    content_length: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    cname: str | Unset = UNSET,
    technologies: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    time: TimeRangeQueryParameter | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    ip: str | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    File
    | GetEnumerateExportResponse201
    | GetEnumerateExportResponse400
    | GetEnumerateExportResponse401
    | GetEnumerateExportResponse500
    | GetEnumerateExportResponseDefault
    | None
):
    """Export Enumeration of user

     Export the list of discovered assets for all enumerations.

    Args:
        format_ (EnumExportFormats | Unset):
        search (str | Unset):
        labels (str | Unset):
        is_new (bool | Unset):
        host (str | Unset):
        port (str | Unset):
        status_code (str | Unset):
        title (str | Unset):
        content_length (str | Unset):
        domain (str | Unset):
        cname (str | Unset):
        technologies (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        time (TimeRangeQueryParameter | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        custom_filter (str | Unset):
        is_screenshot (bool | Unset):
        ip (str | Unset):
        favicon (str | Unset):
        only_dns (bool | Unset):
        only_ip (bool | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetEnumerateExportResponse201 | GetEnumerateExportResponse400 | GetEnumerateExportResponse401 | GetEnumerateExportResponse500 | GetEnumerateExportResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
            search=search,
            labels=labels,
            is_new=is_new,
            host=host,
            port=port,
            status_code=status_code,
            title=title,
            content_length=content_length,
            domain=domain,
            cname=cname,
            technologies=technologies,
            sort_asc=sort_asc,
            sort_desc=sort_desc,
            time=time,
            start_date=start_date,
            end_date=end_date,
            custom_filter=custom_filter,
            is_screenshot=is_screenshot,
            ip=ip,
            favicon=favicon,
            only_dns=only_dns,
            only_ip=only_ip,
            async_=async_,
            x_team_id=x_team_id,
        )
    ).parsed

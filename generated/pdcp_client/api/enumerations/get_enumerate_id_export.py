import datetime
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.enum_export_formats import EnumExportFormats
from ...models.get_enumerate_id_export_response_201 import (
    GetEnumerateIdExportResponse201,
)
from ...models.get_enumerate_id_export_response_400 import (
    GetEnumerateIdExportResponse400,
)
from ...models.get_enumerate_id_export_response_401 import (
    GetEnumerateIdExportResponse401,
)
from ...models.get_enumerate_id_export_response_500 import (
    GetEnumerateIdExportResponse500,
)
from ...models.get_enumerate_id_export_response_default import (
    GetEnumerateIdExportResponseDefault,
)
from ...models.time_range_query_parameter import TimeRangeQueryParameter
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    enum_id: str,
    *,
    format_: EnumExportFormats | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    is_new: bool | Unset = UNSET,
    host: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    port: str | Unset = UNSET,
    status_code: str | Unset = UNSET,
    title: str | Unset = UNSET,
    content_length: str | Unset = UNSET,
    cname: str | Unset = UNSET,
    technologies: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    is_tech: bool | Unset = UNSET,
    is_favicon: bool | Unset = UNSET,
    time: TimeRangeQueryParameter | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
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

    params["domains"] = domains

    params["port"] = port

    params["status_code"] = status_code

    params["title"] = title

    params["content_length"] = content_length

    params["cname"] = cname

    params["technologies"] = technologies

    params["ip"] = ip

    params["custom_filter"] = custom_filter

    params["is_screenshot"] = is_screenshot

    params["is_tech"] = is_tech

    params["is_favicon"] = is_favicon

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

    params["favicon"] = favicon

    params["only_dns"] = only_dns

    params["only_ip"] = only_ip

    params["async"] = async_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/asset/enumerate/{enum_id}/export".format(
            enum_id=quote(str(enum_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    File
    | GetEnumerateIdExportResponse201
    | GetEnumerateIdExportResponse400
    | GetEnumerateIdExportResponse401
    | GetEnumerateIdExportResponse500
    | GetEnumerateIdExportResponseDefault
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = GetEnumerateIdExportResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = GetEnumerateIdExportResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetEnumerateIdExportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetEnumerateIdExportResponse500.from_dict(response.json())

        return response_500

    response_default = GetEnumerateIdExportResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    File
    | GetEnumerateIdExportResponse201
    | GetEnumerateIdExportResponse400
    | GetEnumerateIdExportResponse401
    | GetEnumerateIdExportResponse500
    | GetEnumerateIdExportResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    enum_id: str,
    *,
    client: AuthenticatedClient,
    format_: EnumExportFormats | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    is_new: bool | Unset = UNSET,
    host: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    port: str | Unset = UNSET,
    status_code: str | Unset = UNSET,
    title: str | Unset = UNSET,
    content_length: str | Unset = UNSET,
    cname: str | Unset = UNSET,
    technologies: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    is_tech: bool | Unset = UNSET,
    is_favicon: bool | Unset = UNSET,
    time: TimeRangeQueryParameter | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    File
    | GetEnumerateIdExportResponse201
    | GetEnumerateIdExportResponse400
    | GetEnumerateIdExportResponse401
    | GetEnumerateIdExportResponse500
    | GetEnumerateIdExportResponseDefault
]:
    """Export Enumeration

     Export the list of discovered assets for an enumeration.

    Args:
        enum_id (str):
        format_ (EnumExportFormats | Unset):
        search (str | Unset):
        labels (str | Unset):
        is_new (bool | Unset):
        host (str | Unset):
        domains (str | Unset):
        port (str | Unset):
        status_code (str | Unset):
        title (str | Unset):
        content_length (str | Unset):
        cname (str | Unset):
        technologies (str | Unset):
        ip (str | Unset):
        custom_filter (str | Unset):
        is_screenshot (bool | Unset):
        is_tech (bool | Unset):
        is_favicon (bool | Unset):
        time (TimeRangeQueryParameter | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        favicon (str | Unset):
        only_dns (bool | Unset):
        only_ip (bool | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetEnumerateIdExportResponse201 | GetEnumerateIdExportResponse400 | GetEnumerateIdExportResponse401 | GetEnumerateIdExportResponse500 | GetEnumerateIdExportResponseDefault]
    """

    kwargs = _get_kwargs(
        enum_id=enum_id,
        format_=format_,
        search=search,
        labels=labels,
        is_new=is_new,
        host=host,
        domains=domains,
        port=port,
        status_code=status_code,
        title=title,
        content_length=content_length,
        cname=cname,
        technologies=technologies,
        ip=ip,
        custom_filter=custom_filter,
        is_screenshot=is_screenshot,
        is_tech=is_tech,
        is_favicon=is_favicon,
        time=time,
        start_date=start_date,
        end_date=end_date,
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
    enum_id: str,
    *,
    client: AuthenticatedClient,
    format_: EnumExportFormats | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    is_new: bool | Unset = UNSET,
    host: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    port: str | Unset = UNSET,
    status_code: str | Unset = UNSET,
    title: str | Unset = UNSET,
    content_length: str | Unset = UNSET,
    cname: str | Unset = UNSET,
    technologies: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    is_tech: bool | Unset = UNSET,
    is_favicon: bool | Unset = UNSET,
    time: TimeRangeQueryParameter | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    File
    | GetEnumerateIdExportResponse201
    | GetEnumerateIdExportResponse400
    | GetEnumerateIdExportResponse401
    | GetEnumerateIdExportResponse500
    | GetEnumerateIdExportResponseDefault
    | None
):
    """Export Enumeration

     Export the list of discovered assets for an enumeration.

    Args:
        enum_id (str):
        format_ (EnumExportFormats | Unset):
        search (str | Unset):
        labels (str | Unset):
        is_new (bool | Unset):
        host (str | Unset):
        domains (str | Unset):
        port (str | Unset):
        status_code (str | Unset):
        title (str | Unset):
        content_length (str | Unset):
        cname (str | Unset):
        technologies (str | Unset):
        ip (str | Unset):
        custom_filter (str | Unset):
        is_screenshot (bool | Unset):
        is_tech (bool | Unset):
        is_favicon (bool | Unset):
        time (TimeRangeQueryParameter | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        favicon (str | Unset):
        only_dns (bool | Unset):
        only_ip (bool | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetEnumerateIdExportResponse201 | GetEnumerateIdExportResponse400 | GetEnumerateIdExportResponse401 | GetEnumerateIdExportResponse500 | GetEnumerateIdExportResponseDefault
    """

    return sync_detailed(
        enum_id=enum_id,
        client=client,
        format_=format_,
        search=search,
        labels=labels,
        is_new=is_new,
        host=host,
        domains=domains,
        port=port,
        status_code=status_code,
        title=title,
        content_length=content_length,
        cname=cname,
        technologies=technologies,
        ip=ip,
        custom_filter=custom_filter,
        is_screenshot=is_screenshot,
        is_tech=is_tech,
        is_favicon=is_favicon,
        time=time,
        start_date=start_date,
        end_date=end_date,
        favicon=favicon,
        only_dns=only_dns,
        only_ip=only_ip,
        async_=async_,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    enum_id: str,
    *,
    client: AuthenticatedClient,
    format_: EnumExportFormats | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    is_new: bool | Unset = UNSET,
    host: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    port: str | Unset = UNSET,
    status_code: str | Unset = UNSET,
    title: str | Unset = UNSET,
    content_length: str | Unset = UNSET,
    cname: str | Unset = UNSET,
    technologies: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    is_tech: bool | Unset = UNSET,
    is_favicon: bool | Unset = UNSET,
    time: TimeRangeQueryParameter | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    File
    | GetEnumerateIdExportResponse201
    | GetEnumerateIdExportResponse400
    | GetEnumerateIdExportResponse401
    | GetEnumerateIdExportResponse500
    | GetEnumerateIdExportResponseDefault
]:
    """Export Enumeration

     Export the list of discovered assets for an enumeration.

    Args:
        enum_id (str):
        format_ (EnumExportFormats | Unset):
        search (str | Unset):
        labels (str | Unset):
        is_new (bool | Unset):
        host (str | Unset):
        domains (str | Unset):
        port (str | Unset):
        status_code (str | Unset):
        title (str | Unset):
        content_length (str | Unset):
        cname (str | Unset):
        technologies (str | Unset):
        ip (str | Unset):
        custom_filter (str | Unset):
        is_screenshot (bool | Unset):
        is_tech (bool | Unset):
        is_favicon (bool | Unset):
        time (TimeRangeQueryParameter | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        favicon (str | Unset):
        only_dns (bool | Unset):
        only_ip (bool | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetEnumerateIdExportResponse201 | GetEnumerateIdExportResponse400 | GetEnumerateIdExportResponse401 | GetEnumerateIdExportResponse500 | GetEnumerateIdExportResponseDefault]
    """

    kwargs = _get_kwargs(
        enum_id=enum_id,
        format_=format_,
        search=search,
        labels=labels,
        is_new=is_new,
        host=host,
        domains=domains,
        port=port,
        status_code=status_code,
        title=title,
        content_length=content_length,
        cname=cname,
        technologies=technologies,
        ip=ip,
        custom_filter=custom_filter,
        is_screenshot=is_screenshot,
        is_tech=is_tech,
        is_favicon=is_favicon,
        time=time,
        start_date=start_date,
        end_date=end_date,
        favicon=favicon,
        only_dns=only_dns,
        only_ip=only_ip,
        async_=async_,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enum_id: str,
    *,
    client: AuthenticatedClient,
    format_: EnumExportFormats | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    is_new: bool | Unset = UNSET,
    host: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    port: str | Unset = UNSET,
    status_code: str | Unset = UNSET,
    title: str | Unset = UNSET,
    content_length: str | Unset = UNSET,
    cname: str | Unset = UNSET,
    technologies: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    is_tech: bool | Unset = UNSET,
    is_favicon: bool | Unset = UNSET,
    time: TimeRangeQueryParameter | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    File
    | GetEnumerateIdExportResponse201
    | GetEnumerateIdExportResponse400
    | GetEnumerateIdExportResponse401
    | GetEnumerateIdExportResponse500
    | GetEnumerateIdExportResponseDefault
    | None
):
    """Export Enumeration

     Export the list of discovered assets for an enumeration.

    Args:
        enum_id (str):
        format_ (EnumExportFormats | Unset):
        search (str | Unset):
        labels (str | Unset):
        is_new (bool | Unset):
        host (str | Unset):
        domains (str | Unset):
        port (str | Unset):
        status_code (str | Unset):
        title (str | Unset):
        content_length (str | Unset):
        cname (str | Unset):
        technologies (str | Unset):
        ip (str | Unset):
        custom_filter (str | Unset):
        is_screenshot (bool | Unset):
        is_tech (bool | Unset):
        is_favicon (bool | Unset):
        time (TimeRangeQueryParameter | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        favicon (str | Unset):
        only_dns (bool | Unset):
        only_ip (bool | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetEnumerateIdExportResponse201 | GetEnumerateIdExportResponse400 | GetEnumerateIdExportResponse401 | GetEnumerateIdExportResponse500 | GetEnumerateIdExportResponseDefault
    """

    return (
        await asyncio_detailed(
            enum_id=enum_id,
            client=client,
            format_=format_,
            search=search,
            labels=labels,
            is_new=is_new,
            host=host,
            domains=domains,
            port=port,
            status_code=status_code,
            title=title,
            content_length=content_length,
            cname=cname,
            technologies=technologies,
            ip=ip,
            custom_filter=custom_filter,
            is_screenshot=is_screenshot,
            is_tech=is_tech,
            is_favicon=is_favicon,
            time=time,
            start_date=start_date,
            end_date=end_date,
            favicon=favicon,
            only_dns=only_dns,
            only_ip=only_ip,
            async_=async_,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_asset_enumerate_contents_response_200 import (
    GetV1AssetEnumerateContentsResponse200,
)
from ...models.get_v1_asset_enumerate_contents_response_400 import (
    GetV1AssetEnumerateContentsResponse400,
)
from ...models.get_v1_asset_enumerate_contents_response_401 import (
    GetV1AssetEnumerateContentsResponse401,
)
from ...models.get_v1_asset_enumerate_contents_response_403 import (
    GetV1AssetEnumerateContentsResponse403,
)
from ...models.get_v1_asset_enumerate_contents_response_500 import (
    GetV1AssetEnumerateContentsResponse500,
)
from ...models.get_v1_asset_enumerate_contents_response_default import (
    GetV1AssetEnumerateContentsResponseDefault,
)
from ...models.time_range_query_parameter import TimeRangeQueryParameter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    time: TimeRangeQueryParameter | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_tech: bool | Unset = UNSET,
    is_favicon: bool | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["offset"] = offset

    json_time: str | Unset = UNSET
    if not isinstance(time, Unset):
        json_time = time.value

    params["time"] = json_time

    params["limit"] = limit

    params["is_tech"] = is_tech

    params["is_favicon"] = is_favicon

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

    params["ip"] = ip

    params["sort_asc"] = sort_asc

    params["sort_desc"] = sort_desc

    params["custom_filter"] = custom_filter

    params["is_screenshot"] = is_screenshot

    params["favicon"] = favicon

    params["only_dns"] = only_dns

    params["only_ip"] = only_ip

    params["is_internal"] = is_internal

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/asset/enumerate/contents",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1AssetEnumerateContentsResponse200
    | GetV1AssetEnumerateContentsResponse400
    | GetV1AssetEnumerateContentsResponse401
    | GetV1AssetEnumerateContentsResponse403
    | GetV1AssetEnumerateContentsResponse500
    | GetV1AssetEnumerateContentsResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1AssetEnumerateContentsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1AssetEnumerateContentsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1AssetEnumerateContentsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetV1AssetEnumerateContentsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = GetV1AssetEnumerateContentsResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1AssetEnumerateContentsResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1AssetEnumerateContentsResponse200
    | GetV1AssetEnumerateContentsResponse400
    | GetV1AssetEnumerateContentsResponse401
    | GetV1AssetEnumerateContentsResponse403
    | GetV1AssetEnumerateContentsResponse500
    | GetV1AssetEnumerateContentsResponseDefault
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
    offset: int | Unset = 0,
    time: TimeRangeQueryParameter | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_tech: bool | Unset = UNSET,
    is_favicon: bool | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1AssetEnumerateContentsResponse200
    | GetV1AssetEnumerateContentsResponse400
    | GetV1AssetEnumerateContentsResponse401
    | GetV1AssetEnumerateContentsResponse403
    | GetV1AssetEnumerateContentsResponse500
    | GetV1AssetEnumerateContentsResponseDefault
]:
    """Get All Enumeration Contents

     Get All enumeration content

    Args:
        offset (int | Unset):  Default: 0.
        time (TimeRangeQueryParameter | Unset):
        limit (int | Unset):
        is_tech (bool | Unset):
        is_favicon (bool | Unset):
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
        ip (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        custom_filter (str | Unset):
        is_screenshot (bool | Unset):
        favicon (str | Unset):
        only_dns (bool | Unset):
        only_ip (bool | Unset):
        is_internal (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetEnumerateContentsResponse200 | GetV1AssetEnumerateContentsResponse400 | GetV1AssetEnumerateContentsResponse401 | GetV1AssetEnumerateContentsResponse403 | GetV1AssetEnumerateContentsResponse500 | GetV1AssetEnumerateContentsResponseDefault]
    """

    kwargs = _get_kwargs(
        offset=offset,
        time=time,
        limit=limit,
        is_tech=is_tech,
        is_favicon=is_favicon,
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
        ip=ip,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        custom_filter=custom_filter,
        is_screenshot=is_screenshot,
        favicon=favicon,
        only_dns=only_dns,
        only_ip=only_ip,
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
    offset: int | Unset = 0,
    time: TimeRangeQueryParameter | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_tech: bool | Unset = UNSET,
    is_favicon: bool | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1AssetEnumerateContentsResponse200
    | GetV1AssetEnumerateContentsResponse400
    | GetV1AssetEnumerateContentsResponse401
    | GetV1AssetEnumerateContentsResponse403
    | GetV1AssetEnumerateContentsResponse500
    | GetV1AssetEnumerateContentsResponseDefault
    | None
):
    """Get All Enumeration Contents

     Get All enumeration content

    Args:
        offset (int | Unset):  Default: 0.
        time (TimeRangeQueryParameter | Unset):
        limit (int | Unset):
        is_tech (bool | Unset):
        is_favicon (bool | Unset):
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
        ip (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        custom_filter (str | Unset):
        is_screenshot (bool | Unset):
        favicon (str | Unset):
        only_dns (bool | Unset):
        only_ip (bool | Unset):
        is_internal (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetEnumerateContentsResponse200 | GetV1AssetEnumerateContentsResponse400 | GetV1AssetEnumerateContentsResponse401 | GetV1AssetEnumerateContentsResponse403 | GetV1AssetEnumerateContentsResponse500 | GetV1AssetEnumerateContentsResponseDefault
    """

    return sync_detailed(
        client=client,
        offset=offset,
        time=time,
        limit=limit,
        is_tech=is_tech,
        is_favicon=is_favicon,
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
        ip=ip,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        custom_filter=custom_filter,
        is_screenshot=is_screenshot,
        favicon=favicon,
        only_dns=only_dns,
        only_ip=only_ip,
        is_internal=is_internal,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    time: TimeRangeQueryParameter | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_tech: bool | Unset = UNSET,
    is_favicon: bool | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1AssetEnumerateContentsResponse200
    | GetV1AssetEnumerateContentsResponse400
    | GetV1AssetEnumerateContentsResponse401
    | GetV1AssetEnumerateContentsResponse403
    | GetV1AssetEnumerateContentsResponse500
    | GetV1AssetEnumerateContentsResponseDefault
]:
    """Get All Enumeration Contents

     Get All enumeration content

    Args:
        offset (int | Unset):  Default: 0.
        time (TimeRangeQueryParameter | Unset):
        limit (int | Unset):
        is_tech (bool | Unset):
        is_favicon (bool | Unset):
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
        ip (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        custom_filter (str | Unset):
        is_screenshot (bool | Unset):
        favicon (str | Unset):
        only_dns (bool | Unset):
        only_ip (bool | Unset):
        is_internal (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetEnumerateContentsResponse200 | GetV1AssetEnumerateContentsResponse400 | GetV1AssetEnumerateContentsResponse401 | GetV1AssetEnumerateContentsResponse403 | GetV1AssetEnumerateContentsResponse500 | GetV1AssetEnumerateContentsResponseDefault]
    """

    kwargs = _get_kwargs(
        offset=offset,
        time=time,
        limit=limit,
        is_tech=is_tech,
        is_favicon=is_favicon,
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
        ip=ip,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        custom_filter=custom_filter,
        is_screenshot=is_screenshot,
        favicon=favicon,
        only_dns=only_dns,
        only_ip=only_ip,
        is_internal=is_internal,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    time: TimeRangeQueryParameter | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_tech: bool | Unset = UNSET,
    is_favicon: bool | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    custom_filter: str | Unset = UNSET,
    is_screenshot: bool | Unset = UNSET,
    favicon: str | Unset = UNSET,
    only_dns: bool | Unset = UNSET,
    only_ip: bool | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1AssetEnumerateContentsResponse200
    | GetV1AssetEnumerateContentsResponse400
    | GetV1AssetEnumerateContentsResponse401
    | GetV1AssetEnumerateContentsResponse403
    | GetV1AssetEnumerateContentsResponse500
    | GetV1AssetEnumerateContentsResponseDefault
    | None
):
    """Get All Enumeration Contents

     Get All enumeration content

    Args:
        offset (int | Unset):  Default: 0.
        time (TimeRangeQueryParameter | Unset):
        limit (int | Unset):
        is_tech (bool | Unset):
        is_favicon (bool | Unset):
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
        ip (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        custom_filter (str | Unset):
        is_screenshot (bool | Unset):
        favicon (str | Unset):
        only_dns (bool | Unset):
        only_ip (bool | Unset):
        is_internal (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetEnumerateContentsResponse200 | GetV1AssetEnumerateContentsResponse400 | GetV1AssetEnumerateContentsResponse401 | GetV1AssetEnumerateContentsResponse403 | GetV1AssetEnumerateContentsResponse500 | GetV1AssetEnumerateContentsResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            time=time,
            limit=limit,
            is_tech=is_tech,
            is_favicon=is_favicon,
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
            ip=ip,
            sort_asc=sort_asc,
            sort_desc=sort_desc,
            custom_filter=custom_filter,
            is_screenshot=is_screenshot,
            favicon=favicon,
            only_dns=only_dns,
            only_ip=only_ip,
            is_internal=is_internal,
            x_team_id=x_team_id,
        )
    ).parsed

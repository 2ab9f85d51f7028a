from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v2_template_search_response_200 import GetV2TemplateSearchResponse200
from ...models.get_v2_template_search_response_400 import GetV2TemplateSearchResponse400
from ...models.get_v2_template_search_response_401 import GetV2TemplateSearchResponse401
from ...models.get_v2_template_search_response_500 import GetV2TemplateSearchResponse500
from ...models.get_v2_template_search_response_default import (
    GetV2TemplateSearchResponseDefault,
)
from ...models.get_v2_template_search_scope import GetV2TemplateSearchScope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    scope: GetV2TemplateSearchScope | Unset = GetV2TemplateSearchScope.PUBLIC_PRIVATE,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    fields: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    q: str | Unset = UNSET,
    highlight: bool | Unset = False,
    facet_size: int | Unset = 5,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    params["limit"] = limit

    params["offset"] = offset

    params["fields"] = fields

    params["sort_asc"] = sort_asc

    params["sort_desc"] = sort_desc

    params["q"] = q

    params["highlight"] = highlight

    params["facet_size"] = facet_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/template/search",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV2TemplateSearchResponse200
    | GetV2TemplateSearchResponse400
    | GetV2TemplateSearchResponse401
    | GetV2TemplateSearchResponse500
    | GetV2TemplateSearchResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV2TemplateSearchResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV2TemplateSearchResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV2TemplateSearchResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetV2TemplateSearchResponse500.from_dict(response.json())

        return response_500

    response_default = GetV2TemplateSearchResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV2TemplateSearchResponse200
    | GetV2TemplateSearchResponse400
    | GetV2TemplateSearchResponse401
    | GetV2TemplateSearchResponse500
    | GetV2TemplateSearchResponseDefault
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
    scope: GetV2TemplateSearchScope | Unset = GetV2TemplateSearchScope.PUBLIC_PRIVATE,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    fields: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    q: str | Unset = UNSET,
    highlight: bool | Unset = False,
    facet_size: int | Unset = 5,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV2TemplateSearchResponse200
    | GetV2TemplateSearchResponse400
    | GetV2TemplateSearchResponse401
    | GetV2TemplateSearchResponse500
    | GetV2TemplateSearchResponseDefault
]:
    """Search Templates

     Search templates with filtering, sorting, and faceting capabilities

    Args:
        scope (GetV2TemplateSearchScope | Unset):  Default:
            GetV2TemplateSearchScope.PUBLIC_PRIVATE.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        fields (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        q (str | Unset):
        highlight (bool | Unset):  Default: False.
        facet_size (int | Unset):  Default: 5.
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV2TemplateSearchResponse200 | GetV2TemplateSearchResponse400 | GetV2TemplateSearchResponse401 | GetV2TemplateSearchResponse500 | GetV2TemplateSearchResponseDefault]
    """

    kwargs = _get_kwargs(
        scope=scope,
        limit=limit,
        offset=offset,
        fields=fields,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        q=q,
        highlight=highlight,
        facet_size=facet_size,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    scope: GetV2TemplateSearchScope | Unset = GetV2TemplateSearchScope.PUBLIC_PRIVATE,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    fields: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    q: str | Unset = UNSET,
    highlight: bool | Unset = False,
    facet_size: int | Unset = 5,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV2TemplateSearchResponse200
    | GetV2TemplateSearchResponse400
    | GetV2TemplateSearchResponse401
    | GetV2TemplateSearchResponse500
    | GetV2TemplateSearchResponseDefault
    | None
):
    """Search Templates

     Search templates with filtering, sorting, and faceting capabilities

    Args:
        scope (GetV2TemplateSearchScope | Unset):  Default:
            GetV2TemplateSearchScope.PUBLIC_PRIVATE.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        fields (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        q (str | Unset):
        highlight (bool | Unset):  Default: False.
        facet_size (int | Unset):  Default: 5.
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV2TemplateSearchResponse200 | GetV2TemplateSearchResponse400 | GetV2TemplateSearchResponse401 | GetV2TemplateSearchResponse500 | GetV2TemplateSearchResponseDefault
    """

    return sync_detailed(
        client=client,
        scope=scope,
        limit=limit,
        offset=offset,
        fields=fields,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        q=q,
        highlight=highlight,
        facet_size=facet_size,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scope: GetV2TemplateSearchScope | Unset = GetV2TemplateSearchScope.PUBLIC_PRIVATE,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    fields: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    q: str | Unset = UNSET,
    highlight: bool | Unset = False,
    facet_size: int | Unset = 5,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV2TemplateSearchResponse200
    | GetV2TemplateSearchResponse400
    | GetV2TemplateSearchResponse401
    | GetV2TemplateSearchResponse500
    | GetV2TemplateSearchResponseDefault
]:
    """Search Templates

     Search templates with filtering, sorting, and faceting capabilities

    Args:
        scope (GetV2TemplateSearchScope | Unset):  Default:
            GetV2TemplateSearchScope.PUBLIC_PRIVATE.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        fields (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        q (str | Unset):
        highlight (bool | Unset):  Default: False.
        facet_size (int | Unset):  Default: 5.
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV2TemplateSearchResponse200 | GetV2TemplateSearchResponse400 | GetV2TemplateSearchResponse401 | GetV2TemplateSearchResponse500 | GetV2TemplateSearchResponseDefault]
    """

    kwargs = _get_kwargs(
        scope=scope,
        limit=limit,
        offset=offset,
        fields=fields,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        q=q,
        highlight=highlight,
        facet_size=facet_size,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scope: GetV2TemplateSearchScope | Unset = GetV2TemplateSearchScope.PUBLIC_PRIVATE,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    fields: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    q: str | Unset = UNSET,
    highlight: bool | Unset = False,
    facet_size: int | Unset = 5,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV2TemplateSearchResponse200
    | GetV2TemplateSearchResponse400
    | GetV2TemplateSearchResponse401
    | GetV2TemplateSearchResponse500
    | GetV2TemplateSearchResponseDefault
    | None
):
    """Search Templates

     Search templates with filtering, sorting, and faceting capabilities

    Args:
        scope (GetV2TemplateSearchScope | Unset):  Default:
            GetV2TemplateSearchScope.PUBLIC_PRIVATE.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        fields (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        q (str | Unset):
        highlight (bool | Unset):  Default: False.
        facet_size (int | Unset):  Default: 5.
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV2TemplateSearchResponse200 | GetV2TemplateSearchResponse400 | GetV2TemplateSearchResponse401 | GetV2TemplateSearchResponse500 | GetV2TemplateSearchResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
            limit=limit,
            offset=offset,
            fields=fields,
            sort_asc=sort_asc,
            sort_desc=sort_desc,
            q=q,
            highlight=highlight,
            facet_size=facet_size,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_template_share_response_200 import GetV1TemplateShareResponse200
from ...models.get_v1_template_share_response_400 import GetV1TemplateShareResponse400
from ...models.get_v1_template_share_response_401 import GetV1TemplateShareResponse401
from ...models.get_v1_template_share_response_404 import GetV1TemplateShareResponse404
from ...models.get_v1_template_share_response_500 import GetV1TemplateShareResponse500
from ...models.get_v1_template_share_response_default import (
    GetV1TemplateShareResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["limit"] = limit

    params["offset"] = offset

    params["sort_asc"] = sort_asc

    params["sort_desc"] = sort_desc

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/template/share",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1TemplateShareResponse200
    | GetV1TemplateShareResponse400
    | GetV1TemplateShareResponse401
    | GetV1TemplateShareResponse404
    | GetV1TemplateShareResponse500
    | GetV1TemplateShareResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1TemplateShareResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1TemplateShareResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1TemplateShareResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetV1TemplateShareResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetV1TemplateShareResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1TemplateShareResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1TemplateShareResponse200
    | GetV1TemplateShareResponse400
    | GetV1TemplateShareResponse401
    | GetV1TemplateShareResponse404
    | GetV1TemplateShareResponse500
    | GetV1TemplateShareResponseDefault
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
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1TemplateShareResponse200
    | GetV1TemplateShareResponse400
    | GetV1TemplateShareResponse401
    | GetV1TemplateShareResponse404
    | GetV1TemplateShareResponse500
    | GetV1TemplateShareResponseDefault
]:
    """Get Shared Template List

     Shared template list

    Args:
        fields (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1TemplateShareResponse200 | GetV1TemplateShareResponse400 | GetV1TemplateShareResponse401 | GetV1TemplateShareResponse404 | GetV1TemplateShareResponse500 | GetV1TemplateShareResponseDefault]
    """

    kwargs = _get_kwargs(
        fields=fields,
        limit=limit,
        offset=offset,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1TemplateShareResponse200
    | GetV1TemplateShareResponse400
    | GetV1TemplateShareResponse401
    | GetV1TemplateShareResponse404
    | GetV1TemplateShareResponse500
    | GetV1TemplateShareResponseDefault
    | None
):
    """Get Shared Template List

     Shared template list

    Args:
        fields (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1TemplateShareResponse200 | GetV1TemplateShareResponse400 | GetV1TemplateShareResponse401 | GetV1TemplateShareResponse404 | GetV1TemplateShareResponse500 | GetV1TemplateShareResponseDefault
    """

    return sync_detailed(
        client=client,
        fields=fields,
        limit=limit,
        offset=offset,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1TemplateShareResponse200
    | GetV1TemplateShareResponse400
    | GetV1TemplateShareResponse401
    | GetV1TemplateShareResponse404
    | GetV1TemplateShareResponse500
    | GetV1TemplateShareResponseDefault
]:
    """Get Shared Template List

     Shared template list

    Args:
        fields (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1TemplateShareResponse200 | GetV1TemplateShareResponse400 | GetV1TemplateShareResponse401 | GetV1TemplateShareResponse404 | GetV1TemplateShareResponse500 | GetV1TemplateShareResponseDefault]
    """

    kwargs = _get_kwargs(
        fields=fields,
        limit=limit,
        offset=offset,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1TemplateShareResponse200
    | GetV1TemplateShareResponse400
    | GetV1TemplateShareResponse401
    | GetV1TemplateShareResponse404
    | GetV1TemplateShareResponse500
    | GetV1TemplateShareResponseDefault
    | None
):
    """Get Shared Template List

     Shared template list

    Args:
        fields (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1TemplateShareResponse200 | GetV1TemplateShareResponse400 | GetV1TemplateShareResponse401 | GetV1TemplateShareResponse404 | GetV1TemplateShareResponse500 | GetV1TemplateShareResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            limit=limit,
            offset=offset,
            sort_asc=sort_asc,
            sort_desc=sort_desc,
            x_team_id=x_team_id,
        )
    ).parsed

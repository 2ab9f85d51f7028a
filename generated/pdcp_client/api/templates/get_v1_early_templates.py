from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_early_templates_response_200 import GetV1EarlyTemplatesResponse200
from ...models.get_v1_early_templates_response_400 import GetV1EarlyTemplatesResponse400
from ...models.get_v1_early_templates_response_403 import GetV1EarlyTemplatesResponse403
from ...models.get_v1_early_templates_response_500 import GetV1EarlyTemplatesResponse500
from ...models.get_v1_early_templates_response_default import (
    GetV1EarlyTemplatesResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/template/early",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1EarlyTemplatesResponse200
    | GetV1EarlyTemplatesResponse400
    | GetV1EarlyTemplatesResponse403
    | GetV1EarlyTemplatesResponse500
    | GetV1EarlyTemplatesResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1EarlyTemplatesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1EarlyTemplatesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetV1EarlyTemplatesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = GetV1EarlyTemplatesResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1EarlyTemplatesResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1EarlyTemplatesResponse200
    | GetV1EarlyTemplatesResponse400
    | GetV1EarlyTemplatesResponse403
    | GetV1EarlyTemplatesResponse500
    | GetV1EarlyTemplatesResponseDefault
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
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1EarlyTemplatesResponse200
    | GetV1EarlyTemplatesResponse400
    | GetV1EarlyTemplatesResponse403
    | GetV1EarlyTemplatesResponse500
    | GetV1EarlyTemplatesResponseDefault
]:
    """Get Early Template List

     Get pdcp early template lists

    Args:
        offset (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1EarlyTemplatesResponse200 | GetV1EarlyTemplatesResponse400 | GetV1EarlyTemplatesResponse403 | GetV1EarlyTemplatesResponse500 | GetV1EarlyTemplatesResponseDefault]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        fields=fields,
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
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1EarlyTemplatesResponse200
    | GetV1EarlyTemplatesResponse400
    | GetV1EarlyTemplatesResponse403
    | GetV1EarlyTemplatesResponse500
    | GetV1EarlyTemplatesResponseDefault
    | None
):
    """Get Early Template List

     Get pdcp early template lists

    Args:
        offset (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1EarlyTemplatesResponse200 | GetV1EarlyTemplatesResponse400 | GetV1EarlyTemplatesResponse403 | GetV1EarlyTemplatesResponse500 | GetV1EarlyTemplatesResponseDefault
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        fields=fields,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1EarlyTemplatesResponse200
    | GetV1EarlyTemplatesResponse400
    | GetV1EarlyTemplatesResponse403
    | GetV1EarlyTemplatesResponse500
    | GetV1EarlyTemplatesResponseDefault
]:
    """Get Early Template List

     Get pdcp early template lists

    Args:
        offset (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1EarlyTemplatesResponse200 | GetV1EarlyTemplatesResponse400 | GetV1EarlyTemplatesResponse403 | GetV1EarlyTemplatesResponse500 | GetV1EarlyTemplatesResponseDefault]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        fields=fields,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1EarlyTemplatesResponse200
    | GetV1EarlyTemplatesResponse400
    | GetV1EarlyTemplatesResponse403
    | GetV1EarlyTemplatesResponse500
    | GetV1EarlyTemplatesResponseDefault
    | None
):
    """Get Early Template List

     Get pdcp early template lists

    Args:
        offset (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1EarlyTemplatesResponse200 | GetV1EarlyTemplatesResponse400 | GetV1EarlyTemplatesResponse403 | GetV1EarlyTemplatesResponse500 | GetV1EarlyTemplatesResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            fields=fields,
            x_team_id=x_team_id,
        )
    ).parsed

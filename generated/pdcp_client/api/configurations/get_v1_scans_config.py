from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.config_response import ConfigResponse
from ...models.get_v1_scans_config_response_400 import GetV1ScansConfigResponse400
from ...models.get_v1_scans_config_response_401 import GetV1ScansConfigResponse401
from ...models.get_v1_scans_config_response_403 import GetV1ScansConfigResponse403
from ...models.get_v1_scans_config_response_500 import GetV1ScansConfigResponse500
from ...models.get_v1_scans_config_response_default import (
    GetV1ScansConfigResponseDefault,
)
from ...models.get_v1_scans_config_type import GetV1ScansConfigType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: GetV1ScansConfigType | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["search"] = search

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans/config",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1ScansConfigResponse400
    | GetV1ScansConfigResponse401
    | GetV1ScansConfigResponse403
    | GetV1ScansConfigResponse500
    | GetV1ScansConfigResponseDefault
    | list[ConfigResponse]
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ConfigResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = GetV1ScansConfigResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1ScansConfigResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetV1ScansConfigResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = GetV1ScansConfigResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1ScansConfigResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1ScansConfigResponse400
    | GetV1ScansConfigResponse401
    | GetV1ScansConfigResponse403
    | GetV1ScansConfigResponse500
    | GetV1ScansConfigResponseDefault
    | list[ConfigResponse]
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
    type_: GetV1ScansConfigType | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ScansConfigResponse400
    | GetV1ScansConfigResponse401
    | GetV1ScansConfigResponse403
    | GetV1ScansConfigResponse500
    | GetV1ScansConfigResponseDefault
    | list[ConfigResponse]
]:
    """Get Configs List

     Get user scan configurations list

    Args:
        type_ (GetV1ScansConfigType | Unset):
        search (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansConfigResponse400 | GetV1ScansConfigResponse401 | GetV1ScansConfigResponse403 | GetV1ScansConfigResponse500 | GetV1ScansConfigResponseDefault | list[ConfigResponse]]
    """

    kwargs = _get_kwargs(
        type_=type_,
        search=search,
        limit=limit,
        offset=offset,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: GetV1ScansConfigType | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ScansConfigResponse400
    | GetV1ScansConfigResponse401
    | GetV1ScansConfigResponse403
    | GetV1ScansConfigResponse500
    | GetV1ScansConfigResponseDefault
    | list[ConfigResponse]
    | None
):
    """Get Configs List

     Get user scan configurations list

    Args:
        type_ (GetV1ScansConfigType | Unset):
        search (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansConfigResponse400 | GetV1ScansConfigResponse401 | GetV1ScansConfigResponse403 | GetV1ScansConfigResponse500 | GetV1ScansConfigResponseDefault | list[ConfigResponse]
    """

    return sync_detailed(
        client=client,
        type_=type_,
        search=search,
        limit=limit,
        offset=offset,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: GetV1ScansConfigType | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ScansConfigResponse400
    | GetV1ScansConfigResponse401
    | GetV1ScansConfigResponse403
    | GetV1ScansConfigResponse500
    | GetV1ScansConfigResponseDefault
    | list[ConfigResponse]
]:
    """Get Configs List

     Get user scan configurations list

    Args:
        type_ (GetV1ScansConfigType | Unset):
        search (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansConfigResponse400 | GetV1ScansConfigResponse401 | GetV1ScansConfigResponse403 | GetV1ScansConfigResponse500 | GetV1ScansConfigResponseDefault | list[ConfigResponse]]
    """

    kwargs = _get_kwargs(
        type_=type_,
        search=search,
        limit=limit,
        offset=offset,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: GetV1ScansConfigType | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ScansConfigResponse400
    | GetV1ScansConfigResponse401
    | GetV1ScansConfigResponse403
    | GetV1ScansConfigResponse500
    | GetV1ScansConfigResponseDefault
    | list[ConfigResponse]
    | None
):
    """Get Configs List

     Get user scan configurations list

    Args:
        type_ (GetV1ScansConfigType | Unset):
        search (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansConfigResponse400 | GetV1ScansConfigResponse401 | GetV1ScansConfigResponse403 | GetV1ScansConfigResponse500 | GetV1ScansConfigResponseDefault | list[ConfigResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            search=search,
            limit=limit,
            offset=offset,
            x_team_id=x_team_id,
        )
    ).parsed

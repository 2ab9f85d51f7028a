from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_asset_enumerate_body import PostV1AssetEnumerateBody
from ...models.post_v1_asset_enumerate_response_200 import (
    PostV1AssetEnumerateResponse200,
)
from ...models.post_v1_asset_enumerate_response_400 import (
    PostV1AssetEnumerateResponse400,
)
from ...models.post_v1_asset_enumerate_response_401 import (
    PostV1AssetEnumerateResponse401,
)
from ...models.post_v1_asset_enumerate_response_403 import (
    PostV1AssetEnumerateResponse403,
)
from ...models.post_v1_asset_enumerate_response_500 import (
    PostV1AssetEnumerateResponse500,
)
from ...models.post_v1_asset_enumerate_response_default import (
    PostV1AssetEnumerateResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostV1AssetEnumerateBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/asset/enumerate",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostV1AssetEnumerateResponse200
    | PostV1AssetEnumerateResponse400
    | PostV1AssetEnumerateResponse401
    | PostV1AssetEnumerateResponse403
    | PostV1AssetEnumerateResponse500
    | PostV1AssetEnumerateResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1AssetEnumerateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1AssetEnumerateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1AssetEnumerateResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PostV1AssetEnumerateResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = PostV1AssetEnumerateResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1AssetEnumerateResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1AssetEnumerateResponse200
    | PostV1AssetEnumerateResponse400
    | PostV1AssetEnumerateResponse401
    | PostV1AssetEnumerateResponse403
    | PostV1AssetEnumerateResponse500
    | PostV1AssetEnumerateResponseDefault
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
    body: PostV1AssetEnumerateBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1AssetEnumerateResponse200
    | PostV1AssetEnumerateResponse400
    | PostV1AssetEnumerateResponse401
    | PostV1AssetEnumerateResponse403
    | PostV1AssetEnumerateResponse500
    | PostV1AssetEnumerateResponseDefault
]:
    """Create Enumeration

     Create a new enumeration

    Args:
        x_team_id (str | Unset):
        body (PostV1AssetEnumerateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1AssetEnumerateResponse200 | PostV1AssetEnumerateResponse400 | PostV1AssetEnumerateResponse401 | PostV1AssetEnumerateResponse403 | PostV1AssetEnumerateResponse500 | PostV1AssetEnumerateResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PostV1AssetEnumerateBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1AssetEnumerateResponse200
    | PostV1AssetEnumerateResponse400
    | PostV1AssetEnumerateResponse401
    | PostV1AssetEnumerateResponse403
    | PostV1AssetEnumerateResponse500
    | PostV1AssetEnumerateResponseDefault
    | None
):
    """Create Enumeration

     Create a new enumeration

    Args:
        x_team_id (str | Unset):
        body (PostV1AssetEnumerateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1AssetEnumerateResponse200 | PostV1AssetEnumerateResponse400 | PostV1AssetEnumerateResponse401 | PostV1AssetEnumerateResponse403 | PostV1AssetEnumerateResponse500 | PostV1AssetEnumerateResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostV1AssetEnumerateBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1AssetEnumerateResponse200
    | PostV1AssetEnumerateResponse400
    | PostV1AssetEnumerateResponse401
    | PostV1AssetEnumerateResponse403
    | PostV1AssetEnumerateResponse500
    | PostV1AssetEnumerateResponseDefault
]:
    """Create Enumeration

     Create a new enumeration

    Args:
        x_team_id (str | Unset):
        body (PostV1AssetEnumerateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1AssetEnumerateResponse200 | PostV1AssetEnumerateResponse400 | PostV1AssetEnumerateResponse401 | PostV1AssetEnumerateResponse403 | PostV1AssetEnumerateResponse500 | PostV1AssetEnumerateResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostV1AssetEnumerateBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1AssetEnumerateResponse200
    | PostV1AssetEnumerateResponse400
    | PostV1AssetEnumerateResponse401
    | PostV1AssetEnumerateResponse403
    | PostV1AssetEnumerateResponse500
    | PostV1AssetEnumerateResponseDefault
    | None
):
    """Create Enumeration

     Create a new enumeration

    Args:
        x_team_id (str | Unset):
        body (PostV1AssetEnumerateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1AssetEnumerateResponse200 | PostV1AssetEnumerateResponse400 | PostV1AssetEnumerateResponse401 | PostV1AssetEnumerateResponse403 | PostV1AssetEnumerateResponse500 | PostV1AssetEnumerateResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

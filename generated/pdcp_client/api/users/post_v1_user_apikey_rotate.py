from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_user_apikey_rotate_response_200 import (
    PostV1UserApikeyRotateResponse200,
)
from ...models.post_v1_user_apikey_rotate_response_400 import (
    PostV1UserApikeyRotateResponse400,
)
from ...models.post_v1_user_apikey_rotate_response_401 import (
    PostV1UserApikeyRotateResponse401,
)
from ...models.post_v1_user_apikey_rotate_response_404 import (
    PostV1UserApikeyRotateResponse404,
)
from ...models.post_v1_user_apikey_rotate_response_500 import (
    PostV1UserApikeyRotateResponse500,
)
from ...models.post_v1_user_apikey_rotate_response_default import (
    PostV1UserApikeyRotateResponseDefault,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/user/apikey/rotate",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostV1UserApikeyRotateResponse200
    | PostV1UserApikeyRotateResponse400
    | PostV1UserApikeyRotateResponse401
    | PostV1UserApikeyRotateResponse404
    | PostV1UserApikeyRotateResponse500
    | PostV1UserApikeyRotateResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1UserApikeyRotateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1UserApikeyRotateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1UserApikeyRotateResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PostV1UserApikeyRotateResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = PostV1UserApikeyRotateResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1UserApikeyRotateResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1UserApikeyRotateResponse200
    | PostV1UserApikeyRotateResponse400
    | PostV1UserApikeyRotateResponse401
    | PostV1UserApikeyRotateResponse404
    | PostV1UserApikeyRotateResponse500
    | PostV1UserApikeyRotateResponseDefault
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
) -> Response[
    PostV1UserApikeyRotateResponse200
    | PostV1UserApikeyRotateResponse400
    | PostV1UserApikeyRotateResponse401
    | PostV1UserApikeyRotateResponse404
    | PostV1UserApikeyRotateResponse500
    | PostV1UserApikeyRotateResponseDefault
]:
    """Rotate API Key

     Rotate user api-key

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1UserApikeyRotateResponse200 | PostV1UserApikeyRotateResponse400 | PostV1UserApikeyRotateResponse401 | PostV1UserApikeyRotateResponse404 | PostV1UserApikeyRotateResponse500 | PostV1UserApikeyRotateResponseDefault]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    PostV1UserApikeyRotateResponse200
    | PostV1UserApikeyRotateResponse400
    | PostV1UserApikeyRotateResponse401
    | PostV1UserApikeyRotateResponse404
    | PostV1UserApikeyRotateResponse500
    | PostV1UserApikeyRotateResponseDefault
    | None
):
    """Rotate API Key

     Rotate user api-key

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1UserApikeyRotateResponse200 | PostV1UserApikeyRotateResponse400 | PostV1UserApikeyRotateResponse401 | PostV1UserApikeyRotateResponse404 | PostV1UserApikeyRotateResponse500 | PostV1UserApikeyRotateResponseDefault
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    PostV1UserApikeyRotateResponse200
    | PostV1UserApikeyRotateResponse400
    | PostV1UserApikeyRotateResponse401
    | PostV1UserApikeyRotateResponse404
    | PostV1UserApikeyRotateResponse500
    | PostV1UserApikeyRotateResponseDefault
]:
    """Rotate API Key

     Rotate user api-key

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1UserApikeyRotateResponse200 | PostV1UserApikeyRotateResponse400 | PostV1UserApikeyRotateResponse401 | PostV1UserApikeyRotateResponse404 | PostV1UserApikeyRotateResponse500 | PostV1UserApikeyRotateResponseDefault]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    PostV1UserApikeyRotateResponse200
    | PostV1UserApikeyRotateResponse400
    | PostV1UserApikeyRotateResponse401
    | PostV1UserApikeyRotateResponse404
    | PostV1UserApikeyRotateResponse500
    | PostV1UserApikeyRotateResponseDefault
    | None
):
    """Rotate API Key

     Rotate user api-key

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1UserApikeyRotateResponse200 | PostV1UserApikeyRotateResponse400 | PostV1UserApikeyRotateResponse401 | PostV1UserApikeyRotateResponse404 | PostV1UserApikeyRotateResponse500 | PostV1UserApikeyRotateResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_user_apikey_response_200 import GetV1UserApikeyResponse200
from ...models.get_v1_user_apikey_response_400 import GetV1UserApikeyResponse400
from ...models.get_v1_user_apikey_response_401 import GetV1UserApikeyResponse401
from ...models.get_v1_user_apikey_response_404 import GetV1UserApikeyResponse404
from ...models.get_v1_user_apikey_response_500 import GetV1UserApikeyResponse500
from ...models.get_v1_user_apikey_response_default import GetV1UserApikeyResponseDefault
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/user/apikey",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1UserApikeyResponse200
    | GetV1UserApikeyResponse400
    | GetV1UserApikeyResponse401
    | GetV1UserApikeyResponse404
    | GetV1UserApikeyResponse500
    | GetV1UserApikeyResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1UserApikeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1UserApikeyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1UserApikeyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetV1UserApikeyResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetV1UserApikeyResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1UserApikeyResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1UserApikeyResponse200
    | GetV1UserApikeyResponse400
    | GetV1UserApikeyResponse401
    | GetV1UserApikeyResponse404
    | GetV1UserApikeyResponse500
    | GetV1UserApikeyResponseDefault
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
    GetV1UserApikeyResponse200
    | GetV1UserApikeyResponse400
    | GetV1UserApikeyResponse401
    | GetV1UserApikeyResponse404
    | GetV1UserApikeyResponse500
    | GetV1UserApikeyResponseDefault
]:
    """Get API Key

     Get user api-key

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1UserApikeyResponse200 | GetV1UserApikeyResponse400 | GetV1UserApikeyResponse401 | GetV1UserApikeyResponse404 | GetV1UserApikeyResponse500 | GetV1UserApikeyResponseDefault]
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
    GetV1UserApikeyResponse200
    | GetV1UserApikeyResponse400
    | GetV1UserApikeyResponse401
    | GetV1UserApikeyResponse404
    | GetV1UserApikeyResponse500
    | GetV1UserApikeyResponseDefault
    | None
):
    """Get API Key

     Get user api-key

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1UserApikeyResponse200 | GetV1UserApikeyResponse400 | GetV1UserApikeyResponse401 | GetV1UserApikeyResponse404 | GetV1UserApikeyResponse500 | GetV1UserApikeyResponseDefault
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    GetV1UserApikeyResponse200
    | GetV1UserApikeyResponse400
    | GetV1UserApikeyResponse401
    | GetV1UserApikeyResponse404
    | GetV1UserApikeyResponse500
    | GetV1UserApikeyResponseDefault
]:
    """Get API Key

     Get user api-key

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1UserApikeyResponse200 | GetV1UserApikeyResponse400 | GetV1UserApikeyResponse401 | GetV1UserApikeyResponse404 | GetV1UserApikeyResponse500 | GetV1UserApikeyResponseDefault]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    GetV1UserApikeyResponse200
    | GetV1UserApikeyResponse400
    | GetV1UserApikeyResponse401
    | GetV1UserApikeyResponse404
    | GetV1UserApikeyResponse500
    | GetV1UserApikeyResponseDefault
    | None
):
    """Get API Key

     Get user api-key

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1UserApikeyResponse200 | GetV1UserApikeyResponse400 | GetV1UserApikeyResponse401 | GetV1UserApikeyResponse404 | GetV1UserApikeyResponse500 | GetV1UserApikeyResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_leaks_info_body import PostV1LeaksInfoBody
from ...models.post_v1_leaks_info_response_200 import PostV1LeaksInfoResponse200
from ...models.post_v1_leaks_info_response_400 import PostV1LeaksInfoResponse400
from ...models.post_v1_leaks_info_response_401 import PostV1LeaksInfoResponse401
from ...models.post_v1_leaks_info_response_403 import PostV1LeaksInfoResponse403
from ...models.post_v1_leaks_info_response_404 import PostV1LeaksInfoResponse404
from ...models.post_v1_leaks_info_response_500 import PostV1LeaksInfoResponse500
from ...models.post_v1_leaks_info_response_default import PostV1LeaksInfoResponseDefault
from ...types import Response


def _get_kwargs(
    *,
    body: PostV1LeaksInfoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/leaks/info",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostV1LeaksInfoResponse200
    | PostV1LeaksInfoResponse400
    | PostV1LeaksInfoResponse401
    | PostV1LeaksInfoResponse403
    | PostV1LeaksInfoResponse404
    | PostV1LeaksInfoResponse500
    | PostV1LeaksInfoResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1LeaksInfoResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1LeaksInfoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1LeaksInfoResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PostV1LeaksInfoResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PostV1LeaksInfoResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = PostV1LeaksInfoResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1LeaksInfoResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1LeaksInfoResponse200
    | PostV1LeaksInfoResponse400
    | PostV1LeaksInfoResponse401
    | PostV1LeaksInfoResponse403
    | PostV1LeaksInfoResponse404
    | PostV1LeaksInfoResponse500
    | PostV1LeaksInfoResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostV1LeaksInfoBody,
) -> Response[
    PostV1LeaksInfoResponse200
    | PostV1LeaksInfoResponse400
    | PostV1LeaksInfoResponse401
    | PostV1LeaksInfoResponse403
    | PostV1LeaksInfoResponse404
    | PostV1LeaksInfoResponse500
    | PostV1LeaksInfoResponseDefault
]:
    """Get leak information by ID

     Retrieve detailed leak information by leak ID. Passwords are unmasked after domain verification. See
    [Domain Verification](/cloud/credential-monitoring#domain-verification) for setup instructions.

    Args:
        body (PostV1LeaksInfoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1LeaksInfoResponse200 | PostV1LeaksInfoResponse400 | PostV1LeaksInfoResponse401 | PostV1LeaksInfoResponse403 | PostV1LeaksInfoResponse404 | PostV1LeaksInfoResponse500 | PostV1LeaksInfoResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PostV1LeaksInfoBody,
) -> (
    PostV1LeaksInfoResponse200
    | PostV1LeaksInfoResponse400
    | PostV1LeaksInfoResponse401
    | PostV1LeaksInfoResponse403
    | PostV1LeaksInfoResponse404
    | PostV1LeaksInfoResponse500
    | PostV1LeaksInfoResponseDefault
    | None
):
    """Get leak information by ID

     Retrieve detailed leak information by leak ID. Passwords are unmasked after domain verification. See
    [Domain Verification](/cloud/credential-monitoring#domain-verification) for setup instructions.

    Args:
        body (PostV1LeaksInfoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1LeaksInfoResponse200 | PostV1LeaksInfoResponse400 | PostV1LeaksInfoResponse401 | PostV1LeaksInfoResponse403 | PostV1LeaksInfoResponse404 | PostV1LeaksInfoResponse500 | PostV1LeaksInfoResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostV1LeaksInfoBody,
) -> Response[
    PostV1LeaksInfoResponse200
    | PostV1LeaksInfoResponse400
    | PostV1LeaksInfoResponse401
    | PostV1LeaksInfoResponse403
    | PostV1LeaksInfoResponse404
    | PostV1LeaksInfoResponse500
    | PostV1LeaksInfoResponseDefault
]:
    """Get leak information by ID

     Retrieve detailed leak information by leak ID. Passwords are unmasked after domain verification. See
    [Domain Verification](/cloud/credential-monitoring#domain-verification) for setup instructions.

    Args:
        body (PostV1LeaksInfoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1LeaksInfoResponse200 | PostV1LeaksInfoResponse400 | PostV1LeaksInfoResponse401 | PostV1LeaksInfoResponse403 | PostV1LeaksInfoResponse404 | PostV1LeaksInfoResponse500 | PostV1LeaksInfoResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostV1LeaksInfoBody,
) -> (
    PostV1LeaksInfoResponse200
    | PostV1LeaksInfoResponse400
    | PostV1LeaksInfoResponse401
    | PostV1LeaksInfoResponse403
    | PostV1LeaksInfoResponse404
    | PostV1LeaksInfoResponse500
    | PostV1LeaksInfoResponseDefault
    | None
):
    """Get leak information by ID

     Retrieve detailed leak information by leak ID. Passwords are unmasked after domain verification. See
    [Domain Verification](/cloud/credential-monitoring#domain-verification) for setup instructions.

    Args:
        body (PostV1LeaksInfoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1LeaksInfoResponse200 | PostV1LeaksInfoResponse400 | PostV1LeaksInfoResponse401 | PostV1LeaksInfoResponse403 | PostV1LeaksInfoResponse404 | PostV1LeaksInfoResponse500 | PostV1LeaksInfoResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

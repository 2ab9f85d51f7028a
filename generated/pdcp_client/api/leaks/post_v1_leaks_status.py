from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_leaks_status_body import PostV1LeaksStatusBody
from ...models.post_v1_leaks_status_response_200 import PostV1LeaksStatusResponse200
from ...models.post_v1_leaks_status_response_400 import PostV1LeaksStatusResponse400
from ...models.post_v1_leaks_status_response_401 import PostV1LeaksStatusResponse401
from ...models.post_v1_leaks_status_response_403 import PostV1LeaksStatusResponse403
from ...models.post_v1_leaks_status_response_404 import PostV1LeaksStatusResponse404
from ...models.post_v1_leaks_status_response_500 import PostV1LeaksStatusResponse500
from ...models.post_v1_leaks_status_response_default import (
    PostV1LeaksStatusResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostV1LeaksStatusBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/leaks/status",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostV1LeaksStatusResponse200
    | PostV1LeaksStatusResponse400
    | PostV1LeaksStatusResponse401
    | PostV1LeaksStatusResponse403
    | PostV1LeaksStatusResponse404
    | PostV1LeaksStatusResponse500
    | PostV1LeaksStatusResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1LeaksStatusResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1LeaksStatusResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1LeaksStatusResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PostV1LeaksStatusResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PostV1LeaksStatusResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = PostV1LeaksStatusResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1LeaksStatusResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1LeaksStatusResponse200
    | PostV1LeaksStatusResponse400
    | PostV1LeaksStatusResponse401
    | PostV1LeaksStatusResponse403
    | PostV1LeaksStatusResponse404
    | PostV1LeaksStatusResponse500
    | PostV1LeaksStatusResponseDefault
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
    body: PostV1LeaksStatusBody | Unset = UNSET,
) -> Response[
    PostV1LeaksStatusResponse200
    | PostV1LeaksStatusResponse400
    | PostV1LeaksStatusResponse401
    | PostV1LeaksStatusResponse403
    | PostV1LeaksStatusResponse404
    | PostV1LeaksStatusResponse500
    | PostV1LeaksStatusResponseDefault
]:
    """Update leak status

     Mark leaks as fixed or reopen them. Requires authentication and domain verification for
    employee/customer leaks. See [Domain Verification](/cloud/credential-monitoring#domain-verification)
    for setup instructions.

    Args:
        body (PostV1LeaksStatusBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1LeaksStatusResponse200 | PostV1LeaksStatusResponse400 | PostV1LeaksStatusResponse401 | PostV1LeaksStatusResponse403 | PostV1LeaksStatusResponse404 | PostV1LeaksStatusResponse500 | PostV1LeaksStatusResponseDefault]
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
    body: PostV1LeaksStatusBody | Unset = UNSET,
) -> (
    PostV1LeaksStatusResponse200
    | PostV1LeaksStatusResponse400
    | PostV1LeaksStatusResponse401
    | PostV1LeaksStatusResponse403
    | PostV1LeaksStatusResponse404
    | PostV1LeaksStatusResponse500
    | PostV1LeaksStatusResponseDefault
    | None
):
    """Update leak status

     Mark leaks as fixed or reopen them. Requires authentication and domain verification for
    employee/customer leaks. See [Domain Verification](/cloud/credential-monitoring#domain-verification)
    for setup instructions.

    Args:
        body (PostV1LeaksStatusBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1LeaksStatusResponse200 | PostV1LeaksStatusResponse400 | PostV1LeaksStatusResponse401 | PostV1LeaksStatusResponse403 | PostV1LeaksStatusResponse404 | PostV1LeaksStatusResponse500 | PostV1LeaksStatusResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostV1LeaksStatusBody | Unset = UNSET,
) -> Response[
    PostV1LeaksStatusResponse200
    | PostV1LeaksStatusResponse400
    | PostV1LeaksStatusResponse401
    | PostV1LeaksStatusResponse403
    | PostV1LeaksStatusResponse404
    | PostV1LeaksStatusResponse500
    | PostV1LeaksStatusResponseDefault
]:
    """Update leak status

     Mark leaks as fixed or reopen them. Requires authentication and domain verification for
    employee/customer leaks. See [Domain Verification](/cloud/credential-monitoring#domain-verification)
    for setup instructions.

    Args:
        body (PostV1LeaksStatusBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1LeaksStatusResponse200 | PostV1LeaksStatusResponse400 | PostV1LeaksStatusResponse401 | PostV1LeaksStatusResponse403 | PostV1LeaksStatusResponse404 | PostV1LeaksStatusResponse500 | PostV1LeaksStatusResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostV1LeaksStatusBody | Unset = UNSET,
) -> (
    PostV1LeaksStatusResponse200
    | PostV1LeaksStatusResponse400
    | PostV1LeaksStatusResponse401
    | PostV1LeaksStatusResponse403
    | PostV1LeaksStatusResponse404
    | PostV1LeaksStatusResponse500
    | PostV1LeaksStatusResponseDefault
    | None
):
    """Update leak status

     Mark leaks as fixed or reopen them. Requires authentication and domain verification for
    employee/customer leaks. See [Domain Verification](/cloud/credential-monitoring#domain-verification)
    for setup instructions.

    Args:
        body (PostV1LeaksStatusBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1LeaksStatusResponse200 | PostV1LeaksStatusResponse400 | PostV1LeaksStatusResponse401 | PostV1LeaksStatusResponse403 | PostV1LeaksStatusResponse404 | PostV1LeaksStatusResponse500 | PostV1LeaksStatusResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

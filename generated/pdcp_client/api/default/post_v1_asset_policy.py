from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_asset_policy_body import PostV1AssetPolicyBody
from ...models.post_v1_asset_policy_response_200 import PostV1AssetPolicyResponse200
from ...models.post_v1_asset_policy_response_400 import PostV1AssetPolicyResponse400
from ...models.post_v1_asset_policy_response_401 import PostV1AssetPolicyResponse401
from ...models.post_v1_asset_policy_response_404 import PostV1AssetPolicyResponse404
from ...models.post_v1_asset_policy_response_500 import PostV1AssetPolicyResponse500
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostV1AssetPolicyBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/asset/policy",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | PostV1AssetPolicyResponse200
    | PostV1AssetPolicyResponse400
    | PostV1AssetPolicyResponse401
    | PostV1AssetPolicyResponse404
    | PostV1AssetPolicyResponse500
):
    if response.status_code == 200:
        response_200 = PostV1AssetPolicyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1AssetPolicyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1AssetPolicyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PostV1AssetPolicyResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = PostV1AssetPolicyResponse500.from_dict(response.json())

        return response_500

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | PostV1AssetPolicyResponse200
    | PostV1AssetPolicyResponse400
    | PostV1AssetPolicyResponse401
    | PostV1AssetPolicyResponse404
    | PostV1AssetPolicyResponse500
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
    body: PostV1AssetPolicyBody | Unset = UNSET,
) -> Response[
    Any
    | PostV1AssetPolicyResponse200
    | PostV1AssetPolicyResponse400
    | PostV1AssetPolicyResponse401
    | PostV1AssetPolicyResponse404
    | PostV1AssetPolicyResponse500
]:
    """Create asset policy

     Create a new asset policy that automatically takes action on assets matching defined conditions.
    Supported actions: alert (send notifications), delete (remove assets), set_label (add labels), and
    remove_label (remove labels).

    Args:
        body (PostV1AssetPolicyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostV1AssetPolicyResponse200 | PostV1AssetPolicyResponse400 | PostV1AssetPolicyResponse401 | PostV1AssetPolicyResponse404 | PostV1AssetPolicyResponse500]
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
    body: PostV1AssetPolicyBody | Unset = UNSET,
) -> (
    Any
    | PostV1AssetPolicyResponse200
    | PostV1AssetPolicyResponse400
    | PostV1AssetPolicyResponse401
    | PostV1AssetPolicyResponse404
    | PostV1AssetPolicyResponse500
    | None
):
    """Create asset policy

     Create a new asset policy that automatically takes action on assets matching defined conditions.
    Supported actions: alert (send notifications), delete (remove assets), set_label (add labels), and
    remove_label (remove labels).

    Args:
        body (PostV1AssetPolicyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostV1AssetPolicyResponse200 | PostV1AssetPolicyResponse400 | PostV1AssetPolicyResponse401 | PostV1AssetPolicyResponse404 | PostV1AssetPolicyResponse500
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostV1AssetPolicyBody | Unset = UNSET,
) -> Response[
    Any
    | PostV1AssetPolicyResponse200
    | PostV1AssetPolicyResponse400
    | PostV1AssetPolicyResponse401
    | PostV1AssetPolicyResponse404
    | PostV1AssetPolicyResponse500
]:
    """Create asset policy

     Create a new asset policy that automatically takes action on assets matching defined conditions.
    Supported actions: alert (send notifications), delete (remove assets), set_label (add labels), and
    remove_label (remove labels).

    Args:
        body (PostV1AssetPolicyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostV1AssetPolicyResponse200 | PostV1AssetPolicyResponse400 | PostV1AssetPolicyResponse401 | PostV1AssetPolicyResponse404 | PostV1AssetPolicyResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostV1AssetPolicyBody | Unset = UNSET,
) -> (
    Any
    | PostV1AssetPolicyResponse200
    | PostV1AssetPolicyResponse400
    | PostV1AssetPolicyResponse401
    | PostV1AssetPolicyResponse404
    | PostV1AssetPolicyResponse500
    | None
):
    """Create asset policy

     Create a new asset policy that automatically takes action on assets matching defined conditions.
    Supported actions: alert (send notifications), delete (remove assets), set_label (add labels), and
    remove_label (remove labels).

    Args:
        body (PostV1AssetPolicyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostV1AssetPolicyResponse200 | PostV1AssetPolicyResponse400 | PostV1AssetPolicyResponse401 | PostV1AssetPolicyResponse404 | PostV1AssetPolicyResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

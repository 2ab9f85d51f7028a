from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.asset_policy_list_response import AssetPolicyListResponse
from ...models.get_v1_asset_policy_response_400 import GetV1AssetPolicyResponse400
from ...models.get_v1_asset_policy_response_401 import GetV1AssetPolicyResponse401
from ...models.get_v1_asset_policy_response_404 import GetV1AssetPolicyResponse404
from ...models.get_v1_asset_policy_response_500 import GetV1AssetPolicyResponse500
from ...models.get_v1_asset_policy_response_default import (
    GetV1AssetPolicyResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/asset/policy",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AssetPolicyListResponse
    | GetV1AssetPolicyResponse400
    | GetV1AssetPolicyResponse401
    | GetV1AssetPolicyResponse404
    | GetV1AssetPolicyResponse500
    | GetV1AssetPolicyResponseDefault
):
    if response.status_code == 200:
        response_200 = AssetPolicyListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1AssetPolicyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1AssetPolicyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetV1AssetPolicyResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetV1AssetPolicyResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1AssetPolicyResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AssetPolicyListResponse
    | GetV1AssetPolicyResponse400
    | GetV1AssetPolicyResponse401
    | GetV1AssetPolicyResponse404
    | GetV1AssetPolicyResponse500
    | GetV1AssetPolicyResponseDefault
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[
    AssetPolicyListResponse
    | GetV1AssetPolicyResponse400
    | GetV1AssetPolicyResponse401
    | GetV1AssetPolicyResponse404
    | GetV1AssetPolicyResponse500
    | GetV1AssetPolicyResponseDefault
]:
    """List asset policies

     List all asset policies configured for your account. Returns each policy with its conditions, action
    type, and execution metadata.

    Args:
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetPolicyListResponse | GetV1AssetPolicyResponse400 | GetV1AssetPolicyResponse401 | GetV1AssetPolicyResponse404 | GetV1AssetPolicyResponse500 | GetV1AssetPolicyResponseDefault]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> (
    AssetPolicyListResponse
    | GetV1AssetPolicyResponse400
    | GetV1AssetPolicyResponse401
    | GetV1AssetPolicyResponse404
    | GetV1AssetPolicyResponse500
    | GetV1AssetPolicyResponseDefault
    | None
):
    """List asset policies

     List all asset policies configured for your account. Returns each policy with its conditions, action
    type, and execution metadata.

    Args:
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetPolicyListResponse | GetV1AssetPolicyResponse400 | GetV1AssetPolicyResponse401 | GetV1AssetPolicyResponse404 | GetV1AssetPolicyResponse500 | GetV1AssetPolicyResponseDefault
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[
    AssetPolicyListResponse
    | GetV1AssetPolicyResponse400
    | GetV1AssetPolicyResponse401
    | GetV1AssetPolicyResponse404
    | GetV1AssetPolicyResponse500
    | GetV1AssetPolicyResponseDefault
]:
    """List asset policies

     List all asset policies configured for your account. Returns each policy with its conditions, action
    type, and execution metadata.

    Args:
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetPolicyListResponse | GetV1AssetPolicyResponse400 | GetV1AssetPolicyResponse401 | GetV1AssetPolicyResponse404 | GetV1AssetPolicyResponse500 | GetV1AssetPolicyResponseDefault]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> (
    AssetPolicyListResponse
    | GetV1AssetPolicyResponse400
    | GetV1AssetPolicyResponse401
    | GetV1AssetPolicyResponse404
    | GetV1AssetPolicyResponse500
    | GetV1AssetPolicyResponseDefault
    | None
):
    """List asset policies

     List all asset policies configured for your account. Returns each policy with its conditions, action
    type, and execution metadata.

    Args:
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetPolicyListResponse | GetV1AssetPolicyResponse400 | GetV1AssetPolicyResponse401 | GetV1AssetPolicyResponse404 | GetV1AssetPolicyResponse500 | GetV1AssetPolicyResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_asset_policy_policy_id_response_200 import (
    GetV1AssetPolicyPolicyIdResponse200,
)
from ...models.get_v1_asset_policy_policy_id_response_400 import (
    GetV1AssetPolicyPolicyIdResponse400,
)
from ...models.get_v1_asset_policy_policy_id_response_401 import (
    GetV1AssetPolicyPolicyIdResponse401,
)
from ...models.get_v1_asset_policy_policy_id_response_404 import (
    GetV1AssetPolicyPolicyIdResponse404,
)
from ...models.get_v1_asset_policy_policy_id_response_500 import (
    GetV1AssetPolicyPolicyIdResponse500,
)
from ...models.get_v1_asset_policy_policy_id_response_default import (
    GetV1AssetPolicyPolicyIdResponseDefault,
)
from ...types import Response


def _get_kwargs(
    policy_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/asset/policy/{policy_id}".format(
            policy_id=quote(str(policy_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1AssetPolicyPolicyIdResponse200
    | GetV1AssetPolicyPolicyIdResponse400
    | GetV1AssetPolicyPolicyIdResponse401
    | GetV1AssetPolicyPolicyIdResponse404
    | GetV1AssetPolicyPolicyIdResponse500
    | GetV1AssetPolicyPolicyIdResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1AssetPolicyPolicyIdResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1AssetPolicyPolicyIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1AssetPolicyPolicyIdResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetV1AssetPolicyPolicyIdResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetV1AssetPolicyPolicyIdResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1AssetPolicyPolicyIdResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1AssetPolicyPolicyIdResponse200
    | GetV1AssetPolicyPolicyIdResponse400
    | GetV1AssetPolicyPolicyIdResponse401
    | GetV1AssetPolicyPolicyIdResponse404
    | GetV1AssetPolicyPolicyIdResponse500
    | GetV1AssetPolicyPolicyIdResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetV1AssetPolicyPolicyIdResponse200
    | GetV1AssetPolicyPolicyIdResponse400
    | GetV1AssetPolicyPolicyIdResponse401
    | GetV1AssetPolicyPolicyIdResponse404
    | GetV1AssetPolicyPolicyIdResponse500
    | GetV1AssetPolicyPolicyIdResponseDefault
]:
    """Get asset policy

     Get a single asset policy by ID, including its conditions, action configuration, and execution
    metadata.

    Args:
        policy_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetPolicyPolicyIdResponse200 | GetV1AssetPolicyPolicyIdResponse400 | GetV1AssetPolicyPolicyIdResponse401 | GetV1AssetPolicyPolicyIdResponse404 | GetV1AssetPolicyPolicyIdResponse500 | GetV1AssetPolicyPolicyIdResponseDefault]
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetV1AssetPolicyPolicyIdResponse200
    | GetV1AssetPolicyPolicyIdResponse400
    | GetV1AssetPolicyPolicyIdResponse401
    | GetV1AssetPolicyPolicyIdResponse404
    | GetV1AssetPolicyPolicyIdResponse500
    | GetV1AssetPolicyPolicyIdResponseDefault
    | None
):
    """Get asset policy

     Get a single asset policy by ID, including its conditions, action configuration, and execution
    metadata.

    Args:
        policy_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetPolicyPolicyIdResponse200 | GetV1AssetPolicyPolicyIdResponse400 | GetV1AssetPolicyPolicyIdResponse401 | GetV1AssetPolicyPolicyIdResponse404 | GetV1AssetPolicyPolicyIdResponse500 | GetV1AssetPolicyPolicyIdResponseDefault
    """

    return sync_detailed(
        policy_id=policy_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetV1AssetPolicyPolicyIdResponse200
    | GetV1AssetPolicyPolicyIdResponse400
    | GetV1AssetPolicyPolicyIdResponse401
    | GetV1AssetPolicyPolicyIdResponse404
    | GetV1AssetPolicyPolicyIdResponse500
    | GetV1AssetPolicyPolicyIdResponseDefault
]:
    """Get asset policy

     Get a single asset policy by ID, including its conditions, action configuration, and execution
    metadata.

    Args:
        policy_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetPolicyPolicyIdResponse200 | GetV1AssetPolicyPolicyIdResponse400 | GetV1AssetPolicyPolicyIdResponse401 | GetV1AssetPolicyPolicyIdResponse404 | GetV1AssetPolicyPolicyIdResponse500 | GetV1AssetPolicyPolicyIdResponseDefault]
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetV1AssetPolicyPolicyIdResponse200
    | GetV1AssetPolicyPolicyIdResponse400
    | GetV1AssetPolicyPolicyIdResponse401
    | GetV1AssetPolicyPolicyIdResponse404
    | GetV1AssetPolicyPolicyIdResponse500
    | GetV1AssetPolicyPolicyIdResponseDefault
    | None
):
    """Get asset policy

     Get a single asset policy by ID, including its conditions, action configuration, and execution
    metadata.

    Args:
        policy_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetPolicyPolicyIdResponse200 | GetV1AssetPolicyPolicyIdResponse400 | GetV1AssetPolicyPolicyIdResponse401 | GetV1AssetPolicyPolicyIdResponse404 | GetV1AssetPolicyPolicyIdResponse500 | GetV1AssetPolicyPolicyIdResponseDefault
    """

    return (
        await asyncio_detailed(
            policy_id=policy_id,
            client=client,
        )
    ).parsed

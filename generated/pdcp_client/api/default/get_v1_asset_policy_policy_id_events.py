from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_asset_policy_policy_id_events_response_200 import (
    GetV1AssetPolicyPolicyIdEventsResponse200,
)
from ...models.get_v1_asset_policy_policy_id_events_response_400 import (
    GetV1AssetPolicyPolicyIdEventsResponse400,
)
from ...models.get_v1_asset_policy_policy_id_events_response_401 import (
    GetV1AssetPolicyPolicyIdEventsResponse401,
)
from ...models.get_v1_asset_policy_policy_id_events_response_404 import (
    GetV1AssetPolicyPolicyIdEventsResponse404,
)
from ...models.get_v1_asset_policy_policy_id_events_response_500 import (
    GetV1AssetPolicyPolicyIdEventsResponse500,
)
from ...models.get_v1_asset_policy_policy_id_events_response_default import (
    GetV1AssetPolicyPolicyIdEventsResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    policy_id: str,
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
        "url": "/v1/asset/policy/{policy_id}/events".format(
            policy_id=quote(str(policy_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1AssetPolicyPolicyIdEventsResponse200
    | GetV1AssetPolicyPolicyIdEventsResponse400
    | GetV1AssetPolicyPolicyIdEventsResponse401
    | GetV1AssetPolicyPolicyIdEventsResponse404
    | GetV1AssetPolicyPolicyIdEventsResponse500
    | GetV1AssetPolicyPolicyIdEventsResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1AssetPolicyPolicyIdEventsResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = GetV1AssetPolicyPolicyIdEventsResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = GetV1AssetPolicyPolicyIdEventsResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 404:
        response_404 = GetV1AssetPolicyPolicyIdEventsResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 500:
        response_500 = GetV1AssetPolicyPolicyIdEventsResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = GetV1AssetPolicyPolicyIdEventsResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1AssetPolicyPolicyIdEventsResponse200
    | GetV1AssetPolicyPolicyIdEventsResponse400
    | GetV1AssetPolicyPolicyIdEventsResponse401
    | GetV1AssetPolicyPolicyIdEventsResponse404
    | GetV1AssetPolicyPolicyIdEventsResponse500
    | GetV1AssetPolicyPolicyIdEventsResponseDefault
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[
    GetV1AssetPolicyPolicyIdEventsResponse200
    | GetV1AssetPolicyPolicyIdEventsResponse400
    | GetV1AssetPolicyPolicyIdEventsResponse401
    | GetV1AssetPolicyPolicyIdEventsResponse404
    | GetV1AssetPolicyPolicyIdEventsResponse500
    | GetV1AssetPolicyPolicyIdEventsResponseDefault
]:
    """Get asset policy events

     Get the execution history for a specific asset policy, including apply actions, alert deliveries,
    and errors.

    Args:
        policy_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetPolicyPolicyIdEventsResponse200 | GetV1AssetPolicyPolicyIdEventsResponse400 | GetV1AssetPolicyPolicyIdEventsResponse401 | GetV1AssetPolicyPolicyIdEventsResponse404 | GetV1AssetPolicyPolicyIdEventsResponse500 | GetV1AssetPolicyPolicyIdEventsResponseDefault]
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> (
    GetV1AssetPolicyPolicyIdEventsResponse200
    | GetV1AssetPolicyPolicyIdEventsResponse400
    | GetV1AssetPolicyPolicyIdEventsResponse401
    | GetV1AssetPolicyPolicyIdEventsResponse404
    | GetV1AssetPolicyPolicyIdEventsResponse500
    | GetV1AssetPolicyPolicyIdEventsResponseDefault
    | None
):
    """Get asset policy events

     Get the execution history for a specific asset policy, including apply actions, alert deliveries,
    and errors.

    Args:
        policy_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetPolicyPolicyIdEventsResponse200 | GetV1AssetPolicyPolicyIdEventsResponse400 | GetV1AssetPolicyPolicyIdEventsResponse401 | GetV1AssetPolicyPolicyIdEventsResponse404 | GetV1AssetPolicyPolicyIdEventsResponse500 | GetV1AssetPolicyPolicyIdEventsResponseDefault
    """

    return sync_detailed(
        policy_id=policy_id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[
    GetV1AssetPolicyPolicyIdEventsResponse200
    | GetV1AssetPolicyPolicyIdEventsResponse400
    | GetV1AssetPolicyPolicyIdEventsResponse401
    | GetV1AssetPolicyPolicyIdEventsResponse404
    | GetV1AssetPolicyPolicyIdEventsResponse500
    | GetV1AssetPolicyPolicyIdEventsResponseDefault
]:
    """Get asset policy events

     Get the execution history for a specific asset policy, including apply actions, alert deliveries,
    and errors.

    Args:
        policy_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetPolicyPolicyIdEventsResponse200 | GetV1AssetPolicyPolicyIdEventsResponse400 | GetV1AssetPolicyPolicyIdEventsResponse401 | GetV1AssetPolicyPolicyIdEventsResponse404 | GetV1AssetPolicyPolicyIdEventsResponse500 | GetV1AssetPolicyPolicyIdEventsResponseDefault]
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> (
    GetV1AssetPolicyPolicyIdEventsResponse200
    | GetV1AssetPolicyPolicyIdEventsResponse400
    | GetV1AssetPolicyPolicyIdEventsResponse401
    | GetV1AssetPolicyPolicyIdEventsResponse404
    | GetV1AssetPolicyPolicyIdEventsResponse500
    | GetV1AssetPolicyPolicyIdEventsResponseDefault
    | None
):
    """Get asset policy events

     Get the execution history for a specific asset policy, including apply actions, alert deliveries,
    and errors.

    Args:
        policy_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetPolicyPolicyIdEventsResponse200 | GetV1AssetPolicyPolicyIdEventsResponse400 | GetV1AssetPolicyPolicyIdEventsResponse401 | GetV1AssetPolicyPolicyIdEventsResponse404 | GetV1AssetPolicyPolicyIdEventsResponse500 | GetV1AssetPolicyPolicyIdEventsResponseDefault
    """

    return (
        await asyncio_detailed(
            policy_id=policy_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed

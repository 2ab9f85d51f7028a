from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.asset_policy_suggestions_response import AssetPolicySuggestionsResponse
from ...models.get_v1_asset_policy_suggestion_response_400 import (
    GetV1AssetPolicySuggestionResponse400,
)
from ...models.get_v1_asset_policy_suggestion_response_401 import (
    GetV1AssetPolicySuggestionResponse401,
)
from ...models.get_v1_asset_policy_suggestion_response_404 import (
    GetV1AssetPolicySuggestionResponse404,
)
from ...models.get_v1_asset_policy_suggestion_response_500 import (
    GetV1AssetPolicySuggestionResponse500,
)
from ...models.get_v1_asset_policy_suggestion_response_default import (
    GetV1AssetPolicySuggestionResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    enumeration_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    threshold: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["enumeration_id"] = enumeration_id

    params["limit"] = limit

    params["threshold"] = threshold

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/asset/policy/suggestion",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AssetPolicySuggestionsResponse
    | GetV1AssetPolicySuggestionResponse400
    | GetV1AssetPolicySuggestionResponse401
    | GetV1AssetPolicySuggestionResponse404
    | GetV1AssetPolicySuggestionResponse500
    | GetV1AssetPolicySuggestionResponseDefault
):
    if response.status_code == 200:
        response_200 = AssetPolicySuggestionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1AssetPolicySuggestionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1AssetPolicySuggestionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetV1AssetPolicySuggestionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetV1AssetPolicySuggestionResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1AssetPolicySuggestionResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AssetPolicySuggestionsResponse
    | GetV1AssetPolicySuggestionResponse400
    | GetV1AssetPolicySuggestionResponse401
    | GetV1AssetPolicySuggestionResponse404
    | GetV1AssetPolicySuggestionResponse500
    | GetV1AssetPolicySuggestionResponseDefault
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
    enumeration_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    threshold: float | Unset = UNSET,
) -> Response[
    AssetPolicySuggestionsResponse
    | GetV1AssetPolicySuggestionResponse400
    | GetV1AssetPolicySuggestionResponse401
    | GetV1AssetPolicySuggestionResponse404
    | GetV1AssetPolicySuggestionResponse500
    | GetV1AssetPolicySuggestionResponseDefault
]:
    """Get asset policy suggestions

     Get suggested asset policies based on user data patterns. Analyzes asset data to suggest policies
    for bad data detection and important asset highlighting.

    Args:
        enumeration_id (str | Unset):
        limit (int | Unset):
        threshold (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetPolicySuggestionsResponse | GetV1AssetPolicySuggestionResponse400 | GetV1AssetPolicySuggestionResponse401 | GetV1AssetPolicySuggestionResponse404 | GetV1AssetPolicySuggestionResponse500 | GetV1AssetPolicySuggestionResponseDefault]
    """

    kwargs = _get_kwargs(
        enumeration_id=enumeration_id,
        limit=limit,
        threshold=threshold,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    enumeration_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    threshold: float | Unset = UNSET,
) -> (
    AssetPolicySuggestionsResponse
    | GetV1AssetPolicySuggestionResponse400
    | GetV1AssetPolicySuggestionResponse401
    | GetV1AssetPolicySuggestionResponse404
    | GetV1AssetPolicySuggestionResponse500
    | GetV1AssetPolicySuggestionResponseDefault
    | None
):
    """Get asset policy suggestions

     Get suggested asset policies based on user data patterns. Analyzes asset data to suggest policies
    for bad data detection and important asset highlighting.

    Args:
        enumeration_id (str | Unset):
        limit (int | Unset):
        threshold (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetPolicySuggestionsResponse | GetV1AssetPolicySuggestionResponse400 | GetV1AssetPolicySuggestionResponse401 | GetV1AssetPolicySuggestionResponse404 | GetV1AssetPolicySuggestionResponse500 | GetV1AssetPolicySuggestionResponseDefault
    """

    return sync_detailed(
        client=client,
        enumeration_id=enumeration_id,
        limit=limit,
        threshold=threshold,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    enumeration_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    threshold: float | Unset = UNSET,
) -> Response[
    AssetPolicySuggestionsResponse
    | GetV1AssetPolicySuggestionResponse400
    | GetV1AssetPolicySuggestionResponse401
    | GetV1AssetPolicySuggestionResponse404
    | GetV1AssetPolicySuggestionResponse500
    | GetV1AssetPolicySuggestionResponseDefault
]:
    """Get asset policy suggestions

     Get suggested asset policies based on user data patterns. Analyzes asset data to suggest policies
    for bad data detection and important asset highlighting.

    Args:
        enumeration_id (str | Unset):
        limit (int | Unset):
        threshold (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetPolicySuggestionsResponse | GetV1AssetPolicySuggestionResponse400 | GetV1AssetPolicySuggestionResponse401 | GetV1AssetPolicySuggestionResponse404 | GetV1AssetPolicySuggestionResponse500 | GetV1AssetPolicySuggestionResponseDefault]
    """

    kwargs = _get_kwargs(
        enumeration_id=enumeration_id,
        limit=limit,
        threshold=threshold,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    enumeration_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    threshold: float | Unset = UNSET,
) -> (
    AssetPolicySuggestionsResponse
    | GetV1AssetPolicySuggestionResponse400
    | GetV1AssetPolicySuggestionResponse401
    | GetV1AssetPolicySuggestionResponse404
    | GetV1AssetPolicySuggestionResponse500
    | GetV1AssetPolicySuggestionResponseDefault
    | None
):
    """Get asset policy suggestions

     Get suggested asset policies based on user data patterns. Analyzes asset data to suggest policies
    for bad data detection and important asset highlighting.

    Args:
        enumeration_id (str | Unset):
        limit (int | Unset):
        threshold (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetPolicySuggestionsResponse | GetV1AssetPolicySuggestionResponse400 | GetV1AssetPolicySuggestionResponse401 | GetV1AssetPolicySuggestionResponse404 | GetV1AssetPolicySuggestionResponse500 | GetV1AssetPolicySuggestionResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            enumeration_id=enumeration_id,
            limit=limit,
            threshold=threshold,
        )
    ).parsed

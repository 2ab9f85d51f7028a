from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_asset_id_labels_body import PostV1AssetIdLabelsBody
from ...models.post_v1_asset_id_labels_response_200 import (
    PostV1AssetIdLabelsResponse200,
)
from ...models.post_v1_asset_id_labels_response_400 import (
    PostV1AssetIdLabelsResponse400,
)
from ...models.post_v1_asset_id_labels_response_401 import (
    PostV1AssetIdLabelsResponse401,
)
from ...models.post_v1_asset_id_labels_response_404 import (
    PostV1AssetIdLabelsResponse404,
)
from ...models.post_v1_asset_id_labels_response_500 import (
    PostV1AssetIdLabelsResponse500,
)
from ...models.post_v1_asset_id_labels_response_default import (
    PostV1AssetIdLabelsResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    asset_id: int,
    *,
    body: PostV1AssetIdLabelsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/asset/{asset_id}/labels".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostV1AssetIdLabelsResponse200
    | PostV1AssetIdLabelsResponse400
    | PostV1AssetIdLabelsResponse401
    | PostV1AssetIdLabelsResponse404
    | PostV1AssetIdLabelsResponse500
    | PostV1AssetIdLabelsResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1AssetIdLabelsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1AssetIdLabelsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1AssetIdLabelsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PostV1AssetIdLabelsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = PostV1AssetIdLabelsResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1AssetIdLabelsResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1AssetIdLabelsResponse200
    | PostV1AssetIdLabelsResponse400
    | PostV1AssetIdLabelsResponse401
    | PostV1AssetIdLabelsResponse404
    | PostV1AssetIdLabelsResponse500
    | PostV1AssetIdLabelsResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    asset_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PostV1AssetIdLabelsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1AssetIdLabelsResponse200
    | PostV1AssetIdLabelsResponse400
    | PostV1AssetIdLabelsResponse401
    | PostV1AssetIdLabelsResponse404
    | PostV1AssetIdLabelsResponse500
    | PostV1AssetIdLabelsResponseDefault
]:
    """Add labels to an asset

    Args:
        asset_id (int):
        x_team_id (str | Unset):
        body (PostV1AssetIdLabelsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1AssetIdLabelsResponse200 | PostV1AssetIdLabelsResponse400 | PostV1AssetIdLabelsResponse401 | PostV1AssetIdLabelsResponse404 | PostV1AssetIdLabelsResponse500 | PostV1AssetIdLabelsResponseDefault]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PostV1AssetIdLabelsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1AssetIdLabelsResponse200
    | PostV1AssetIdLabelsResponse400
    | PostV1AssetIdLabelsResponse401
    | PostV1AssetIdLabelsResponse404
    | PostV1AssetIdLabelsResponse500
    | PostV1AssetIdLabelsResponseDefault
    | None
):
    """Add labels to an asset

    Args:
        asset_id (int):
        x_team_id (str | Unset):
        body (PostV1AssetIdLabelsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1AssetIdLabelsResponse200 | PostV1AssetIdLabelsResponse400 | PostV1AssetIdLabelsResponse401 | PostV1AssetIdLabelsResponse404 | PostV1AssetIdLabelsResponse500 | PostV1AssetIdLabelsResponseDefault
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    asset_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PostV1AssetIdLabelsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1AssetIdLabelsResponse200
    | PostV1AssetIdLabelsResponse400
    | PostV1AssetIdLabelsResponse401
    | PostV1AssetIdLabelsResponse404
    | PostV1AssetIdLabelsResponse500
    | PostV1AssetIdLabelsResponseDefault
]:
    """Add labels to an asset

    Args:
        asset_id (int):
        x_team_id (str | Unset):
        body (PostV1AssetIdLabelsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1AssetIdLabelsResponse200 | PostV1AssetIdLabelsResponse400 | PostV1AssetIdLabelsResponse401 | PostV1AssetIdLabelsResponse404 | PostV1AssetIdLabelsResponse500 | PostV1AssetIdLabelsResponseDefault]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PostV1AssetIdLabelsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1AssetIdLabelsResponse200
    | PostV1AssetIdLabelsResponse400
    | PostV1AssetIdLabelsResponse401
    | PostV1AssetIdLabelsResponse404
    | PostV1AssetIdLabelsResponse500
    | PostV1AssetIdLabelsResponseDefault
    | None
):
    """Add labels to an asset

    Args:
        asset_id (int):
        x_team_id (str | Unset):
        body (PostV1AssetIdLabelsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1AssetIdLabelsResponse200 | PostV1AssetIdLabelsResponse400 | PostV1AssetIdLabelsResponse401 | PostV1AssetIdLabelsResponse404 | PostV1AssetIdLabelsResponse500 | PostV1AssetIdLabelsResponseDefault
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

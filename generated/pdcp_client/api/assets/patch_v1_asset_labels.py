from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_v1_asset_labels_body import PatchV1AssetLabelsBody
from ...models.patch_v1_asset_labels_response_200 import PatchV1AssetLabelsResponse200
from ...models.patch_v1_asset_labels_response_400 import PatchV1AssetLabelsResponse400
from ...models.patch_v1_asset_labels_response_401 import PatchV1AssetLabelsResponse401
from ...models.patch_v1_asset_labels_response_404 import PatchV1AssetLabelsResponse404
from ...models.patch_v1_asset_labels_response_500 import PatchV1AssetLabelsResponse500
from ...models.patch_v1_asset_labels_response_default import (
    PatchV1AssetLabelsResponseDefault,
)
from ...models.patch_v1_asset_labels_update_type import PatchV1AssetLabelsUpdateType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PatchV1AssetLabelsBody | Unset = UNSET,
    update_type: PatchV1AssetLabelsUpdateType
    | Unset = PatchV1AssetLabelsUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    json_update_type: str | Unset = UNSET
    if not isinstance(update_type, Unset):
        json_update_type = update_type.value

    params["update_type"] = json_update_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/asset/labels",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PatchV1AssetLabelsResponse200
    | PatchV1AssetLabelsResponse400
    | PatchV1AssetLabelsResponse401
    | PatchV1AssetLabelsResponse404
    | PatchV1AssetLabelsResponse500
    | PatchV1AssetLabelsResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1AssetLabelsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PatchV1AssetLabelsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PatchV1AssetLabelsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PatchV1AssetLabelsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = PatchV1AssetLabelsResponse500.from_dict(response.json())

        return response_500

    response_default = PatchV1AssetLabelsResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1AssetLabelsResponse200
    | PatchV1AssetLabelsResponse400
    | PatchV1AssetLabelsResponse401
    | PatchV1AssetLabelsResponse404
    | PatchV1AssetLabelsResponse500
    | PatchV1AssetLabelsResponseDefault
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
    body: PatchV1AssetLabelsBody | Unset = UNSET,
    update_type: PatchV1AssetLabelsUpdateType
    | Unset = PatchV1AssetLabelsUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1AssetLabelsResponse200
    | PatchV1AssetLabelsResponse400
    | PatchV1AssetLabelsResponse401
    | PatchV1AssetLabelsResponse404
    | PatchV1AssetLabelsResponse500
    | PatchV1AssetLabelsResponseDefault
]:
    """Update Asset Labels

    Args:
        update_type (PatchV1AssetLabelsUpdateType | Unset):  Default:
            PatchV1AssetLabelsUpdateType.APPEND.
        x_team_id (str | Unset):
        body (PatchV1AssetLabelsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1AssetLabelsResponse200 | PatchV1AssetLabelsResponse400 | PatchV1AssetLabelsResponse401 | PatchV1AssetLabelsResponse404 | PatchV1AssetLabelsResponse500 | PatchV1AssetLabelsResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        update_type=update_type,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1AssetLabelsBody | Unset = UNSET,
    update_type: PatchV1AssetLabelsUpdateType
    | Unset = PatchV1AssetLabelsUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1AssetLabelsResponse200
    | PatchV1AssetLabelsResponse400
    | PatchV1AssetLabelsResponse401
    | PatchV1AssetLabelsResponse404
    | PatchV1AssetLabelsResponse500
    | PatchV1AssetLabelsResponseDefault
    | None
):
    """Update Asset Labels

    Args:
        update_type (PatchV1AssetLabelsUpdateType | Unset):  Default:
            PatchV1AssetLabelsUpdateType.APPEND.
        x_team_id (str | Unset):
        body (PatchV1AssetLabelsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1AssetLabelsResponse200 | PatchV1AssetLabelsResponse400 | PatchV1AssetLabelsResponse401 | PatchV1AssetLabelsResponse404 | PatchV1AssetLabelsResponse500 | PatchV1AssetLabelsResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        update_type=update_type,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1AssetLabelsBody | Unset = UNSET,
    update_type: PatchV1AssetLabelsUpdateType
    | Unset = PatchV1AssetLabelsUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1AssetLabelsResponse200
    | PatchV1AssetLabelsResponse400
    | PatchV1AssetLabelsResponse401
    | PatchV1AssetLabelsResponse404
    | PatchV1AssetLabelsResponse500
    | PatchV1AssetLabelsResponseDefault
]:
    """Update Asset Labels

    Args:
        update_type (PatchV1AssetLabelsUpdateType | Unset):  Default:
            PatchV1AssetLabelsUpdateType.APPEND.
        x_team_id (str | Unset):
        body (PatchV1AssetLabelsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1AssetLabelsResponse200 | PatchV1AssetLabelsResponse400 | PatchV1AssetLabelsResponse401 | PatchV1AssetLabelsResponse404 | PatchV1AssetLabelsResponse500 | PatchV1AssetLabelsResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        update_type=update_type,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1AssetLabelsBody | Unset = UNSET,
    update_type: PatchV1AssetLabelsUpdateType
    | Unset = PatchV1AssetLabelsUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1AssetLabelsResponse200
    | PatchV1AssetLabelsResponse400
    | PatchV1AssetLabelsResponse401
    | PatchV1AssetLabelsResponse404
    | PatchV1AssetLabelsResponse500
    | PatchV1AssetLabelsResponseDefault
    | None
):
    """Update Asset Labels

    Args:
        update_type (PatchV1AssetLabelsUpdateType | Unset):  Default:
            PatchV1AssetLabelsUpdateType.APPEND.
        x_team_id (str | Unset):
        body (PatchV1AssetLabelsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1AssetLabelsResponse200 | PatchV1AssetLabelsResponse400 | PatchV1AssetLabelsResponse401 | PatchV1AssetLabelsResponse404 | PatchV1AssetLabelsResponse500 | PatchV1AssetLabelsResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            update_type=update_type,
            x_team_id=x_team_id,
        )
    ).parsed

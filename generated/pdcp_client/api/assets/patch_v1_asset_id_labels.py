from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_v1_asset_id_labels_body import PatchV1AssetIdLabelsBody
from ...models.patch_v1_asset_id_labels_response_200 import (
    PatchV1AssetIdLabelsResponse200,
)
from ...models.patch_v1_asset_id_labels_response_400 import (
    PatchV1AssetIdLabelsResponse400,
)
from ...models.patch_v1_asset_id_labels_response_401 import (
    PatchV1AssetIdLabelsResponse401,
)
from ...models.patch_v1_asset_id_labels_response_404 import (
    PatchV1AssetIdLabelsResponse404,
)
from ...models.patch_v1_asset_id_labels_response_500 import (
    PatchV1AssetIdLabelsResponse500,
)
from ...models.patch_v1_asset_id_labels_response_default import (
    PatchV1AssetIdLabelsResponseDefault,
)
from ...models.patch_v1_asset_id_labels_update_type import (
    PatchV1AssetIdLabelsUpdateType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    asset_id: int,
    *,
    body: PatchV1AssetIdLabelsBody | Unset = UNSET,
    update_type: PatchV1AssetIdLabelsUpdateType
    | Unset = PatchV1AssetIdLabelsUpdateType.APPEND,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_update_type: str | Unset = UNSET
    if not isinstance(update_type, Unset):
        json_update_type = update_type.value

    params["update_type"] = json_update_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/asset/{asset_id}/labels".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
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
    PatchV1AssetIdLabelsResponse200
    | PatchV1AssetIdLabelsResponse400
    | PatchV1AssetIdLabelsResponse401
    | PatchV1AssetIdLabelsResponse404
    | PatchV1AssetIdLabelsResponse500
    | PatchV1AssetIdLabelsResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1AssetIdLabelsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PatchV1AssetIdLabelsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PatchV1AssetIdLabelsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PatchV1AssetIdLabelsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = PatchV1AssetIdLabelsResponse500.from_dict(response.json())

        return response_500

    response_default = PatchV1AssetIdLabelsResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1AssetIdLabelsResponse200
    | PatchV1AssetIdLabelsResponse400
    | PatchV1AssetIdLabelsResponse401
    | PatchV1AssetIdLabelsResponse404
    | PatchV1AssetIdLabelsResponse500
    | PatchV1AssetIdLabelsResponseDefault
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
    body: PatchV1AssetIdLabelsBody | Unset = UNSET,
    update_type: PatchV1AssetIdLabelsUpdateType
    | Unset = PatchV1AssetIdLabelsUpdateType.APPEND,
) -> Response[
    PatchV1AssetIdLabelsResponse200
    | PatchV1AssetIdLabelsResponse400
    | PatchV1AssetIdLabelsResponse401
    | PatchV1AssetIdLabelsResponse404
    | PatchV1AssetIdLabelsResponse500
    | PatchV1AssetIdLabelsResponseDefault
]:
    """Modify labels of an asset

    Args:
        asset_id (int):
        update_type (PatchV1AssetIdLabelsUpdateType | Unset):  Default:
            PatchV1AssetIdLabelsUpdateType.APPEND.
        body (PatchV1AssetIdLabelsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1AssetIdLabelsResponse200 | PatchV1AssetIdLabelsResponse400 | PatchV1AssetIdLabelsResponse401 | PatchV1AssetIdLabelsResponse404 | PatchV1AssetIdLabelsResponse500 | PatchV1AssetIdLabelsResponseDefault]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
        update_type=update_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1AssetIdLabelsBody | Unset = UNSET,
    update_type: PatchV1AssetIdLabelsUpdateType
    | Unset = PatchV1AssetIdLabelsUpdateType.APPEND,
) -> (
    PatchV1AssetIdLabelsResponse200
    | PatchV1AssetIdLabelsResponse400
    | PatchV1AssetIdLabelsResponse401
    | PatchV1AssetIdLabelsResponse404
    | PatchV1AssetIdLabelsResponse500
    | PatchV1AssetIdLabelsResponseDefault
    | None
):
    """Modify labels of an asset

    Args:
        asset_id (int):
        update_type (PatchV1AssetIdLabelsUpdateType | Unset):  Default:
            PatchV1AssetIdLabelsUpdateType.APPEND.
        body (PatchV1AssetIdLabelsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1AssetIdLabelsResponse200 | PatchV1AssetIdLabelsResponse400 | PatchV1AssetIdLabelsResponse401 | PatchV1AssetIdLabelsResponse404 | PatchV1AssetIdLabelsResponse500 | PatchV1AssetIdLabelsResponseDefault
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
        body=body,
        update_type=update_type,
    ).parsed


async def asyncio_detailed(
    asset_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1AssetIdLabelsBody | Unset = UNSET,
    update_type: PatchV1AssetIdLabelsUpdateType
    | Unset = PatchV1AssetIdLabelsUpdateType.APPEND,
) -> Response[
    PatchV1AssetIdLabelsResponse200
    | PatchV1AssetIdLabelsResponse400
    | PatchV1AssetIdLabelsResponse401
    | PatchV1AssetIdLabelsResponse404
    | PatchV1AssetIdLabelsResponse500
    | PatchV1AssetIdLabelsResponseDefault
]:
    """Modify labels of an asset

    Args:
        asset_id (int):
        update_type (PatchV1AssetIdLabelsUpdateType | Unset):  Default:
            PatchV1AssetIdLabelsUpdateType.APPEND.
        body (PatchV1AssetIdLabelsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1AssetIdLabelsResponse200 | PatchV1AssetIdLabelsResponse400 | PatchV1AssetIdLabelsResponse401 | PatchV1AssetIdLabelsResponse404 | PatchV1AssetIdLabelsResponse500 | PatchV1AssetIdLabelsResponseDefault]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
        update_type=update_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1AssetIdLabelsBody | Unset = UNSET,
    update_type: PatchV1AssetIdLabelsUpdateType
    | Unset = PatchV1AssetIdLabelsUpdateType.APPEND,
) -> (
    PatchV1AssetIdLabelsResponse200
    | PatchV1AssetIdLabelsResponse400
    | PatchV1AssetIdLabelsResponse401
    | PatchV1AssetIdLabelsResponse404
    | PatchV1AssetIdLabelsResponse500
    | PatchV1AssetIdLabelsResponseDefault
    | None
):
    """Modify labels of an asset

    Args:
        asset_id (int):
        update_type (PatchV1AssetIdLabelsUpdateType | Unset):  Default:
            PatchV1AssetIdLabelsUpdateType.APPEND.
        body (PatchV1AssetIdLabelsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1AssetIdLabelsResponse200 | PatchV1AssetIdLabelsResponse400 | PatchV1AssetIdLabelsResponse401 | PatchV1AssetIdLabelsResponse404 | PatchV1AssetIdLabelsResponse500 | PatchV1AssetIdLabelsResponseDefault
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
            body=body,
            update_type=update_type,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.enumeration_config import EnumerationConfig
from ...models.patch_v1_asset_enumerate_enumerate_id_config_response_200 import (
    PatchV1AssetEnumerateEnumerateIdConfigResponse200,
)
from ...models.patch_v1_asset_enumerate_enumerate_id_config_response_400 import (
    PatchV1AssetEnumerateEnumerateIdConfigResponse400,
)
from ...models.patch_v1_asset_enumerate_enumerate_id_config_response_401 import (
    PatchV1AssetEnumerateEnumerateIdConfigResponse401,
)
from ...models.patch_v1_asset_enumerate_enumerate_id_config_response_500 import (
    PatchV1AssetEnumerateEnumerateIdConfigResponse500,
)
from ...models.patch_v1_asset_enumerate_enumerate_id_config_response_default import (
    PatchV1AssetEnumerateEnumerateIdConfigResponseDefault,
)
from ...models.patch_v1_asset_enumerate_enumerate_id_config_update_type import (
    PatchV1AssetEnumerateEnumerateIdConfigUpdateType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    enumerate_id: str,
    *,
    body: EnumerationConfig | Unset = UNSET,
    update_type: PatchV1AssetEnumerateEnumerateIdConfigUpdateType | Unset = UNSET,
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
        "url": "/v1/asset/enumerate/{enumerate_id}/config".format(
            enumerate_id=quote(str(enumerate_id), safe=""),
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
    PatchV1AssetEnumerateEnumerateIdConfigResponse200
    | PatchV1AssetEnumerateEnumerateIdConfigResponse400
    | PatchV1AssetEnumerateEnumerateIdConfigResponse401
    | PatchV1AssetEnumerateEnumerateIdConfigResponse500
    | PatchV1AssetEnumerateEnumerateIdConfigResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1AssetEnumerateEnumerateIdConfigResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = PatchV1AssetEnumerateEnumerateIdConfigResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = PatchV1AssetEnumerateEnumerateIdConfigResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 500:
        response_500 = PatchV1AssetEnumerateEnumerateIdConfigResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = PatchV1AssetEnumerateEnumerateIdConfigResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1AssetEnumerateEnumerateIdConfigResponse200
    | PatchV1AssetEnumerateEnumerateIdConfigResponse400
    | PatchV1AssetEnumerateEnumerateIdConfigResponse401
    | PatchV1AssetEnumerateEnumerateIdConfigResponse500
    | PatchV1AssetEnumerateEnumerateIdConfigResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    enumerate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnumerationConfig | Unset = UNSET,
    update_type: PatchV1AssetEnumerateEnumerateIdConfigUpdateType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1AssetEnumerateEnumerateIdConfigResponse200
    | PatchV1AssetEnumerateEnumerateIdConfigResponse400
    | PatchV1AssetEnumerateEnumerateIdConfigResponse401
    | PatchV1AssetEnumerateEnumerateIdConfigResponse500
    | PatchV1AssetEnumerateEnumerateIdConfigResponseDefault
]:
    """Update enumeration config

    Args:
        enumerate_id (str):
        update_type (PatchV1AssetEnumerateEnumerateIdConfigUpdateType | Unset):
        x_team_id (str | Unset):
        body (EnumerationConfig | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1AssetEnumerateEnumerateIdConfigResponse200 | PatchV1AssetEnumerateEnumerateIdConfigResponse400 | PatchV1AssetEnumerateEnumerateIdConfigResponse401 | PatchV1AssetEnumerateEnumerateIdConfigResponse500 | PatchV1AssetEnumerateEnumerateIdConfigResponseDefault]
    """

    kwargs = _get_kwargs(
        enumerate_id=enumerate_id,
        body=body,
        update_type=update_type,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enumerate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnumerationConfig | Unset = UNSET,
    update_type: PatchV1AssetEnumerateEnumerateIdConfigUpdateType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1AssetEnumerateEnumerateIdConfigResponse200
    | PatchV1AssetEnumerateEnumerateIdConfigResponse400
    | PatchV1AssetEnumerateEnumerateIdConfigResponse401
    | PatchV1AssetEnumerateEnumerateIdConfigResponse500
    | PatchV1AssetEnumerateEnumerateIdConfigResponseDefault
    | None
):
    """Update enumeration config

    Args:
        enumerate_id (str):
        update_type (PatchV1AssetEnumerateEnumerateIdConfigUpdateType | Unset):
        x_team_id (str | Unset):
        body (EnumerationConfig | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1AssetEnumerateEnumerateIdConfigResponse200 | PatchV1AssetEnumerateEnumerateIdConfigResponse400 | PatchV1AssetEnumerateEnumerateIdConfigResponse401 | PatchV1AssetEnumerateEnumerateIdConfigResponse500 | PatchV1AssetEnumerateEnumerateIdConfigResponseDefault
    """

    return sync_detailed(
        enumerate_id=enumerate_id,
        client=client,
        body=body,
        update_type=update_type,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    enumerate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnumerationConfig | Unset = UNSET,
    update_type: PatchV1AssetEnumerateEnumerateIdConfigUpdateType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1AssetEnumerateEnumerateIdConfigResponse200
    | PatchV1AssetEnumerateEnumerateIdConfigResponse400
    | PatchV1AssetEnumerateEnumerateIdConfigResponse401
    | PatchV1AssetEnumerateEnumerateIdConfigResponse500
    | PatchV1AssetEnumerateEnumerateIdConfigResponseDefault
]:
    """Update enumeration config

    Args:
        enumerate_id (str):
        update_type (PatchV1AssetEnumerateEnumerateIdConfigUpdateType | Unset):
        x_team_id (str | Unset):
        body (EnumerationConfig | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1AssetEnumerateEnumerateIdConfigResponse200 | PatchV1AssetEnumerateEnumerateIdConfigResponse400 | PatchV1AssetEnumerateEnumerateIdConfigResponse401 | PatchV1AssetEnumerateEnumerateIdConfigResponse500 | PatchV1AssetEnumerateEnumerateIdConfigResponseDefault]
    """

    kwargs = _get_kwargs(
        enumerate_id=enumerate_id,
        body=body,
        update_type=update_type,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enumerate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnumerationConfig | Unset = UNSET,
    update_type: PatchV1AssetEnumerateEnumerateIdConfigUpdateType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1AssetEnumerateEnumerateIdConfigResponse200
    | PatchV1AssetEnumerateEnumerateIdConfigResponse400
    | PatchV1AssetEnumerateEnumerateIdConfigResponse401
    | PatchV1AssetEnumerateEnumerateIdConfigResponse500
    | PatchV1AssetEnumerateEnumerateIdConfigResponseDefault
    | None
):
    """Update enumeration config

    Args:
        enumerate_id (str):
        update_type (PatchV1AssetEnumerateEnumerateIdConfigUpdateType | Unset):
        x_team_id (str | Unset):
        body (EnumerationConfig | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1AssetEnumerateEnumerateIdConfigResponse200 | PatchV1AssetEnumerateEnumerateIdConfigResponse400 | PatchV1AssetEnumerateEnumerateIdConfigResponse401 | PatchV1AssetEnumerateEnumerateIdConfigResponse500 | PatchV1AssetEnumerateEnumerateIdConfigResponseDefault
    """

    return (
        await asyncio_detailed(
            enumerate_id=enumerate_id,
            client=client,
            body=body,
            update_type=update_type,
            x_team_id=x_team_id,
        )
    ).parsed

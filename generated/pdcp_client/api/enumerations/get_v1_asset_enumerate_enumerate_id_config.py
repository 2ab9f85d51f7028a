from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.enumeration_config import EnumerationConfig
from ...models.get_v1_asset_enumerate_enumerate_id_config_response_400 import (
    GetV1AssetEnumerateEnumerateIdConfigResponse400,
)
from ...models.get_v1_asset_enumerate_enumerate_id_config_response_401 import (
    GetV1AssetEnumerateEnumerateIdConfigResponse401,
)
from ...models.get_v1_asset_enumerate_enumerate_id_config_response_500 import (
    GetV1AssetEnumerateEnumerateIdConfigResponse500,
)
from ...models.get_v1_asset_enumerate_enumerate_id_config_response_default import (
    GetV1AssetEnumerateEnumerateIdConfigResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    enumerate_id: str,
    *,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/asset/enumerate/{enumerate_id}/config".format(
            enumerate_id=quote(str(enumerate_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EnumerationConfig
    | GetV1AssetEnumerateEnumerateIdConfigResponse400
    | GetV1AssetEnumerateEnumerateIdConfigResponse401
    | GetV1AssetEnumerateEnumerateIdConfigResponse500
    | GetV1AssetEnumerateEnumerateIdConfigResponseDefault
):
    if response.status_code == 200:
        response_200 = EnumerationConfig.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1AssetEnumerateEnumerateIdConfigResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = GetV1AssetEnumerateEnumerateIdConfigResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 500:
        response_500 = GetV1AssetEnumerateEnumerateIdConfigResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = GetV1AssetEnumerateEnumerateIdConfigResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    EnumerationConfig
    | GetV1AssetEnumerateEnumerateIdConfigResponse400
    | GetV1AssetEnumerateEnumerateIdConfigResponse401
    | GetV1AssetEnumerateEnumerateIdConfigResponse500
    | GetV1AssetEnumerateEnumerateIdConfigResponseDefault
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
    x_team_id: str | Unset = UNSET,
) -> Response[
    EnumerationConfig
    | GetV1AssetEnumerateEnumerateIdConfigResponse400
    | GetV1AssetEnumerateEnumerateIdConfigResponse401
    | GetV1AssetEnumerateEnumerateIdConfigResponse500
    | GetV1AssetEnumerateEnumerateIdConfigResponseDefault
]:
    """Get enumeration config

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnumerationConfig | GetV1AssetEnumerateEnumerateIdConfigResponse400 | GetV1AssetEnumerateEnumerateIdConfigResponse401 | GetV1AssetEnumerateEnumerateIdConfigResponse500 | GetV1AssetEnumerateEnumerateIdConfigResponseDefault]
    """

    kwargs = _get_kwargs(
        enumerate_id=enumerate_id,
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
    x_team_id: str | Unset = UNSET,
) -> (
    EnumerationConfig
    | GetV1AssetEnumerateEnumerateIdConfigResponse400
    | GetV1AssetEnumerateEnumerateIdConfigResponse401
    | GetV1AssetEnumerateEnumerateIdConfigResponse500
    | GetV1AssetEnumerateEnumerateIdConfigResponseDefault
    | None
):
    """Get enumeration config

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnumerationConfig | GetV1AssetEnumerateEnumerateIdConfigResponse400 | GetV1AssetEnumerateEnumerateIdConfigResponse401 | GetV1AssetEnumerateEnumerateIdConfigResponse500 | GetV1AssetEnumerateEnumerateIdConfigResponseDefault
    """

    return sync_detailed(
        enumerate_id=enumerate_id,
        client=client,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    enumerate_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_team_id: str | Unset = UNSET,
) -> Response[
    EnumerationConfig
    | GetV1AssetEnumerateEnumerateIdConfigResponse400
    | GetV1AssetEnumerateEnumerateIdConfigResponse401
    | GetV1AssetEnumerateEnumerateIdConfigResponse500
    | GetV1AssetEnumerateEnumerateIdConfigResponseDefault
]:
    """Get enumeration config

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnumerationConfig | GetV1AssetEnumerateEnumerateIdConfigResponse400 | GetV1AssetEnumerateEnumerateIdConfigResponse401 | GetV1AssetEnumerateEnumerateIdConfigResponse500 | GetV1AssetEnumerateEnumerateIdConfigResponseDefault]
    """

    kwargs = _get_kwargs(
        enumerate_id=enumerate_id,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enumerate_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_team_id: str | Unset = UNSET,
) -> (
    EnumerationConfig
    | GetV1AssetEnumerateEnumerateIdConfigResponse400
    | GetV1AssetEnumerateEnumerateIdConfigResponse401
    | GetV1AssetEnumerateEnumerateIdConfigResponse500
    | GetV1AssetEnumerateEnumerateIdConfigResponseDefault
    | None
):
    """Get enumeration config

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnumerationConfig | GetV1AssetEnumerateEnumerateIdConfigResponse400 | GetV1AssetEnumerateEnumerateIdConfigResponse401 | GetV1AssetEnumerateEnumerateIdConfigResponse500 | GetV1AssetEnumerateEnumerateIdConfigResponseDefault
    """

    return (
        await asyncio_detailed(
            enumerate_id=enumerate_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

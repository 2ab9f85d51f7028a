from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_asset_enumerate_enumerate_id_rescan_response_200 import (
    PostV1AssetEnumerateEnumerateIdRescanResponse200,
)
from ...models.post_v1_asset_enumerate_enumerate_id_rescan_response_400 import (
    PostV1AssetEnumerateEnumerateIdRescanResponse400,
)
from ...models.post_v1_asset_enumerate_enumerate_id_rescan_response_401 import (
    PostV1AssetEnumerateEnumerateIdRescanResponse401,
)
from ...models.post_v1_asset_enumerate_enumerate_id_rescan_response_403 import (
    PostV1AssetEnumerateEnumerateIdRescanResponse403,
)
from ...models.post_v1_asset_enumerate_enumerate_id_rescan_response_500 import (
    PostV1AssetEnumerateEnumerateIdRescanResponse500,
)
from ...models.post_v1_asset_enumerate_enumerate_id_rescan_response_default import (
    PostV1AssetEnumerateEnumerateIdRescanResponseDefault,
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
        "method": "post",
        "url": "/v1/asset/enumerate/{enumerate_id}/rescan".format(
            enumerate_id=quote(str(enumerate_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostV1AssetEnumerateEnumerateIdRescanResponse200
    | PostV1AssetEnumerateEnumerateIdRescanResponse400
    | PostV1AssetEnumerateEnumerateIdRescanResponse401
    | PostV1AssetEnumerateEnumerateIdRescanResponse403
    | PostV1AssetEnumerateEnumerateIdRescanResponse500
    | PostV1AssetEnumerateEnumerateIdRescanResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1AssetEnumerateEnumerateIdRescanResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = PostV1AssetEnumerateEnumerateIdRescanResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = PostV1AssetEnumerateEnumerateIdRescanResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 403:
        response_403 = PostV1AssetEnumerateEnumerateIdRescanResponse403.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 500:
        response_500 = PostV1AssetEnumerateEnumerateIdRescanResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = PostV1AssetEnumerateEnumerateIdRescanResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1AssetEnumerateEnumerateIdRescanResponse200
    | PostV1AssetEnumerateEnumerateIdRescanResponse400
    | PostV1AssetEnumerateEnumerateIdRescanResponse401
    | PostV1AssetEnumerateEnumerateIdRescanResponse403
    | PostV1AssetEnumerateEnumerateIdRescanResponse500
    | PostV1AssetEnumerateEnumerateIdRescanResponseDefault
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
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1AssetEnumerateEnumerateIdRescanResponse200
    | PostV1AssetEnumerateEnumerateIdRescanResponse400
    | PostV1AssetEnumerateEnumerateIdRescanResponse401
    | PostV1AssetEnumerateEnumerateIdRescanResponse403
    | PostV1AssetEnumerateEnumerateIdRescanResponse500
    | PostV1AssetEnumerateEnumerateIdRescanResponseDefault
]:
    """Rescan Enumeration

     Re-run a existing enumeration

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1AssetEnumerateEnumerateIdRescanResponse200 | PostV1AssetEnumerateEnumerateIdRescanResponse400 | PostV1AssetEnumerateEnumerateIdRescanResponse401 | PostV1AssetEnumerateEnumerateIdRescanResponse403 | PostV1AssetEnumerateEnumerateIdRescanResponse500 | PostV1AssetEnumerateEnumerateIdRescanResponseDefault]
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
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1AssetEnumerateEnumerateIdRescanResponse200
    | PostV1AssetEnumerateEnumerateIdRescanResponse400
    | PostV1AssetEnumerateEnumerateIdRescanResponse401
    | PostV1AssetEnumerateEnumerateIdRescanResponse403
    | PostV1AssetEnumerateEnumerateIdRescanResponse500
    | PostV1AssetEnumerateEnumerateIdRescanResponseDefault
    | None
):
    """Rescan Enumeration

     Re-run a existing enumeration

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1AssetEnumerateEnumerateIdRescanResponse200 | PostV1AssetEnumerateEnumerateIdRescanResponse400 | PostV1AssetEnumerateEnumerateIdRescanResponse401 | PostV1AssetEnumerateEnumerateIdRescanResponse403 | PostV1AssetEnumerateEnumerateIdRescanResponse500 | PostV1AssetEnumerateEnumerateIdRescanResponseDefault
    """

    return sync_detailed(
        enumerate_id=enumerate_id,
        client=client,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    enumerate_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1AssetEnumerateEnumerateIdRescanResponse200
    | PostV1AssetEnumerateEnumerateIdRescanResponse400
    | PostV1AssetEnumerateEnumerateIdRescanResponse401
    | PostV1AssetEnumerateEnumerateIdRescanResponse403
    | PostV1AssetEnumerateEnumerateIdRescanResponse500
    | PostV1AssetEnumerateEnumerateIdRescanResponseDefault
]:
    """Rescan Enumeration

     Re-run a existing enumeration

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1AssetEnumerateEnumerateIdRescanResponse200 | PostV1AssetEnumerateEnumerateIdRescanResponse400 | PostV1AssetEnumerateEnumerateIdRescanResponse401 | PostV1AssetEnumerateEnumerateIdRescanResponse403 | PostV1AssetEnumerateEnumerateIdRescanResponse500 | PostV1AssetEnumerateEnumerateIdRescanResponseDefault]
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
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1AssetEnumerateEnumerateIdRescanResponse200
    | PostV1AssetEnumerateEnumerateIdRescanResponse400
    | PostV1AssetEnumerateEnumerateIdRescanResponse401
    | PostV1AssetEnumerateEnumerateIdRescanResponse403
    | PostV1AssetEnumerateEnumerateIdRescanResponse500
    | PostV1AssetEnumerateEnumerateIdRescanResponseDefault
    | None
):
    """Rescan Enumeration

     Re-run a existing enumeration

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1AssetEnumerateEnumerateIdRescanResponse200 | PostV1AssetEnumerateEnumerateIdRescanResponse400 | PostV1AssetEnumerateEnumerateIdRescanResponse401 | PostV1AssetEnumerateEnumerateIdRescanResponse403 | PostV1AssetEnumerateEnumerateIdRescanResponse500 | PostV1AssetEnumerateEnumerateIdRescanResponseDefault
    """

    return (
        await asyncio_detailed(
            enumerate_id=enumerate_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

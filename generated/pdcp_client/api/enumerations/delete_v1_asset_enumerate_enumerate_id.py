from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_v1_asset_enumerate_enumerate_id_response_200 import (
    DeleteV1AssetEnumerateEnumerateIdResponse200,
)
from ...models.delete_v1_asset_enumerate_enumerate_id_response_400 import (
    DeleteV1AssetEnumerateEnumerateIdResponse400,
)
from ...models.delete_v1_asset_enumerate_enumerate_id_response_401 import (
    DeleteV1AssetEnumerateEnumerateIdResponse401,
)
from ...models.delete_v1_asset_enumerate_enumerate_id_response_500 import (
    DeleteV1AssetEnumerateEnumerateIdResponse500,
)
from ...models.delete_v1_asset_enumerate_enumerate_id_response_default import (
    DeleteV1AssetEnumerateEnumerateIdResponseDefault,
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
        "method": "delete",
        "url": "/v1/asset/enumerate/{enumerate_id}".format(
            enumerate_id=quote(str(enumerate_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteV1AssetEnumerateEnumerateIdResponse200
    | DeleteV1AssetEnumerateEnumerateIdResponse400
    | DeleteV1AssetEnumerateEnumerateIdResponse401
    | DeleteV1AssetEnumerateEnumerateIdResponse500
    | DeleteV1AssetEnumerateEnumerateIdResponseDefault
):
    if response.status_code == 200:
        response_200 = DeleteV1AssetEnumerateEnumerateIdResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = DeleteV1AssetEnumerateEnumerateIdResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = DeleteV1AssetEnumerateEnumerateIdResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 500:
        response_500 = DeleteV1AssetEnumerateEnumerateIdResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = DeleteV1AssetEnumerateEnumerateIdResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteV1AssetEnumerateEnumerateIdResponse200
    | DeleteV1AssetEnumerateEnumerateIdResponse400
    | DeleteV1AssetEnumerateEnumerateIdResponse401
    | DeleteV1AssetEnumerateEnumerateIdResponse500
    | DeleteV1AssetEnumerateEnumerateIdResponseDefault
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
    DeleteV1AssetEnumerateEnumerateIdResponse200
    | DeleteV1AssetEnumerateEnumerateIdResponse400
    | DeleteV1AssetEnumerateEnumerateIdResponse401
    | DeleteV1AssetEnumerateEnumerateIdResponse500
    | DeleteV1AssetEnumerateEnumerateIdResponseDefault
]:
    """Delete Enumeration

     Delete enumeration by enumerate_id

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1AssetEnumerateEnumerateIdResponse200 | DeleteV1AssetEnumerateEnumerateIdResponse400 | DeleteV1AssetEnumerateEnumerateIdResponse401 | DeleteV1AssetEnumerateEnumerateIdResponse500 | DeleteV1AssetEnumerateEnumerateIdResponseDefault]
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
    DeleteV1AssetEnumerateEnumerateIdResponse200
    | DeleteV1AssetEnumerateEnumerateIdResponse400
    | DeleteV1AssetEnumerateEnumerateIdResponse401
    | DeleteV1AssetEnumerateEnumerateIdResponse500
    | DeleteV1AssetEnumerateEnumerateIdResponseDefault
    | None
):
    """Delete Enumeration

     Delete enumeration by enumerate_id

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1AssetEnumerateEnumerateIdResponse200 | DeleteV1AssetEnumerateEnumerateIdResponse400 | DeleteV1AssetEnumerateEnumerateIdResponse401 | DeleteV1AssetEnumerateEnumerateIdResponse500 | DeleteV1AssetEnumerateEnumerateIdResponseDefault
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
    DeleteV1AssetEnumerateEnumerateIdResponse200
    | DeleteV1AssetEnumerateEnumerateIdResponse400
    | DeleteV1AssetEnumerateEnumerateIdResponse401
    | DeleteV1AssetEnumerateEnumerateIdResponse500
    | DeleteV1AssetEnumerateEnumerateIdResponseDefault
]:
    """Delete Enumeration

     Delete enumeration by enumerate_id

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1AssetEnumerateEnumerateIdResponse200 | DeleteV1AssetEnumerateEnumerateIdResponse400 | DeleteV1AssetEnumerateEnumerateIdResponse401 | DeleteV1AssetEnumerateEnumerateIdResponse500 | DeleteV1AssetEnumerateEnumerateIdResponseDefault]
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
    DeleteV1AssetEnumerateEnumerateIdResponse200
    | DeleteV1AssetEnumerateEnumerateIdResponse400
    | DeleteV1AssetEnumerateEnumerateIdResponse401
    | DeleteV1AssetEnumerateEnumerateIdResponse500
    | DeleteV1AssetEnumerateEnumerateIdResponseDefault
    | None
):
    """Delete Enumeration

     Delete enumeration by enumerate_id

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1AssetEnumerateEnumerateIdResponse200 | DeleteV1AssetEnumerateEnumerateIdResponse400 | DeleteV1AssetEnumerateEnumerateIdResponse401 | DeleteV1AssetEnumerateEnumerateIdResponse500 | DeleteV1AssetEnumerateEnumerateIdResponseDefault
    """

    return (
        await asyncio_detailed(
            enumerate_id=enumerate_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

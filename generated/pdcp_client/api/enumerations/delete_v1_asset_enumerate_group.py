from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_v1_asset_enumerate_group_response_200 import (
    DeleteV1AssetEnumerateGroupResponse200,
)
from ...models.delete_v1_asset_enumerate_group_response_400 import (
    DeleteV1AssetEnumerateGroupResponse400,
)
from ...models.delete_v1_asset_enumerate_group_response_401 import (
    DeleteV1AssetEnumerateGroupResponse401,
)
from ...models.delete_v1_asset_enumerate_group_response_403 import (
    DeleteV1AssetEnumerateGroupResponse403,
)
from ...models.delete_v1_asset_enumerate_group_response_500 import (
    DeleteV1AssetEnumerateGroupResponse500,
)
from ...models.delete_v1_asset_enumerate_group_response_default import (
    DeleteV1AssetEnumerateGroupResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    *,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/asset/enumerate/group/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteV1AssetEnumerateGroupResponse200
    | DeleteV1AssetEnumerateGroupResponse400
    | DeleteV1AssetEnumerateGroupResponse401
    | DeleteV1AssetEnumerateGroupResponse403
    | DeleteV1AssetEnumerateGroupResponse500
    | DeleteV1AssetEnumerateGroupResponseDefault
):
    if response.status_code == 200:
        response_200 = DeleteV1AssetEnumerateGroupResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteV1AssetEnumerateGroupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteV1AssetEnumerateGroupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteV1AssetEnumerateGroupResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = DeleteV1AssetEnumerateGroupResponse500.from_dict(response.json())

        return response_500

    response_default = DeleteV1AssetEnumerateGroupResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteV1AssetEnumerateGroupResponse200
    | DeleteV1AssetEnumerateGroupResponse400
    | DeleteV1AssetEnumerateGroupResponse401
    | DeleteV1AssetEnumerateGroupResponse403
    | DeleteV1AssetEnumerateGroupResponse500
    | DeleteV1AssetEnumerateGroupResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1AssetEnumerateGroupResponse200
    | DeleteV1AssetEnumerateGroupResponse400
    | DeleteV1AssetEnumerateGroupResponse401
    | DeleteV1AssetEnumerateGroupResponse403
    | DeleteV1AssetEnumerateGroupResponse500
    | DeleteV1AssetEnumerateGroupResponseDefault
]:
    """Delete an asset group

     Delete an asset group by id

    Args:
        group_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1AssetEnumerateGroupResponse200 | DeleteV1AssetEnumerateGroupResponse400 | DeleteV1AssetEnumerateGroupResponse401 | DeleteV1AssetEnumerateGroupResponse403 | DeleteV1AssetEnumerateGroupResponse500 | DeleteV1AssetEnumerateGroupResponseDefault]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1AssetEnumerateGroupResponse200
    | DeleteV1AssetEnumerateGroupResponse400
    | DeleteV1AssetEnumerateGroupResponse401
    | DeleteV1AssetEnumerateGroupResponse403
    | DeleteV1AssetEnumerateGroupResponse500
    | DeleteV1AssetEnumerateGroupResponseDefault
    | None
):
    """Delete an asset group

     Delete an asset group by id

    Args:
        group_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1AssetEnumerateGroupResponse200 | DeleteV1AssetEnumerateGroupResponse400 | DeleteV1AssetEnumerateGroupResponse401 | DeleteV1AssetEnumerateGroupResponse403 | DeleteV1AssetEnumerateGroupResponse500 | DeleteV1AssetEnumerateGroupResponseDefault
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1AssetEnumerateGroupResponse200
    | DeleteV1AssetEnumerateGroupResponse400
    | DeleteV1AssetEnumerateGroupResponse401
    | DeleteV1AssetEnumerateGroupResponse403
    | DeleteV1AssetEnumerateGroupResponse500
    | DeleteV1AssetEnumerateGroupResponseDefault
]:
    """Delete an asset group

     Delete an asset group by id

    Args:
        group_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1AssetEnumerateGroupResponse200 | DeleteV1AssetEnumerateGroupResponse400 | DeleteV1AssetEnumerateGroupResponse401 | DeleteV1AssetEnumerateGroupResponse403 | DeleteV1AssetEnumerateGroupResponse500 | DeleteV1AssetEnumerateGroupResponseDefault]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1AssetEnumerateGroupResponse200
    | DeleteV1AssetEnumerateGroupResponse400
    | DeleteV1AssetEnumerateGroupResponse401
    | DeleteV1AssetEnumerateGroupResponse403
    | DeleteV1AssetEnumerateGroupResponse500
    | DeleteV1AssetEnumerateGroupResponseDefault
    | None
):
    """Delete an asset group

     Delete an asset group by id

    Args:
        group_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1AssetEnumerateGroupResponse200 | DeleteV1AssetEnumerateGroupResponse400 | DeleteV1AssetEnumerateGroupResponse401 | DeleteV1AssetEnumerateGroupResponse403 | DeleteV1AssetEnumerateGroupResponse500 | DeleteV1AssetEnumerateGroupResponseDefault
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

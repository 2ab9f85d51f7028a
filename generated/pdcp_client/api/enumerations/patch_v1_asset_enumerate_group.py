from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_v1_asset_enumerate_group_body import PatchV1AssetEnumerateGroupBody
from ...models.patch_v1_asset_enumerate_group_response_200 import (
    PatchV1AssetEnumerateGroupResponse200,
)
from ...models.patch_v1_asset_enumerate_group_response_400 import (
    PatchV1AssetEnumerateGroupResponse400,
)
from ...models.patch_v1_asset_enumerate_group_response_401 import (
    PatchV1AssetEnumerateGroupResponse401,
)
from ...models.patch_v1_asset_enumerate_group_response_403 import (
    PatchV1AssetEnumerateGroupResponse403,
)
from ...models.patch_v1_asset_enumerate_group_response_500 import (
    PatchV1AssetEnumerateGroupResponse500,
)
from ...models.patch_v1_asset_enumerate_group_response_default import (
    PatchV1AssetEnumerateGroupResponseDefault,
)
from ...models.patch_v1_asset_enumerate_group_update_type import (
    PatchV1AssetEnumerateGroupUpdateType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    *,
    body: PatchV1AssetEnumerateGroupBody | Unset = UNSET,
    update_type: PatchV1AssetEnumerateGroupUpdateType
    | Unset = PatchV1AssetEnumerateGroupUpdateType.APPEND,
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
        "url": "/v1/asset/enumerate/group/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
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
    PatchV1AssetEnumerateGroupResponse200
    | PatchV1AssetEnumerateGroupResponse400
    | PatchV1AssetEnumerateGroupResponse401
    | PatchV1AssetEnumerateGroupResponse403
    | PatchV1AssetEnumerateGroupResponse500
    | PatchV1AssetEnumerateGroupResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1AssetEnumerateGroupResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PatchV1AssetEnumerateGroupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PatchV1AssetEnumerateGroupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PatchV1AssetEnumerateGroupResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = PatchV1AssetEnumerateGroupResponse500.from_dict(response.json())

        return response_500

    response_default = PatchV1AssetEnumerateGroupResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1AssetEnumerateGroupResponse200
    | PatchV1AssetEnumerateGroupResponse400
    | PatchV1AssetEnumerateGroupResponse401
    | PatchV1AssetEnumerateGroupResponse403
    | PatchV1AssetEnumerateGroupResponse500
    | PatchV1AssetEnumerateGroupResponseDefault
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
    body: PatchV1AssetEnumerateGroupBody | Unset = UNSET,
    update_type: PatchV1AssetEnumerateGroupUpdateType
    | Unset = PatchV1AssetEnumerateGroupUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1AssetEnumerateGroupResponse200
    | PatchV1AssetEnumerateGroupResponse400
    | PatchV1AssetEnumerateGroupResponse401
    | PatchV1AssetEnumerateGroupResponse403
    | PatchV1AssetEnumerateGroupResponse500
    | PatchV1AssetEnumerateGroupResponseDefault
]:
    """Update an asset group

     Update an asset group by customising the filters

    Args:
        group_id (str):
        update_type (PatchV1AssetEnumerateGroupUpdateType | Unset):  Default:
            PatchV1AssetEnumerateGroupUpdateType.APPEND.
        x_team_id (str | Unset):
        body (PatchV1AssetEnumerateGroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1AssetEnumerateGroupResponse200 | PatchV1AssetEnumerateGroupResponse400 | PatchV1AssetEnumerateGroupResponse401 | PatchV1AssetEnumerateGroupResponse403 | PatchV1AssetEnumerateGroupResponse500 | PatchV1AssetEnumerateGroupResponseDefault]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        update_type=update_type,
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
    body: PatchV1AssetEnumerateGroupBody | Unset = UNSET,
    update_type: PatchV1AssetEnumerateGroupUpdateType
    | Unset = PatchV1AssetEnumerateGroupUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1AssetEnumerateGroupResponse200
    | PatchV1AssetEnumerateGroupResponse400
    | PatchV1AssetEnumerateGroupResponse401
    | PatchV1AssetEnumerateGroupResponse403
    | PatchV1AssetEnumerateGroupResponse500
    | PatchV1AssetEnumerateGroupResponseDefault
    | None
):
    """Update an asset group

     Update an asset group by customising the filters

    Args:
        group_id (str):
        update_type (PatchV1AssetEnumerateGroupUpdateType | Unset):  Default:
            PatchV1AssetEnumerateGroupUpdateType.APPEND.
        x_team_id (str | Unset):
        body (PatchV1AssetEnumerateGroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1AssetEnumerateGroupResponse200 | PatchV1AssetEnumerateGroupResponse400 | PatchV1AssetEnumerateGroupResponse401 | PatchV1AssetEnumerateGroupResponse403 | PatchV1AssetEnumerateGroupResponse500 | PatchV1AssetEnumerateGroupResponseDefault
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
        update_type=update_type,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchV1AssetEnumerateGroupBody | Unset = UNSET,
    update_type: PatchV1AssetEnumerateGroupUpdateType
    | Unset = PatchV1AssetEnumerateGroupUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1AssetEnumerateGroupResponse200
    | PatchV1AssetEnumerateGroupResponse400
    | PatchV1AssetEnumerateGroupResponse401
    | PatchV1AssetEnumerateGroupResponse403
    | PatchV1AssetEnumerateGroupResponse500
    | PatchV1AssetEnumerateGroupResponseDefault
]:
    """Update an asset group

     Update an asset group by customising the filters

    Args:
        group_id (str):
        update_type (PatchV1AssetEnumerateGroupUpdateType | Unset):  Default:
            PatchV1AssetEnumerateGroupUpdateType.APPEND.
        x_team_id (str | Unset):
        body (PatchV1AssetEnumerateGroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1AssetEnumerateGroupResponse200 | PatchV1AssetEnumerateGroupResponse400 | PatchV1AssetEnumerateGroupResponse401 | PatchV1AssetEnumerateGroupResponse403 | PatchV1AssetEnumerateGroupResponse500 | PatchV1AssetEnumerateGroupResponseDefault]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        update_type=update_type,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchV1AssetEnumerateGroupBody | Unset = UNSET,
    update_type: PatchV1AssetEnumerateGroupUpdateType
    | Unset = PatchV1AssetEnumerateGroupUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1AssetEnumerateGroupResponse200
    | PatchV1AssetEnumerateGroupResponse400
    | PatchV1AssetEnumerateGroupResponse401
    | PatchV1AssetEnumerateGroupResponse403
    | PatchV1AssetEnumerateGroupResponse500
    | PatchV1AssetEnumerateGroupResponseDefault
    | None
):
    """Update an asset group

     Update an asset group by customising the filters

    Args:
        group_id (str):
        update_type (PatchV1AssetEnumerateGroupUpdateType | Unset):  Default:
            PatchV1AssetEnumerateGroupUpdateType.APPEND.
        x_team_id (str | Unset):
        body (PatchV1AssetEnumerateGroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1AssetEnumerateGroupResponse200 | PatchV1AssetEnumerateGroupResponse400 | PatchV1AssetEnumerateGroupResponse401 | PatchV1AssetEnumerateGroupResponse403 | PatchV1AssetEnumerateGroupResponse500 | PatchV1AssetEnumerateGroupResponseDefault
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
            update_type=update_type,
            x_team_id=x_team_id,
        )
    ).parsed

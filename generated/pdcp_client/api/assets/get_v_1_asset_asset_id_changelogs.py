from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_asset_asset_id_changelogs_response_200 import (
    GetV1AssetAssetIdChangelogsResponse200,
)
from ...models.get_v1_asset_asset_id_changelogs_response_400 import (
    GetV1AssetAssetIdChangelogsResponse400,
)
from ...models.get_v1_asset_asset_id_changelogs_response_401 import (
    GetV1AssetAssetIdChangelogsResponse401,
)
from ...models.get_v1_asset_asset_id_changelogs_response_500 import (
    GetV1AssetAssetIdChangelogsResponse500,
)
from ...models.get_v1_asset_asset_id_changelogs_response_default import (
    GetV1AssetAssetIdChangelogsResponseDefault,
)
from ...models.get_v1_asset_asset_id_changelogs_time import (
    GetV1AssetAssetIdChangelogsTime,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    asset_id: int,
    *,
    time: GetV1AssetAssetIdChangelogsTime
    | Unset = GetV1AssetAssetIdChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    json_time: str | Unset = UNSET
    if not isinstance(time, Unset):
        json_time = time.value

    params["time"] = json_time

    params["event_type"] = event_type

    params["sort_asc"] = sort_asc

    params["sort_desc"] = sort_desc

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/asset/{asset_id}/changelogs".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1AssetAssetIdChangelogsResponse200
    | GetV1AssetAssetIdChangelogsResponse400
    | GetV1AssetAssetIdChangelogsResponse401
    | GetV1AssetAssetIdChangelogsResponse500
    | GetV1AssetAssetIdChangelogsResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1AssetAssetIdChangelogsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1AssetAssetIdChangelogsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1AssetAssetIdChangelogsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetV1AssetAssetIdChangelogsResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1AssetAssetIdChangelogsResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1AssetAssetIdChangelogsResponse200
    | GetV1AssetAssetIdChangelogsResponse400
    | GetV1AssetAssetIdChangelogsResponse401
    | GetV1AssetAssetIdChangelogsResponse500
    | GetV1AssetAssetIdChangelogsResponseDefault
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
    client: AuthenticatedClient,
    time: GetV1AssetAssetIdChangelogsTime
    | Unset = GetV1AssetAssetIdChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1AssetAssetIdChangelogsResponse200
    | GetV1AssetAssetIdChangelogsResponse400
    | GetV1AssetAssetIdChangelogsResponse401
    | GetV1AssetAssetIdChangelogsResponse500
    | GetV1AssetAssetIdChangelogsResponseDefault
]:
    """Get Asset Changelogs for a given asset_id

     Get asset changelogs

    Args:
        asset_id (int):
        time (GetV1AssetAssetIdChangelogsTime | Unset):  Default:
            GetV1AssetAssetIdChangelogsTime.ALL_TIME.
        event_type (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetAssetIdChangelogsResponse200 | GetV1AssetAssetIdChangelogsResponse400 | GetV1AssetAssetIdChangelogsResponse401 | GetV1AssetAssetIdChangelogsResponse500 | GetV1AssetAssetIdChangelogsResponseDefault]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        time=time,
        event_type=event_type,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        limit=limit,
        offset=offset,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: int,
    *,
    client: AuthenticatedClient,
    time: GetV1AssetAssetIdChangelogsTime
    | Unset = GetV1AssetAssetIdChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1AssetAssetIdChangelogsResponse200
    | GetV1AssetAssetIdChangelogsResponse400
    | GetV1AssetAssetIdChangelogsResponse401
    | GetV1AssetAssetIdChangelogsResponse500
    | GetV1AssetAssetIdChangelogsResponseDefault
    | None
):
    """Get Asset Changelogs for a given asset_id

     Get asset changelogs

    Args:
        asset_id (int):
        time (GetV1AssetAssetIdChangelogsTime | Unset):  Default:
            GetV1AssetAssetIdChangelogsTime.ALL_TIME.
        event_type (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetAssetIdChangelogsResponse200 | GetV1AssetAssetIdChangelogsResponse400 | GetV1AssetAssetIdChangelogsResponse401 | GetV1AssetAssetIdChangelogsResponse500 | GetV1AssetAssetIdChangelogsResponseDefault
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
        time=time,
        event_type=event_type,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        limit=limit,
        offset=offset,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    asset_id: int,
    *,
    client: AuthenticatedClient,
    time: GetV1AssetAssetIdChangelogsTime
    | Unset = GetV1AssetAssetIdChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1AssetAssetIdChangelogsResponse200
    | GetV1AssetAssetIdChangelogsResponse400
    | GetV1AssetAssetIdChangelogsResponse401
    | GetV1AssetAssetIdChangelogsResponse500
    | GetV1AssetAssetIdChangelogsResponseDefault
]:
    """Get Asset Changelogs for a given asset_id

     Get asset changelogs

    Args:
        asset_id (int):
        time (GetV1AssetAssetIdChangelogsTime | Unset):  Default:
            GetV1AssetAssetIdChangelogsTime.ALL_TIME.
        event_type (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetAssetIdChangelogsResponse200 | GetV1AssetAssetIdChangelogsResponse400 | GetV1AssetAssetIdChangelogsResponse401 | GetV1AssetAssetIdChangelogsResponse500 | GetV1AssetAssetIdChangelogsResponseDefault]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        time=time,
        event_type=event_type,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        limit=limit,
        offset=offset,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: int,
    *,
    client: AuthenticatedClient,
    time: GetV1AssetAssetIdChangelogsTime
    | Unset = GetV1AssetAssetIdChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1AssetAssetIdChangelogsResponse200
    | GetV1AssetAssetIdChangelogsResponse400
    | GetV1AssetAssetIdChangelogsResponse401
    | GetV1AssetAssetIdChangelogsResponse500
    | GetV1AssetAssetIdChangelogsResponseDefault
    | None
):
    """Get Asset Changelogs for a given asset_id

     Get asset changelogs

    Args:
        asset_id (int):
        time (GetV1AssetAssetIdChangelogsTime | Unset):  Default:
            GetV1AssetAssetIdChangelogsTime.ALL_TIME.
        event_type (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetAssetIdChangelogsResponse200 | GetV1AssetAssetIdChangelogsResponse400 | GetV1AssetAssetIdChangelogsResponse401 | GetV1AssetAssetIdChangelogsResponse500 | GetV1AssetAssetIdChangelogsResponseDefault
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
            time=time,
            event_type=event_type,
            sort_asc=sort_asc,
            sort_desc=sort_desc,
            limit=limit,
            offset=offset,
            x_team_id=x_team_id,
        )
    ).parsed

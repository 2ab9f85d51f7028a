from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_asset_enumerate_misconfiguration_finding_type import (
    GetV1AssetEnumerateMisconfigurationFindingType,
)
from ...models.get_v1_asset_enumerate_misconfiguration_response_200 import (
    GetV1AssetEnumerateMisconfigurationResponse200,
)
from ...models.get_v1_asset_enumerate_misconfiguration_response_400 import (
    GetV1AssetEnumerateMisconfigurationResponse400,
)
from ...models.get_v1_asset_enumerate_misconfiguration_response_401 import (
    GetV1AssetEnumerateMisconfigurationResponse401,
)
from ...models.get_v1_asset_enumerate_misconfiguration_response_403 import (
    GetV1AssetEnumerateMisconfigurationResponse403,
)
from ...models.get_v1_asset_enumerate_misconfiguration_response_500 import (
    GetV1AssetEnumerateMisconfigurationResponse500,
)
from ...models.get_v1_asset_enumerate_misconfiguration_response_default import (
    GetV1AssetEnumerateMisconfigurationResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    finding_type: GetV1AssetEnumerateMisconfigurationFindingType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    json_finding_type: str | Unset = UNSET
    if not isinstance(finding_type, Unset):
        json_finding_type = finding_type.value

    params["finding_type"] = json_finding_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/asset/enumerate/misconfiguration",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1AssetEnumerateMisconfigurationResponse200
    | GetV1AssetEnumerateMisconfigurationResponse400
    | GetV1AssetEnumerateMisconfigurationResponse401
    | GetV1AssetEnumerateMisconfigurationResponse403
    | GetV1AssetEnumerateMisconfigurationResponse500
    | GetV1AssetEnumerateMisconfigurationResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1AssetEnumerateMisconfigurationResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = GetV1AssetEnumerateMisconfigurationResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = GetV1AssetEnumerateMisconfigurationResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 403:
        response_403 = GetV1AssetEnumerateMisconfigurationResponse403.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 500:
        response_500 = GetV1AssetEnumerateMisconfigurationResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = GetV1AssetEnumerateMisconfigurationResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1AssetEnumerateMisconfigurationResponse200
    | GetV1AssetEnumerateMisconfigurationResponse400
    | GetV1AssetEnumerateMisconfigurationResponse401
    | GetV1AssetEnumerateMisconfigurationResponse403
    | GetV1AssetEnumerateMisconfigurationResponse500
    | GetV1AssetEnumerateMisconfigurationResponseDefault
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    finding_type: GetV1AssetEnumerateMisconfigurationFindingType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1AssetEnumerateMisconfigurationResponse200
    | GetV1AssetEnumerateMisconfigurationResponse400
    | GetV1AssetEnumerateMisconfigurationResponse401
    | GetV1AssetEnumerateMisconfigurationResponse403
    | GetV1AssetEnumerateMisconfigurationResponse500
    | GetV1AssetEnumerateMisconfigurationResponseDefault
]:
    """List Misconfiguration Findings

     Retrieve infrastructure misconfiguration findings discovered during asset enumeration. Currently
    detects AWS dangling DNS (Elastic IPs that no longer exist) and Cloudflare origin IP exposure.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        finding_type (GetV1AssetEnumerateMisconfigurationFindingType | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetEnumerateMisconfigurationResponse200 | GetV1AssetEnumerateMisconfigurationResponse400 | GetV1AssetEnumerateMisconfigurationResponse401 | GetV1AssetEnumerateMisconfigurationResponse403 | GetV1AssetEnumerateMisconfigurationResponse500 | GetV1AssetEnumerateMisconfigurationResponseDefault]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        search=search,
        finding_type=finding_type,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    finding_type: GetV1AssetEnumerateMisconfigurationFindingType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1AssetEnumerateMisconfigurationResponse200
    | GetV1AssetEnumerateMisconfigurationResponse400
    | GetV1AssetEnumerateMisconfigurationResponse401
    | GetV1AssetEnumerateMisconfigurationResponse403
    | GetV1AssetEnumerateMisconfigurationResponse500
    | GetV1AssetEnumerateMisconfigurationResponseDefault
    | None
):
    """List Misconfiguration Findings

     Retrieve infrastructure misconfiguration findings discovered during asset enumeration. Currently
    detects AWS dangling DNS (Elastic IPs that no longer exist) and Cloudflare origin IP exposure.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        finding_type (GetV1AssetEnumerateMisconfigurationFindingType | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetEnumerateMisconfigurationResponse200 | GetV1AssetEnumerateMisconfigurationResponse400 | GetV1AssetEnumerateMisconfigurationResponse401 | GetV1AssetEnumerateMisconfigurationResponse403 | GetV1AssetEnumerateMisconfigurationResponse500 | GetV1AssetEnumerateMisconfigurationResponseDefault
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        search=search,
        finding_type=finding_type,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    finding_type: GetV1AssetEnumerateMisconfigurationFindingType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1AssetEnumerateMisconfigurationResponse200
    | GetV1AssetEnumerateMisconfigurationResponse400
    | GetV1AssetEnumerateMisconfigurationResponse401
    | GetV1AssetEnumerateMisconfigurationResponse403
    | GetV1AssetEnumerateMisconfigurationResponse500
    | GetV1AssetEnumerateMisconfigurationResponseDefault
]:
    """List Misconfiguration Findings

     Retrieve infrastructure misconfiguration findings discovered during asset enumeration. Currently
    detects AWS dangling DNS (Elastic IPs that no longer exist) and Cloudflare origin IP exposure.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        finding_type (GetV1AssetEnumerateMisconfigurationFindingType | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AssetEnumerateMisconfigurationResponse200 | GetV1AssetEnumerateMisconfigurationResponse400 | GetV1AssetEnumerateMisconfigurationResponse401 | GetV1AssetEnumerateMisconfigurationResponse403 | GetV1AssetEnumerateMisconfigurationResponse500 | GetV1AssetEnumerateMisconfigurationResponseDefault]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        search=search,
        finding_type=finding_type,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    finding_type: GetV1AssetEnumerateMisconfigurationFindingType | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1AssetEnumerateMisconfigurationResponse200
    | GetV1AssetEnumerateMisconfigurationResponse400
    | GetV1AssetEnumerateMisconfigurationResponse401
    | GetV1AssetEnumerateMisconfigurationResponse403
    | GetV1AssetEnumerateMisconfigurationResponse500
    | GetV1AssetEnumerateMisconfigurationResponseDefault
    | None
):
    """List Misconfiguration Findings

     Retrieve infrastructure misconfiguration findings discovered during asset enumeration. Currently
    detects AWS dangling DNS (Elastic IPs that no longer exist) and Cloudflare origin IP exposure.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        finding_type (GetV1AssetEnumerateMisconfigurationFindingType | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AssetEnumerateMisconfigurationResponse200 | GetV1AssetEnumerateMisconfigurationResponse400 | GetV1AssetEnumerateMisconfigurationResponse401 | GetV1AssetEnumerateMisconfigurationResponse403 | GetV1AssetEnumerateMisconfigurationResponse500 | GetV1AssetEnumerateMisconfigurationResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            search=search,
            finding_type=finding_type,
            x_team_id=x_team_id,
        )
    ).parsed

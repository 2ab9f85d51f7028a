from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_v1_asset_enumerate_enumerate_id_body import (
    PatchV1AssetEnumerateEnumerateIdBody,
)
from ...models.patch_v1_asset_enumerate_enumerate_id_response_200 import (
    PatchV1AssetEnumerateEnumerateIdResponse200,
)
from ...models.patch_v1_asset_enumerate_enumerate_id_response_400 import (
    PatchV1AssetEnumerateEnumerateIdResponse400,
)
from ...models.patch_v1_asset_enumerate_enumerate_id_response_401 import (
    PatchV1AssetEnumerateEnumerateIdResponse401,
)
from ...models.patch_v1_asset_enumerate_enumerate_id_response_403 import (
    PatchV1AssetEnumerateEnumerateIdResponse403,
)
from ...models.patch_v1_asset_enumerate_enumerate_id_response_500 import (
    PatchV1AssetEnumerateEnumerateIdResponse500,
)
from ...models.patch_v1_asset_enumerate_enumerate_id_response_default import (
    PatchV1AssetEnumerateEnumerateIdResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    enumerate_id: str,
    *,
    body: PatchV1AssetEnumerateEnumerateIdBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/asset/enumerate/{enumerate_id}".format(
            enumerate_id=quote(str(enumerate_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PatchV1AssetEnumerateEnumerateIdResponse200
    | PatchV1AssetEnumerateEnumerateIdResponse400
    | PatchV1AssetEnumerateEnumerateIdResponse401
    | PatchV1AssetEnumerateEnumerateIdResponse403
    | PatchV1AssetEnumerateEnumerateIdResponse500
    | PatchV1AssetEnumerateEnumerateIdResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1AssetEnumerateEnumerateIdResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = PatchV1AssetEnumerateEnumerateIdResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = PatchV1AssetEnumerateEnumerateIdResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 403:
        response_403 = PatchV1AssetEnumerateEnumerateIdResponse403.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 500:
        response_500 = PatchV1AssetEnumerateEnumerateIdResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = PatchV1AssetEnumerateEnumerateIdResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1AssetEnumerateEnumerateIdResponse200
    | PatchV1AssetEnumerateEnumerateIdResponse400
    | PatchV1AssetEnumerateEnumerateIdResponse401
    | PatchV1AssetEnumerateEnumerateIdResponse403
    | PatchV1AssetEnumerateEnumerateIdResponse500
    | PatchV1AssetEnumerateEnumerateIdResponseDefault
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
    body: PatchV1AssetEnumerateEnumerateIdBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1AssetEnumerateEnumerateIdResponse200
    | PatchV1AssetEnumerateEnumerateIdResponse400
    | PatchV1AssetEnumerateEnumerateIdResponse401
    | PatchV1AssetEnumerateEnumerateIdResponse403
    | PatchV1AssetEnumerateEnumerateIdResponse500
    | PatchV1AssetEnumerateEnumerateIdResponseDefault
]:
    """Update Enumeration

     Update enumeration by enumerate_id

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):
        body (PatchV1AssetEnumerateEnumerateIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1AssetEnumerateEnumerateIdResponse200 | PatchV1AssetEnumerateEnumerateIdResponse400 | PatchV1AssetEnumerateEnumerateIdResponse401 | PatchV1AssetEnumerateEnumerateIdResponse403 | PatchV1AssetEnumerateEnumerateIdResponse500 | PatchV1AssetEnumerateEnumerateIdResponseDefault]
    """

    kwargs = _get_kwargs(
        enumerate_id=enumerate_id,
        body=body,
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
    body: PatchV1AssetEnumerateEnumerateIdBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1AssetEnumerateEnumerateIdResponse200
    | PatchV1AssetEnumerateEnumerateIdResponse400
    | PatchV1AssetEnumerateEnumerateIdResponse401
    | PatchV1AssetEnumerateEnumerateIdResponse403
    | PatchV1AssetEnumerateEnumerateIdResponse500
    | PatchV1AssetEnumerateEnumerateIdResponseDefault
    | None
):
    """Update Enumeration

     Update enumeration by enumerate_id

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):
        body (PatchV1AssetEnumerateEnumerateIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1AssetEnumerateEnumerateIdResponse200 | PatchV1AssetEnumerateEnumerateIdResponse400 | PatchV1AssetEnumerateEnumerateIdResponse401 | PatchV1AssetEnumerateEnumerateIdResponse403 | PatchV1AssetEnumerateEnumerateIdResponse500 | PatchV1AssetEnumerateEnumerateIdResponseDefault
    """

    return sync_detailed(
        enumerate_id=enumerate_id,
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    enumerate_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchV1AssetEnumerateEnumerateIdBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1AssetEnumerateEnumerateIdResponse200
    | PatchV1AssetEnumerateEnumerateIdResponse400
    | PatchV1AssetEnumerateEnumerateIdResponse401
    | PatchV1AssetEnumerateEnumerateIdResponse403
    | PatchV1AssetEnumerateEnumerateIdResponse500
    | PatchV1AssetEnumerateEnumerateIdResponseDefault
]:
    """Update Enumeration

     Update enumeration by enumerate_id

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):
        body (PatchV1AssetEnumerateEnumerateIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1AssetEnumerateEnumerateIdResponse200 | PatchV1AssetEnumerateEnumerateIdResponse400 | PatchV1AssetEnumerateEnumerateIdResponse401 | PatchV1AssetEnumerateEnumerateIdResponse403 | PatchV1AssetEnumerateEnumerateIdResponse500 | PatchV1AssetEnumerateEnumerateIdResponseDefault]
    """

    kwargs = _get_kwargs(
        enumerate_id=enumerate_id,
        body=body,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enumerate_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchV1AssetEnumerateEnumerateIdBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1AssetEnumerateEnumerateIdResponse200
    | PatchV1AssetEnumerateEnumerateIdResponse400
    | PatchV1AssetEnumerateEnumerateIdResponse401
    | PatchV1AssetEnumerateEnumerateIdResponse403
    | PatchV1AssetEnumerateEnumerateIdResponse500
    | PatchV1AssetEnumerateEnumerateIdResponseDefault
    | None
):
    """Update Enumeration

     Update enumeration by enumerate_id

    Args:
        enumerate_id (str):
        x_team_id (str | Unset):
        body (PatchV1AssetEnumerateEnumerateIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1AssetEnumerateEnumerateIdResponse200 | PatchV1AssetEnumerateEnumerateIdResponse400 | PatchV1AssetEnumerateEnumerateIdResponse401 | PatchV1AssetEnumerateEnumerateIdResponse403 | PatchV1AssetEnumerateEnumerateIdResponse500 | PatchV1AssetEnumerateEnumerateIdResponseDefault
    """

    return (
        await asyncio_detailed(
            enumerate_id=enumerate_id,
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_v1_asset_enumerates_body import DeleteV1AssetEnumeratesBody
from ...models.delete_v1_asset_enumerates_response_200 import (
    DeleteV1AssetEnumeratesResponse200,
)
from ...models.delete_v1_asset_enumerates_response_400 import (
    DeleteV1AssetEnumeratesResponse400,
)
from ...models.delete_v1_asset_enumerates_response_401 import (
    DeleteV1AssetEnumeratesResponse401,
)
from ...models.delete_v1_asset_enumerates_response_500 import (
    DeleteV1AssetEnumeratesResponse500,
)
from ...models.delete_v1_asset_enumerates_response_default import (
    DeleteV1AssetEnumeratesResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DeleteV1AssetEnumeratesBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/asset/enumerate",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteV1AssetEnumeratesResponse200
    | DeleteV1AssetEnumeratesResponse400
    | DeleteV1AssetEnumeratesResponse401
    | DeleteV1AssetEnumeratesResponse500
    | DeleteV1AssetEnumeratesResponseDefault
):
    if response.status_code == 200:
        response_200 = DeleteV1AssetEnumeratesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteV1AssetEnumeratesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteV1AssetEnumeratesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = DeleteV1AssetEnumeratesResponse500.from_dict(response.json())

        return response_500

    response_default = DeleteV1AssetEnumeratesResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteV1AssetEnumeratesResponse200
    | DeleteV1AssetEnumeratesResponse400
    | DeleteV1AssetEnumeratesResponse401
    | DeleteV1AssetEnumeratesResponse500
    | DeleteV1AssetEnumeratesResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteV1AssetEnumeratesBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1AssetEnumeratesResponse200
    | DeleteV1AssetEnumeratesResponse400
    | DeleteV1AssetEnumeratesResponse401
    | DeleteV1AssetEnumeratesResponse500
    | DeleteV1AssetEnumeratesResponseDefault
]:
    """Delete Assets in bulk

     Delete enumeration by enumerate ids

    Args:
        x_team_id (str | Unset):
        body (DeleteV1AssetEnumeratesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1AssetEnumeratesResponse200 | DeleteV1AssetEnumeratesResponse400 | DeleteV1AssetEnumeratesResponse401 | DeleteV1AssetEnumeratesResponse500 | DeleteV1AssetEnumeratesResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DeleteV1AssetEnumeratesBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1AssetEnumeratesResponse200
    | DeleteV1AssetEnumeratesResponse400
    | DeleteV1AssetEnumeratesResponse401
    | DeleteV1AssetEnumeratesResponse500
    | DeleteV1AssetEnumeratesResponseDefault
    | None
):
    """Delete Assets in bulk

     Delete enumeration by enumerate ids

    Args:
        x_team_id (str | Unset):
        body (DeleteV1AssetEnumeratesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1AssetEnumeratesResponse200 | DeleteV1AssetEnumeratesResponse400 | DeleteV1AssetEnumeratesResponse401 | DeleteV1AssetEnumeratesResponse500 | DeleteV1AssetEnumeratesResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteV1AssetEnumeratesBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1AssetEnumeratesResponse200
    | DeleteV1AssetEnumeratesResponse400
    | DeleteV1AssetEnumeratesResponse401
    | DeleteV1AssetEnumeratesResponse500
    | DeleteV1AssetEnumeratesResponseDefault
]:
    """Delete Assets in bulk

     Delete enumeration by enumerate ids

    Args:
        x_team_id (str | Unset):
        body (DeleteV1AssetEnumeratesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1AssetEnumeratesResponse200 | DeleteV1AssetEnumeratesResponse400 | DeleteV1AssetEnumeratesResponse401 | DeleteV1AssetEnumeratesResponse500 | DeleteV1AssetEnumeratesResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteV1AssetEnumeratesBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1AssetEnumeratesResponse200
    | DeleteV1AssetEnumeratesResponse400
    | DeleteV1AssetEnumeratesResponse401
    | DeleteV1AssetEnumeratesResponse500
    | DeleteV1AssetEnumeratesResponseDefault
    | None
):
    """Delete Assets in bulk

     Delete enumeration by enumerate ids

    Args:
        x_team_id (str | Unset):
        body (DeleteV1AssetEnumeratesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1AssetEnumeratesResponse200 | DeleteV1AssetEnumeratesResponse400 | DeleteV1AssetEnumeratesResponse401 | DeleteV1AssetEnumeratesResponse500 | DeleteV1AssetEnumeratesResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

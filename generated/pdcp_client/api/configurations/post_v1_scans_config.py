from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_scans_config_body import PostV1ScansConfigBody
from ...models.post_v1_scans_config_response_200 import PostV1ScansConfigResponse200
from ...models.post_v1_scans_config_response_400 import PostV1ScansConfigResponse400
from ...models.post_v1_scans_config_response_401 import PostV1ScansConfigResponse401
from ...models.post_v1_scans_config_response_403 import PostV1ScansConfigResponse403
from ...models.post_v1_scans_config_response_500 import PostV1ScansConfigResponse500
from ...models.post_v1_scans_config_response_default import (
    PostV1ScansConfigResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostV1ScansConfigBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/scans/config",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostV1ScansConfigResponse200
    | PostV1ScansConfigResponse400
    | PostV1ScansConfigResponse401
    | PostV1ScansConfigResponse403
    | PostV1ScansConfigResponse500
    | PostV1ScansConfigResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1ScansConfigResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1ScansConfigResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1ScansConfigResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PostV1ScansConfigResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = PostV1ScansConfigResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1ScansConfigResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1ScansConfigResponse200
    | PostV1ScansConfigResponse400
    | PostV1ScansConfigResponse401
    | PostV1ScansConfigResponse403
    | PostV1ScansConfigResponse500
    | PostV1ScansConfigResponseDefault
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
    body: PostV1ScansConfigBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1ScansConfigResponse200
    | PostV1ScansConfigResponse400
    | PostV1ScansConfigResponse401
    | PostV1ScansConfigResponse403
    | PostV1ScansConfigResponse500
    | PostV1ScansConfigResponseDefault
]:
    """Add Config

     Add a new scan configuration

    Args:
        x_team_id (str | Unset):
        body (PostV1ScansConfigBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1ScansConfigResponse200 | PostV1ScansConfigResponse400 | PostV1ScansConfigResponse401 | PostV1ScansConfigResponse403 | PostV1ScansConfigResponse500 | PostV1ScansConfigResponseDefault]
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
    body: PostV1ScansConfigBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1ScansConfigResponse200
    | PostV1ScansConfigResponse400
    | PostV1ScansConfigResponse401
    | PostV1ScansConfigResponse403
    | PostV1ScansConfigResponse500
    | PostV1ScansConfigResponseDefault
    | None
):
    """Add Config

     Add a new scan configuration

    Args:
        x_team_id (str | Unset):
        body (PostV1ScansConfigBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1ScansConfigResponse200 | PostV1ScansConfigResponse400 | PostV1ScansConfigResponse401 | PostV1ScansConfigResponse403 | PostV1ScansConfigResponse500 | PostV1ScansConfigResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostV1ScansConfigBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1ScansConfigResponse200
    | PostV1ScansConfigResponse400
    | PostV1ScansConfigResponse401
    | PostV1ScansConfigResponse403
    | PostV1ScansConfigResponse500
    | PostV1ScansConfigResponseDefault
]:
    """Add Config

     Add a new scan configuration

    Args:
        x_team_id (str | Unset):
        body (PostV1ScansConfigBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1ScansConfigResponse200 | PostV1ScansConfigResponse400 | PostV1ScansConfigResponse401 | PostV1ScansConfigResponse403 | PostV1ScansConfigResponse500 | PostV1ScansConfigResponseDefault]
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
    body: PostV1ScansConfigBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1ScansConfigResponse200
    | PostV1ScansConfigResponse400
    | PostV1ScansConfigResponse401
    | PostV1ScansConfigResponse403
    | PostV1ScansConfigResponse500
    | PostV1ScansConfigResponseDefault
    | None
):
    """Add Config

     Add a new scan configuration

    Args:
        x_team_id (str | Unset):
        body (PostV1ScansConfigBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1ScansConfigResponse200 | PostV1ScansConfigResponse400 | PostV1ScansConfigResponse401 | PostV1ScansConfigResponse403 | PostV1ScansConfigResponse500 | PostV1ScansConfigResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

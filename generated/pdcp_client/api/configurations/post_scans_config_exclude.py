from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_scans_config_exclude_body import PostScansConfigExcludeBody
from ...models.post_scans_config_exclude_response_200 import (
    PostScansConfigExcludeResponse200,
)
from ...models.post_scans_config_exclude_response_400 import (
    PostScansConfigExcludeResponse400,
)
from ...models.post_scans_config_exclude_response_401 import (
    PostScansConfigExcludeResponse401,
)
from ...models.post_scans_config_exclude_response_500 import (
    PostScansConfigExcludeResponse500,
)
from ...models.post_scans_config_exclude_response_default import (
    PostScansConfigExcludeResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostScansConfigExcludeBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/scans/config/exclude",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostScansConfigExcludeResponse200
    | PostScansConfigExcludeResponse400
    | PostScansConfigExcludeResponse401
    | PostScansConfigExcludeResponse500
    | PostScansConfigExcludeResponseDefault
):
    if response.status_code == 200:
        response_200 = PostScansConfigExcludeResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostScansConfigExcludeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostScansConfigExcludeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = PostScansConfigExcludeResponse500.from_dict(response.json())

        return response_500

    response_default = PostScansConfigExcludeResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostScansConfigExcludeResponse200
    | PostScansConfigExcludeResponse400
    | PostScansConfigExcludeResponse401
    | PostScansConfigExcludeResponse500
    | PostScansConfigExcludeResponseDefault
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
    body: PostScansConfigExcludeBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostScansConfigExcludeResponse200
    | PostScansConfigExcludeResponse400
    | PostScansConfigExcludeResponse401
    | PostScansConfigExcludeResponse500
    | PostScansConfigExcludeResponseDefault
]:
    """Add excluded templates and targets

     Add excluded templates or targets

    Args:
        x_team_id (str | Unset):
        body (PostScansConfigExcludeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostScansConfigExcludeResponse200 | PostScansConfigExcludeResponse400 | PostScansConfigExcludeResponse401 | PostScansConfigExcludeResponse500 | PostScansConfigExcludeResponseDefault]
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
    body: PostScansConfigExcludeBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostScansConfigExcludeResponse200
    | PostScansConfigExcludeResponse400
    | PostScansConfigExcludeResponse401
    | PostScansConfigExcludeResponse500
    | PostScansConfigExcludeResponseDefault
    | None
):
    """Add excluded templates and targets

     Add excluded templates or targets

    Args:
        x_team_id (str | Unset):
        body (PostScansConfigExcludeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostScansConfigExcludeResponse200 | PostScansConfigExcludeResponse400 | PostScansConfigExcludeResponse401 | PostScansConfigExcludeResponse500 | PostScansConfigExcludeResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostScansConfigExcludeBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostScansConfigExcludeResponse200
    | PostScansConfigExcludeResponse400
    | PostScansConfigExcludeResponse401
    | PostScansConfigExcludeResponse500
    | PostScansConfigExcludeResponseDefault
]:
    """Add excluded templates and targets

     Add excluded templates or targets

    Args:
        x_team_id (str | Unset):
        body (PostScansConfigExcludeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostScansConfigExcludeResponse200 | PostScansConfigExcludeResponse400 | PostScansConfigExcludeResponse401 | PostScansConfigExcludeResponse500 | PostScansConfigExcludeResponseDefault]
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
    body: PostScansConfigExcludeBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostScansConfigExcludeResponse200
    | PostScansConfigExcludeResponse400
    | PostScansConfigExcludeResponse401
    | PostScansConfigExcludeResponse500
    | PostScansConfigExcludeResponseDefault
    | None
):
    """Add excluded templates and targets

     Add excluded templates or targets

    Args:
        x_team_id (str | Unset):
        body (PostScansConfigExcludeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostScansConfigExcludeResponse200 | PostScansConfigExcludeResponse400 | PostScansConfigExcludeResponse401 | PostScansConfigExcludeResponse500 | PostScansConfigExcludeResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

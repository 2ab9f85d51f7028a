from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_user_team_default_members_body import (
    PostV1UserTeamDefaultMembersBody,
)
from ...models.post_v1_user_team_default_members_response_200 import (
    PostV1UserTeamDefaultMembersResponse200,
)
from ...models.post_v1_user_team_default_members_response_400 import (
    PostV1UserTeamDefaultMembersResponse400,
)
from ...models.post_v1_user_team_default_members_response_401 import (
    PostV1UserTeamDefaultMembersResponse401,
)
from ...models.post_v1_user_team_default_members_response_403 import (
    PostV1UserTeamDefaultMembersResponse403,
)
from ...models.post_v1_user_team_default_members_response_500 import (
    PostV1UserTeamDefaultMembersResponse500,
)
from ...models.post_v1_user_team_default_members_response_default import (
    PostV1UserTeamDefaultMembersResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostV1UserTeamDefaultMembersBody | Unset = UNSET,
    x_team_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/user/team/default-members",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostV1UserTeamDefaultMembersResponse200
    | PostV1UserTeamDefaultMembersResponse400
    | PostV1UserTeamDefaultMembersResponse401
    | PostV1UserTeamDefaultMembersResponse403
    | PostV1UserTeamDefaultMembersResponse500
    | PostV1UserTeamDefaultMembersResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1UserTeamDefaultMembersResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = PostV1UserTeamDefaultMembersResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = PostV1UserTeamDefaultMembersResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 403:
        response_403 = PostV1UserTeamDefaultMembersResponse403.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 500:
        response_500 = PostV1UserTeamDefaultMembersResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = PostV1UserTeamDefaultMembersResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1UserTeamDefaultMembersResponse200
    | PostV1UserTeamDefaultMembersResponse400
    | PostV1UserTeamDefaultMembersResponse401
    | PostV1UserTeamDefaultMembersResponse403
    | PostV1UserTeamDefaultMembersResponse500
    | PostV1UserTeamDefaultMembersResponseDefault
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
    body: PostV1UserTeamDefaultMembersBody | Unset = UNSET,
    x_team_id: str,
) -> Response[
    PostV1UserTeamDefaultMembersResponse200
    | PostV1UserTeamDefaultMembersResponse400
    | PostV1UserTeamDefaultMembersResponse401
    | PostV1UserTeamDefaultMembersResponse403
    | PostV1UserTeamDefaultMembersResponse500
    | PostV1UserTeamDefaultMembersResponseDefault
]:
    """Set Default Team Members

     Set (replace) the list of default team members

    Args:
        x_team_id (str):
        body (PostV1UserTeamDefaultMembersBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1UserTeamDefaultMembersResponse200 | PostV1UserTeamDefaultMembersResponse400 | PostV1UserTeamDefaultMembersResponse401 | PostV1UserTeamDefaultMembersResponse403 | PostV1UserTeamDefaultMembersResponse500 | PostV1UserTeamDefaultMembersResponseDefault]
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
    body: PostV1UserTeamDefaultMembersBody | Unset = UNSET,
    x_team_id: str,
) -> (
    PostV1UserTeamDefaultMembersResponse200
    | PostV1UserTeamDefaultMembersResponse400
    | PostV1UserTeamDefaultMembersResponse401
    | PostV1UserTeamDefaultMembersResponse403
    | PostV1UserTeamDefaultMembersResponse500
    | PostV1UserTeamDefaultMembersResponseDefault
    | None
):
    """Set Default Team Members

     Set (replace) the list of default team members

    Args:
        x_team_id (str):
        body (PostV1UserTeamDefaultMembersBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1UserTeamDefaultMembersResponse200 | PostV1UserTeamDefaultMembersResponse400 | PostV1UserTeamDefaultMembersResponse401 | PostV1UserTeamDefaultMembersResponse403 | PostV1UserTeamDefaultMembersResponse500 | PostV1UserTeamDefaultMembersResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostV1UserTeamDefaultMembersBody | Unset = UNSET,
    x_team_id: str,
) -> Response[
    PostV1UserTeamDefaultMembersResponse200
    | PostV1UserTeamDefaultMembersResponse400
    | PostV1UserTeamDefaultMembersResponse401
    | PostV1UserTeamDefaultMembersResponse403
    | PostV1UserTeamDefaultMembersResponse500
    | PostV1UserTeamDefaultMembersResponseDefault
]:
    """Set Default Team Members

     Set (replace) the list of default team members

    Args:
        x_team_id (str):
        body (PostV1UserTeamDefaultMembersBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1UserTeamDefaultMembersResponse200 | PostV1UserTeamDefaultMembersResponse400 | PostV1UserTeamDefaultMembersResponse401 | PostV1UserTeamDefaultMembersResponse403 | PostV1UserTeamDefaultMembersResponse500 | PostV1UserTeamDefaultMembersResponseDefault]
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
    body: PostV1UserTeamDefaultMembersBody | Unset = UNSET,
    x_team_id: str,
) -> (
    PostV1UserTeamDefaultMembersResponse200
    | PostV1UserTeamDefaultMembersResponse400
    | PostV1UserTeamDefaultMembersResponse401
    | PostV1UserTeamDefaultMembersResponse403
    | PostV1UserTeamDefaultMembersResponse500
    | PostV1UserTeamDefaultMembersResponseDefault
    | None
):
    """Set Default Team Members

     Set (replace) the list of default team members

    Args:
        x_team_id (str):
        body (PostV1UserTeamDefaultMembersBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1UserTeamDefaultMembersResponse200 | PostV1UserTeamDefaultMembersResponse400 | PostV1UserTeamDefaultMembersResponse401 | PostV1UserTeamDefaultMembersResponse403 | PostV1UserTeamDefaultMembersResponse500 | PostV1UserTeamDefaultMembersResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_user_team_member_response_200 import (
    GetV1UserTeamMemberResponse200,
)
from ...models.get_v1_user_team_member_response_401 import (
    GetV1UserTeamMemberResponse401,
)
from ...models.get_v1_user_team_member_response_403 import (
    GetV1UserTeamMemberResponse403,
)
from ...models.get_v1_user_team_member_response_500 import (
    GetV1UserTeamMemberResponse500,
)
from ...models.get_v1_user_team_member_response_default import (
    GetV1UserTeamMemberResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/user/team/member",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1UserTeamMemberResponse200
    | GetV1UserTeamMemberResponse401
    | GetV1UserTeamMemberResponse403
    | GetV1UserTeamMemberResponse500
    | GetV1UserTeamMemberResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1UserTeamMemberResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GetV1UserTeamMemberResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetV1UserTeamMemberResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = GetV1UserTeamMemberResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1UserTeamMemberResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1UserTeamMemberResponse200
    | GetV1UserTeamMemberResponse401
    | GetV1UserTeamMemberResponse403
    | GetV1UserTeamMemberResponse500
    | GetV1UserTeamMemberResponseDefault
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
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1UserTeamMemberResponse200
    | GetV1UserTeamMemberResponse401
    | GetV1UserTeamMemberResponse403
    | GetV1UserTeamMemberResponse500
    | GetV1UserTeamMemberResponseDefault
]:
    """Get Team Members

     Get team member list

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1UserTeamMemberResponse200 | GetV1UserTeamMemberResponse401 | GetV1UserTeamMemberResponse403 | GetV1UserTeamMemberResponse500 | GetV1UserTeamMemberResponseDefault]
    """

    kwargs = _get_kwargs(
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1UserTeamMemberResponse200
    | GetV1UserTeamMemberResponse401
    | GetV1UserTeamMemberResponse403
    | GetV1UserTeamMemberResponse500
    | GetV1UserTeamMemberResponseDefault
    | None
):
    """Get Team Members

     Get team member list

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1UserTeamMemberResponse200 | GetV1UserTeamMemberResponse401 | GetV1UserTeamMemberResponse403 | GetV1UserTeamMemberResponse500 | GetV1UserTeamMemberResponseDefault
    """

    return sync_detailed(
        client=client,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1UserTeamMemberResponse200
    | GetV1UserTeamMemberResponse401
    | GetV1UserTeamMemberResponse403
    | GetV1UserTeamMemberResponse500
    | GetV1UserTeamMemberResponseDefault
]:
    """Get Team Members

     Get team member list

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1UserTeamMemberResponse200 | GetV1UserTeamMemberResponse401 | GetV1UserTeamMemberResponse403 | GetV1UserTeamMemberResponse500 | GetV1UserTeamMemberResponseDefault]
    """

    kwargs = _get_kwargs(
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1UserTeamMemberResponse200
    | GetV1UserTeamMemberResponse401
    | GetV1UserTeamMemberResponse403
    | GetV1UserTeamMemberResponse500
    | GetV1UserTeamMemberResponseDefault
    | None
):
    """Get Team Members

     Get team member list

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1UserTeamMemberResponse200 | GetV1UserTeamMemberResponse401 | GetV1UserTeamMemberResponse403 | GetV1UserTeamMemberResponse500 | GetV1UserTeamMemberResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

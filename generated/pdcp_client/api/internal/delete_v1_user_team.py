from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_v1_user_team_body import DeleteV1UserTeamBody
from ...models.delete_v1_user_team_response_400 import DeleteV1UserTeamResponse400
from ...models.delete_v1_user_team_response_403 import DeleteV1UserTeamResponse403
from ...models.delete_v1_user_team_response_500 import DeleteV1UserTeamResponse500
from ...models.delete_v1_user_team_response_default import (
    DeleteV1UserTeamResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DeleteV1UserTeamBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/user/team",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DeleteV1UserTeamResponse400
    | DeleteV1UserTeamResponse403
    | DeleteV1UserTeamResponse500
    | DeleteV1UserTeamResponseDefault
):
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = DeleteV1UserTeamResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = DeleteV1UserTeamResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = DeleteV1UserTeamResponse500.from_dict(response.json())

        return response_500

    response_default = DeleteV1UserTeamResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | DeleteV1UserTeamResponse400
    | DeleteV1UserTeamResponse403
    | DeleteV1UserTeamResponse500
    | DeleteV1UserTeamResponseDefault
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
    body: DeleteV1UserTeamBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    Any
    | DeleteV1UserTeamResponse400
    | DeleteV1UserTeamResponse403
    | DeleteV1UserTeamResponse500
    | DeleteV1UserTeamResponseDefault
]:
    """Delete Team

     Delete team (require 0 members)

    Args:
        x_team_id (str | Unset):
        body (DeleteV1UserTeamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteV1UserTeamResponse400 | DeleteV1UserTeamResponse403 | DeleteV1UserTeamResponse500 | DeleteV1UserTeamResponseDefault]
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
    body: DeleteV1UserTeamBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    Any
    | DeleteV1UserTeamResponse400
    | DeleteV1UserTeamResponse403
    | DeleteV1UserTeamResponse500
    | DeleteV1UserTeamResponseDefault
    | None
):
    """Delete Team

     Delete team (require 0 members)

    Args:
        x_team_id (str | Unset):
        body (DeleteV1UserTeamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteV1UserTeamResponse400 | DeleteV1UserTeamResponse403 | DeleteV1UserTeamResponse500 | DeleteV1UserTeamResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteV1UserTeamBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    Any
    | DeleteV1UserTeamResponse400
    | DeleteV1UserTeamResponse403
    | DeleteV1UserTeamResponse500
    | DeleteV1UserTeamResponseDefault
]:
    """Delete Team

     Delete team (require 0 members)

    Args:
        x_team_id (str | Unset):
        body (DeleteV1UserTeamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteV1UserTeamResponse400 | DeleteV1UserTeamResponse403 | DeleteV1UserTeamResponse500 | DeleteV1UserTeamResponseDefault]
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
    body: DeleteV1UserTeamBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    Any
    | DeleteV1UserTeamResponse400
    | DeleteV1UserTeamResponse403
    | DeleteV1UserTeamResponse500
    | DeleteV1UserTeamResponseDefault
    | None
):
    """Delete Team

     Delete team (require 0 members)

    Args:
        x_team_id (str | Unset):
        body (DeleteV1UserTeamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteV1UserTeamResponse400 | DeleteV1UserTeamResponse403 | DeleteV1UserTeamResponse500 | DeleteV1UserTeamResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_v1_user_team_body import PatchV1UserTeamBody
from ...models.patch_v1_user_team_response_200 import PatchV1UserTeamResponse200
from ...models.patch_v1_user_team_response_400 import PatchV1UserTeamResponse400
from ...models.patch_v1_user_team_response_401 import PatchV1UserTeamResponse401
from ...models.patch_v1_user_team_response_403 import PatchV1UserTeamResponse403
from ...models.patch_v1_user_team_response_500 import PatchV1UserTeamResponse500
from ...models.patch_v1_user_team_response_default import PatchV1UserTeamResponseDefault
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PatchV1UserTeamBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
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
    PatchV1UserTeamResponse200
    | PatchV1UserTeamResponse400
    | PatchV1UserTeamResponse401
    | PatchV1UserTeamResponse403
    | PatchV1UserTeamResponse500
    | PatchV1UserTeamResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1UserTeamResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PatchV1UserTeamResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PatchV1UserTeamResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PatchV1UserTeamResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = PatchV1UserTeamResponse500.from_dict(response.json())

        return response_500

    response_default = PatchV1UserTeamResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1UserTeamResponse200
    | PatchV1UserTeamResponse400
    | PatchV1UserTeamResponse401
    | PatchV1UserTeamResponse403
    | PatchV1UserTeamResponse500
    | PatchV1UserTeamResponseDefault
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
    body: PatchV1UserTeamBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1UserTeamResponse200
    | PatchV1UserTeamResponse400
    | PatchV1UserTeamResponse401
    | PatchV1UserTeamResponse403
    | PatchV1UserTeamResponse500
    | PatchV1UserTeamResponseDefault
]:
    """Update Team

     Update a existing team

    Args:
        x_team_id (str | Unset):
        body (PatchV1UserTeamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1UserTeamResponse200 | PatchV1UserTeamResponse400 | PatchV1UserTeamResponse401 | PatchV1UserTeamResponse403 | PatchV1UserTeamResponse500 | PatchV1UserTeamResponseDefault]
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
    body: PatchV1UserTeamBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1UserTeamResponse200
    | PatchV1UserTeamResponse400
    | PatchV1UserTeamResponse401
    | PatchV1UserTeamResponse403
    | PatchV1UserTeamResponse500
    | PatchV1UserTeamResponseDefault
    | None
):
    """Update Team

     Update a existing team

    Args:
        x_team_id (str | Unset):
        body (PatchV1UserTeamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1UserTeamResponse200 | PatchV1UserTeamResponse400 | PatchV1UserTeamResponse401 | PatchV1UserTeamResponse403 | PatchV1UserTeamResponse500 | PatchV1UserTeamResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PatchV1UserTeamBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1UserTeamResponse200
    | PatchV1UserTeamResponse400
    | PatchV1UserTeamResponse401
    | PatchV1UserTeamResponse403
    | PatchV1UserTeamResponse500
    | PatchV1UserTeamResponseDefault
]:
    """Update Team

     Update a existing team

    Args:
        x_team_id (str | Unset):
        body (PatchV1UserTeamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1UserTeamResponse200 | PatchV1UserTeamResponse400 | PatchV1UserTeamResponse401 | PatchV1UserTeamResponse403 | PatchV1UserTeamResponse500 | PatchV1UserTeamResponseDefault]
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
    body: PatchV1UserTeamBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1UserTeamResponse200
    | PatchV1UserTeamResponse400
    | PatchV1UserTeamResponse401
    | PatchV1UserTeamResponse403
    | PatchV1UserTeamResponse500
    | PatchV1UserTeamResponseDefault
    | None
):
    """Update Team

     Update a existing team

    Args:
        x_team_id (str | Unset):
        body (PatchV1UserTeamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1UserTeamResponse200 | PatchV1UserTeamResponse400 | PatchV1UserTeamResponse401 | PatchV1UserTeamResponse403 | PatchV1UserTeamResponse500 | PatchV1UserTeamResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

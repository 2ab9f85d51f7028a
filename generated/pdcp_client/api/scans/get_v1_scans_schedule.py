from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_scans_schedule_response_200 import GetV1ScansScheduleResponse200
from ...models.get_v1_scans_schedule_response_400 import GetV1ScansScheduleResponse400
from ...models.get_v1_scans_schedule_response_401 import GetV1ScansScheduleResponse401
from ...models.get_v1_scans_schedule_response_500 import GetV1ScansScheduleResponse500
from ...models.get_v1_scans_schedule_response_default import (
    GetV1ScansScheduleResponseDefault,
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
        "url": "/v1/scans/schedule",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1ScansScheduleResponse200
    | GetV1ScansScheduleResponse400
    | GetV1ScansScheduleResponse401
    | GetV1ScansScheduleResponse500
    | GetV1ScansScheduleResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1ScansScheduleResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1ScansScheduleResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1ScansScheduleResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetV1ScansScheduleResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1ScansScheduleResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1ScansScheduleResponse200
    | GetV1ScansScheduleResponse400
    | GetV1ScansScheduleResponse401
    | GetV1ScansScheduleResponse500
    | GetV1ScansScheduleResponseDefault
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
    GetV1ScansScheduleResponse200
    | GetV1ScansScheduleResponse400
    | GetV1ScansScheduleResponse401
    | GetV1ScansScheduleResponse500
    | GetV1ScansScheduleResponseDefault
]:
    """Get Scan Schedules

     Get scan schedules for a user

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansScheduleResponse200 | GetV1ScansScheduleResponse400 | GetV1ScansScheduleResponse401 | GetV1ScansScheduleResponse500 | GetV1ScansScheduleResponseDefault]
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
    GetV1ScansScheduleResponse200
    | GetV1ScansScheduleResponse400
    | GetV1ScansScheduleResponse401
    | GetV1ScansScheduleResponse500
    | GetV1ScansScheduleResponseDefault
    | None
):
    """Get Scan Schedules

     Get scan schedules for a user

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansScheduleResponse200 | GetV1ScansScheduleResponse400 | GetV1ScansScheduleResponse401 | GetV1ScansScheduleResponse500 | GetV1ScansScheduleResponseDefault
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
    GetV1ScansScheduleResponse200
    | GetV1ScansScheduleResponse400
    | GetV1ScansScheduleResponse401
    | GetV1ScansScheduleResponse500
    | GetV1ScansScheduleResponseDefault
]:
    """Get Scan Schedules

     Get scan schedules for a user

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansScheduleResponse200 | GetV1ScansScheduleResponse400 | GetV1ScansScheduleResponse401 | GetV1ScansScheduleResponse500 | GetV1ScansScheduleResponseDefault]
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
    GetV1ScansScheduleResponse200
    | GetV1ScansScheduleResponse400
    | GetV1ScansScheduleResponse401
    | GetV1ScansScheduleResponse500
    | GetV1ScansScheduleResponseDefault
    | None
):
    """Get Scan Schedules

     Get scan schedules for a user

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansScheduleResponse200 | GetV1ScansScheduleResponse400 | GetV1ScansScheduleResponse401 | GetV1ScansScheduleResponse500 | GetV1ScansScheduleResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_v1_scans_schedule_response_200 import (
    DeleteV1ScansScheduleResponse200,
)
from ...models.delete_v1_scans_schedule_response_400 import (
    DeleteV1ScansScheduleResponse400,
)
from ...models.delete_v1_scans_schedule_response_401 import (
    DeleteV1ScansScheduleResponse401,
)
from ...models.delete_v1_scans_schedule_response_500 import (
    DeleteV1ScansScheduleResponse500,
)
from ...models.delete_v1_scans_schedule_response_default import (
    DeleteV1ScansScheduleResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    scan_id: str,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["scan_id"] = scan_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/scans/schedule",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteV1ScansScheduleResponse200
    | DeleteV1ScansScheduleResponse400
    | DeleteV1ScansScheduleResponse401
    | DeleteV1ScansScheduleResponse500
    | DeleteV1ScansScheduleResponseDefault
):
    if response.status_code == 200:
        response_200 = DeleteV1ScansScheduleResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteV1ScansScheduleResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteV1ScansScheduleResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = DeleteV1ScansScheduleResponse500.from_dict(response.json())

        return response_500

    response_default = DeleteV1ScansScheduleResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteV1ScansScheduleResponse200
    | DeleteV1ScansScheduleResponse400
    | DeleteV1ScansScheduleResponse401
    | DeleteV1ScansScheduleResponse500
    | DeleteV1ScansScheduleResponseDefault
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
    scan_id: str,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1ScansScheduleResponse200
    | DeleteV1ScansScheduleResponse400
    | DeleteV1ScansScheduleResponse401
    | DeleteV1ScansScheduleResponse500
    | DeleteV1ScansScheduleResponseDefault
]:
    """Delete Scan Schedule

     Delete scan schedule for a user

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1ScansScheduleResponse200 | DeleteV1ScansScheduleResponse400 | DeleteV1ScansScheduleResponse401 | DeleteV1ScansScheduleResponse500 | DeleteV1ScansScheduleResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    scan_id: str,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1ScansScheduleResponse200
    | DeleteV1ScansScheduleResponse400
    | DeleteV1ScansScheduleResponse401
    | DeleteV1ScansScheduleResponse500
    | DeleteV1ScansScheduleResponseDefault
    | None
):
    """Delete Scan Schedule

     Delete scan schedule for a user

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1ScansScheduleResponse200 | DeleteV1ScansScheduleResponse400 | DeleteV1ScansScheduleResponse401 | DeleteV1ScansScheduleResponse500 | DeleteV1ScansScheduleResponseDefault
    """

    return sync_detailed(
        client=client,
        scan_id=scan_id,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scan_id: str,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1ScansScheduleResponse200
    | DeleteV1ScansScheduleResponse400
    | DeleteV1ScansScheduleResponse401
    | DeleteV1ScansScheduleResponse500
    | DeleteV1ScansScheduleResponseDefault
]:
    """Delete Scan Schedule

     Delete scan schedule for a user

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1ScansScheduleResponse200 | DeleteV1ScansScheduleResponse400 | DeleteV1ScansScheduleResponse401 | DeleteV1ScansScheduleResponse500 | DeleteV1ScansScheduleResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scan_id: str,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1ScansScheduleResponse200
    | DeleteV1ScansScheduleResponse400
    | DeleteV1ScansScheduleResponse401
    | DeleteV1ScansScheduleResponse500
    | DeleteV1ScansScheduleResponseDefault
    | None
):
    """Delete Scan Schedule

     Delete scan schedule for a user

    Args:
        scan_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1ScansScheduleResponse200 | DeleteV1ScansScheduleResponse400 | DeleteV1ScansScheduleResponse401 | DeleteV1ScansScheduleResponse500 | DeleteV1ScansScheduleResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            scan_id=scan_id,
            x_team_id=x_team_id,
        )
    ).parsed

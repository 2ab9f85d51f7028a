from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_v1_enumeration_schedule_response_200 import (
    DeleteV1EnumerationScheduleResponse200,
)
from ...models.delete_v1_enumeration_schedule_response_400 import (
    DeleteV1EnumerationScheduleResponse400,
)
from ...models.delete_v1_enumeration_schedule_response_401 import (
    DeleteV1EnumerationScheduleResponse401,
)
from ...models.delete_v1_enumeration_schedule_response_500 import (
    DeleteV1EnumerationScheduleResponse500,
)
from ...models.delete_v1_enumeration_schedule_response_default import (
    DeleteV1EnumerationScheduleResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    enumeration_id: str,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["enumeration_id"] = enumeration_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/enumeration/schedule",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteV1EnumerationScheduleResponse200
    | DeleteV1EnumerationScheduleResponse400
    | DeleteV1EnumerationScheduleResponse401
    | DeleteV1EnumerationScheduleResponse500
    | DeleteV1EnumerationScheduleResponseDefault
):
    if response.status_code == 200:
        response_200 = DeleteV1EnumerationScheduleResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteV1EnumerationScheduleResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteV1EnumerationScheduleResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = DeleteV1EnumerationScheduleResponse500.from_dict(response.json())

        return response_500

    response_default = DeleteV1EnumerationScheduleResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteV1EnumerationScheduleResponse200
    | DeleteV1EnumerationScheduleResponse400
    | DeleteV1EnumerationScheduleResponse401
    | DeleteV1EnumerationScheduleResponse500
    | DeleteV1EnumerationScheduleResponseDefault
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
    enumeration_id: str,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1EnumerationScheduleResponse200
    | DeleteV1EnumerationScheduleResponse400
    | DeleteV1EnumerationScheduleResponse401
    | DeleteV1EnumerationScheduleResponse500
    | DeleteV1EnumerationScheduleResponseDefault
]:
    """Delete Enumeration Schedule

     Delete a re-scan schedule

    Args:
        enumeration_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1EnumerationScheduleResponse200 | DeleteV1EnumerationScheduleResponse400 | DeleteV1EnumerationScheduleResponse401 | DeleteV1EnumerationScheduleResponse500 | DeleteV1EnumerationScheduleResponseDefault]
    """

    kwargs = _get_kwargs(
        enumeration_id=enumeration_id,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    enumeration_id: str,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1EnumerationScheduleResponse200
    | DeleteV1EnumerationScheduleResponse400
    | DeleteV1EnumerationScheduleResponse401
    | DeleteV1EnumerationScheduleResponse500
    | DeleteV1EnumerationScheduleResponseDefault
    | None
):
    """Delete Enumeration Schedule

     Delete a re-scan schedule

    Args:
        enumeration_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1EnumerationScheduleResponse200 | DeleteV1EnumerationScheduleResponse400 | DeleteV1EnumerationScheduleResponse401 | DeleteV1EnumerationScheduleResponse500 | DeleteV1EnumerationScheduleResponseDefault
    """

    return sync_detailed(
        client=client,
        enumeration_id=enumeration_id,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    enumeration_id: str,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1EnumerationScheduleResponse200
    | DeleteV1EnumerationScheduleResponse400
    | DeleteV1EnumerationScheduleResponse401
    | DeleteV1EnumerationScheduleResponse500
    | DeleteV1EnumerationScheduleResponseDefault
]:
    """Delete Enumeration Schedule

     Delete a re-scan schedule

    Args:
        enumeration_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1EnumerationScheduleResponse200 | DeleteV1EnumerationScheduleResponse400 | DeleteV1EnumerationScheduleResponse401 | DeleteV1EnumerationScheduleResponse500 | DeleteV1EnumerationScheduleResponseDefault]
    """

    kwargs = _get_kwargs(
        enumeration_id=enumeration_id,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    enumeration_id: str,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1EnumerationScheduleResponse200
    | DeleteV1EnumerationScheduleResponse400
    | DeleteV1EnumerationScheduleResponse401
    | DeleteV1EnumerationScheduleResponse500
    | DeleteV1EnumerationScheduleResponseDefault
    | None
):
    """Delete Enumeration Schedule

     Delete a re-scan schedule

    Args:
        enumeration_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1EnumerationScheduleResponse200 | DeleteV1EnumerationScheduleResponse400 | DeleteV1EnumerationScheduleResponse401 | DeleteV1EnumerationScheduleResponse500 | DeleteV1EnumerationScheduleResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            enumeration_id=enumeration_id,
            x_team_id=x_team_id,
        )
    ).parsed

import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v1_audit_log_response_200 import GetV1AuditLogResponse200
from ...models.get_v1_audit_log_response_400 import GetV1AuditLogResponse400
from ...models.get_v1_audit_log_response_401 import GetV1AuditLogResponse401
from ...models.get_v1_audit_log_response_500 import GetV1AuditLogResponse500
from ...models.get_v1_audit_log_source import GetV1AuditLogSource
from ...models.get_v1_audit_log_time_range import GetV1AuditLogTimeRange
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    email: str | Unset = UNSET,
    action: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    time_range: GetV1AuditLogTimeRange | Unset = UNSET,
    source: GetV1AuditLogSource | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["email"] = email

    params["action"] = action

    params["offset"] = offset

    params["limit"] = limit

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_time_range: str | Unset = UNSET
    if not isinstance(time_range, Unset):
        json_time_range = time_range.value

    params["time_range"] = json_time_range

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/team/audit_log",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1AuditLogResponse200
    | GetV1AuditLogResponse400
    | GetV1AuditLogResponse401
    | GetV1AuditLogResponse500
    | None
):
    if response.status_code == 200:
        response_200 = GetV1AuditLogResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1AuditLogResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1AuditLogResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetV1AuditLogResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1AuditLogResponse200
    | GetV1AuditLogResponse400
    | GetV1AuditLogResponse401
    | GetV1AuditLogResponse500
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
    email: str | Unset = UNSET,
    action: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    time_range: GetV1AuditLogTimeRange | Unset = UNSET,
    source: GetV1AuditLogSource | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1AuditLogResponse200
    | GetV1AuditLogResponse400
    | GetV1AuditLogResponse401
    | GetV1AuditLogResponse500
]:
    """Get audit logs for team

    Args:
        email (str | Unset):
        action (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        time_range (GetV1AuditLogTimeRange | Unset):
        source (GetV1AuditLogSource | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AuditLogResponse200 | GetV1AuditLogResponse400 | GetV1AuditLogResponse401 | GetV1AuditLogResponse500]
    """

    kwargs = _get_kwargs(
        email=email,
        action=action,
        offset=offset,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        time_range=time_range,
        source=source,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    action: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    time_range: GetV1AuditLogTimeRange | Unset = UNSET,
    source: GetV1AuditLogSource | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1AuditLogResponse200
    | GetV1AuditLogResponse400
    | GetV1AuditLogResponse401
    | GetV1AuditLogResponse500
    | None
):
    """Get audit logs for team

    Args:
        email (str | Unset):
        action (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        time_range (GetV1AuditLogTimeRange | Unset):
        source (GetV1AuditLogSource | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AuditLogResponse200 | GetV1AuditLogResponse400 | GetV1AuditLogResponse401 | GetV1AuditLogResponse500
    """

    return sync_detailed(
        client=client,
        email=email,
        action=action,
        offset=offset,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        time_range=time_range,
        source=source,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    action: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    time_range: GetV1AuditLogTimeRange | Unset = UNSET,
    source: GetV1AuditLogSource | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1AuditLogResponse200
    | GetV1AuditLogResponse400
    | GetV1AuditLogResponse401
    | GetV1AuditLogResponse500
]:
    """Get audit logs for team

    Args:
        email (str | Unset):
        action (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        time_range (GetV1AuditLogTimeRange | Unset):
        source (GetV1AuditLogSource | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1AuditLogResponse200 | GetV1AuditLogResponse400 | GetV1AuditLogResponse401 | GetV1AuditLogResponse500]
    """

    kwargs = _get_kwargs(
        email=email,
        action=action,
        offset=offset,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        time_range=time_range,
        source=source,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    action: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    time_range: GetV1AuditLogTimeRange | Unset = UNSET,
    source: GetV1AuditLogSource | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1AuditLogResponse200
    | GetV1AuditLogResponse400
    | GetV1AuditLogResponse401
    | GetV1AuditLogResponse500
    | None
):
    """Get audit logs for team

    Args:
        email (str | Unset):
        action (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        time_range (GetV1AuditLogTimeRange | Unset):
        source (GetV1AuditLogSource | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1AuditLogResponse200 | GetV1AuditLogResponse400 | GetV1AuditLogResponse401 | GetV1AuditLogResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            email=email,
            action=action,
            offset=offset,
            limit=limit,
            start_date=start_date,
            end_date=end_date,
            time_range=time_range,
            source=source,
            x_team_id=x_team_id,
        )
    ).parsed

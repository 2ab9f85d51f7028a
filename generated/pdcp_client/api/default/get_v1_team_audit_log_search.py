from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v1_team_audit_log_search_response_200 import (
    GetV1TeamAuditLogSearchResponse200,
)
from ...models.get_v1_team_audit_log_search_response_400 import (
    GetV1TeamAuditLogSearchResponse400,
)
from ...models.get_v1_team_audit_log_search_response_401 import (
    GetV1TeamAuditLogSearchResponse401,
)
from ...models.get_v1_team_audit_log_search_response_500 import (
    GetV1TeamAuditLogSearchResponse500,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    x_team_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["q"] = q

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/team/audit_log/search",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1TeamAuditLogSearchResponse200
    | GetV1TeamAuditLogSearchResponse400
    | GetV1TeamAuditLogSearchResponse401
    | GetV1TeamAuditLogSearchResponse500
    | None
):
    if response.status_code == 200:
        response_200 = GetV1TeamAuditLogSearchResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1TeamAuditLogSearchResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1TeamAuditLogSearchResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetV1TeamAuditLogSearchResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1TeamAuditLogSearchResponse200
    | GetV1TeamAuditLogSearchResponse400
    | GetV1TeamAuditLogSearchResponse401
    | GetV1TeamAuditLogSearchResponse500
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
    q: str,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    x_team_id: str,
) -> Response[
    GetV1TeamAuditLogSearchResponse200
    | GetV1TeamAuditLogSearchResponse400
    | GetV1TeamAuditLogSearchResponse401
    | GetV1TeamAuditLogSearchResponse500
]:
    """Smart search across audit logs

    Args:
        q (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        x_team_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1TeamAuditLogSearchResponse200 | GetV1TeamAuditLogSearchResponse400 | GetV1TeamAuditLogSearchResponse401 | GetV1TeamAuditLogSearchResponse500]
    """

    kwargs = _get_kwargs(
        q=q,
        offset=offset,
        limit=limit,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    x_team_id: str,
) -> (
    GetV1TeamAuditLogSearchResponse200
    | GetV1TeamAuditLogSearchResponse400
    | GetV1TeamAuditLogSearchResponse401
    | GetV1TeamAuditLogSearchResponse500
    | None
):
    """Smart search across audit logs

    Args:
        q (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        x_team_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1TeamAuditLogSearchResponse200 | GetV1TeamAuditLogSearchResponse400 | GetV1TeamAuditLogSearchResponse401 | GetV1TeamAuditLogSearchResponse500
    """

    return sync_detailed(
        client=client,
        q=q,
        offset=offset,
        limit=limit,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    x_team_id: str,
) -> Response[
    GetV1TeamAuditLogSearchResponse200
    | GetV1TeamAuditLogSearchResponse400
    | GetV1TeamAuditLogSearchResponse401
    | GetV1TeamAuditLogSearchResponse500
]:
    """Smart search across audit logs

    Args:
        q (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        x_team_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1TeamAuditLogSearchResponse200 | GetV1TeamAuditLogSearchResponse400 | GetV1TeamAuditLogSearchResponse401 | GetV1TeamAuditLogSearchResponse500]
    """

    kwargs = _get_kwargs(
        q=q,
        offset=offset,
        limit=limit,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    x_team_id: str,
) -> (
    GetV1TeamAuditLogSearchResponse200
    | GetV1TeamAuditLogSearchResponse400
    | GetV1TeamAuditLogSearchResponse401
    | GetV1TeamAuditLogSearchResponse500
    | None
):
    """Smart search across audit logs

    Args:
        q (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        x_team_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1TeamAuditLogSearchResponse200 | GetV1TeamAuditLogSearchResponse400 | GetV1TeamAuditLogSearchResponse401 | GetV1TeamAuditLogSearchResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            offset=offset,
            limit=limit,
            x_team_id=x_team_id,
        )
    ).parsed

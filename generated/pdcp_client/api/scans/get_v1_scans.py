from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_scans_response_200 import GetV1ScansResponse200
from ...models.get_v1_scans_response_400 import GetV1ScansResponse400
from ...models.get_v1_scans_response_401 import GetV1ScansResponse401
from ...models.get_v1_scans_response_499 import GetV1ScansResponse499
from ...models.get_v1_scans_response_500 import GetV1ScansResponse500
from ...models.get_v1_scans_response_default import GetV1ScansResponseDefault
from ...models.scan_status import ScanStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: ScanStatus | str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["search"] = search

    json_status: str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ScanStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["sort_asc"] = sort_asc

    params["sort_desc"] = sort_desc

    params["is_internal"] = is_internal

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1ScansResponse200
    | GetV1ScansResponse400
    | GetV1ScansResponse401
    | GetV1ScansResponse499
    | GetV1ScansResponse500
    | GetV1ScansResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1ScansResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1ScansResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1ScansResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 499:
        response_499 = GetV1ScansResponse499.from_dict(response.json())

        return response_499

    if response.status_code == 500:
        response_500 = GetV1ScansResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1ScansResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1ScansResponse200
    | GetV1ScansResponse400
    | GetV1ScansResponse401
    | GetV1ScansResponse499
    | GetV1ScansResponse500
    | GetV1ScansResponseDefault
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: ScanStatus | str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ScansResponse200
    | GetV1ScansResponse400
    | GetV1ScansResponse401
    | GetV1ScansResponse499
    | GetV1ScansResponse500
    | GetV1ScansResponseDefault
]:
    """Get Scan List

     Get user scans status

    Args:
        offset (int | Unset):
        limit (int | Unset):
        search (str | Unset):
        status (ScanStatus | str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        is_internal (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansResponse200 | GetV1ScansResponse400 | GetV1ScansResponse401 | GetV1ScansResponse499 | GetV1ScansResponse500 | GetV1ScansResponseDefault]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        search=search,
        status=status,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        is_internal=is_internal,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: ScanStatus | str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ScansResponse200
    | GetV1ScansResponse400
    | GetV1ScansResponse401
    | GetV1ScansResponse499
    | GetV1ScansResponse500
    | GetV1ScansResponseDefault
    | None
):
    """Get Scan List

     Get user scans status

    Args:
        offset (int | Unset):
        limit (int | Unset):
        search (str | Unset):
        status (ScanStatus | str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        is_internal (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansResponse200 | GetV1ScansResponse400 | GetV1ScansResponse401 | GetV1ScansResponse499 | GetV1ScansResponse500 | GetV1ScansResponseDefault
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        search=search,
        status=status,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        is_internal=is_internal,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: ScanStatus | str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ScansResponse200
    | GetV1ScansResponse400
    | GetV1ScansResponse401
    | GetV1ScansResponse499
    | GetV1ScansResponse500
    | GetV1ScansResponseDefault
]:
    """Get Scan List

     Get user scans status

    Args:
        offset (int | Unset):
        limit (int | Unset):
        search (str | Unset):
        status (ScanStatus | str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        is_internal (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansResponse200 | GetV1ScansResponse400 | GetV1ScansResponse401 | GetV1ScansResponse499 | GetV1ScansResponse500 | GetV1ScansResponseDefault]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        search=search,
        status=status,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        is_internal=is_internal,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: ScanStatus | str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ScansResponse200
    | GetV1ScansResponse400
    | GetV1ScansResponse401
    | GetV1ScansResponse499
    | GetV1ScansResponse500
    | GetV1ScansResponseDefault
    | None
):
    """Get Scan List

     Get user scans status

    Args:
        offset (int | Unset):
        limit (int | Unset):
        search (str | Unset):
        status (ScanStatus | str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        is_internal (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansResponse200 | GetV1ScansResponse400 | GetV1ScansResponse401 | GetV1ScansResponse499 | GetV1ScansResponse500 | GetV1ScansResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            search=search,
            status=status,
            sort_asc=sort_asc,
            sort_desc=sort_desc,
            is_internal=is_internal,
            x_team_id=x_team_id,
        )
    ).parsed

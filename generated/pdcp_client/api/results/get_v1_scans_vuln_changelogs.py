from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_scans_vuln_changelogs_response_200 import (
    GetV1ScansVulnChangelogsResponse200,
)
from ...models.get_v1_scans_vuln_changelogs_response_400 import (
    GetV1ScansVulnChangelogsResponse400,
)
from ...models.get_v1_scans_vuln_changelogs_response_401 import (
    GetV1ScansVulnChangelogsResponse401,
)
from ...models.get_v1_scans_vuln_changelogs_response_499 import (
    GetV1ScansVulnChangelogsResponse499,
)
from ...models.get_v1_scans_vuln_changelogs_response_500 import (
    GetV1ScansVulnChangelogsResponse500,
)
from ...models.get_v1_scans_vuln_changelogs_response_default import (
    GetV1ScansVulnChangelogsResponseDefault,
)
from ...models.get_v1_scans_vuln_changelogs_time import GetV1ScansVulnChangelogsTime
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    time: GetV1ScansVulnChangelogsTime | Unset = GetV1ScansVulnChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    json_time: str | Unset = UNSET
    if not isinstance(time, Unset):
        json_time = time.value

    params["time"] = json_time

    params["event_type"] = event_type

    params["sort_asc"] = sort_asc

    params["sort_desc"] = sort_desc

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans/vuln/changelogs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1ScansVulnChangelogsResponse200
    | GetV1ScansVulnChangelogsResponse400
    | GetV1ScansVulnChangelogsResponse401
    | GetV1ScansVulnChangelogsResponse499
    | GetV1ScansVulnChangelogsResponse500
    | GetV1ScansVulnChangelogsResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1ScansVulnChangelogsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1ScansVulnChangelogsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1ScansVulnChangelogsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 499:
        response_499 = GetV1ScansVulnChangelogsResponse499.from_dict(response.json())

        return response_499

    if response.status_code == 500:
        response_500 = GetV1ScansVulnChangelogsResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1ScansVulnChangelogsResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1ScansVulnChangelogsResponse200
    | GetV1ScansVulnChangelogsResponse400
    | GetV1ScansVulnChangelogsResponse401
    | GetV1ScansVulnChangelogsResponse499
    | GetV1ScansVulnChangelogsResponse500
    | GetV1ScansVulnChangelogsResponseDefault
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
    time: GetV1ScansVulnChangelogsTime | Unset = GetV1ScansVulnChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ScansVulnChangelogsResponse200
    | GetV1ScansVulnChangelogsResponse400
    | GetV1ScansVulnChangelogsResponse401
    | GetV1ScansVulnChangelogsResponse499
    | GetV1ScansVulnChangelogsResponse500
    | GetV1ScansVulnChangelogsResponseDefault
]:
    """Get all Vulnerability Changelogs

     get changelogs of all vulnerabilities

    Args:
        time (GetV1ScansVulnChangelogsTime | Unset):  Default:
            GetV1ScansVulnChangelogsTime.ALL_TIME.
        event_type (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansVulnChangelogsResponse200 | GetV1ScansVulnChangelogsResponse400 | GetV1ScansVulnChangelogsResponse401 | GetV1ScansVulnChangelogsResponse499 | GetV1ScansVulnChangelogsResponse500 | GetV1ScansVulnChangelogsResponseDefault]
    """

    kwargs = _get_kwargs(
        time=time,
        event_type=event_type,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        limit=limit,
        offset=offset,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    time: GetV1ScansVulnChangelogsTime | Unset = GetV1ScansVulnChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ScansVulnChangelogsResponse200
    | GetV1ScansVulnChangelogsResponse400
    | GetV1ScansVulnChangelogsResponse401
    | GetV1ScansVulnChangelogsResponse499
    | GetV1ScansVulnChangelogsResponse500
    | GetV1ScansVulnChangelogsResponseDefault
    | None
):
    """Get all Vulnerability Changelogs

     get changelogs of all vulnerabilities

    Args:
        time (GetV1ScansVulnChangelogsTime | Unset):  Default:
            GetV1ScansVulnChangelogsTime.ALL_TIME.
        event_type (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansVulnChangelogsResponse200 | GetV1ScansVulnChangelogsResponse400 | GetV1ScansVulnChangelogsResponse401 | GetV1ScansVulnChangelogsResponse499 | GetV1ScansVulnChangelogsResponse500 | GetV1ScansVulnChangelogsResponseDefault
    """

    return sync_detailed(
        client=client,
        time=time,
        event_type=event_type,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        limit=limit,
        offset=offset,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    time: GetV1ScansVulnChangelogsTime | Unset = GetV1ScansVulnChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ScansVulnChangelogsResponse200
    | GetV1ScansVulnChangelogsResponse400
    | GetV1ScansVulnChangelogsResponse401
    | GetV1ScansVulnChangelogsResponse499
    | GetV1ScansVulnChangelogsResponse500
    | GetV1ScansVulnChangelogsResponseDefault
]:
    """Get all Vulnerability Changelogs

     get changelogs of all vulnerabilities

    Args:
        time (GetV1ScansVulnChangelogsTime | Unset):  Default:
            GetV1ScansVulnChangelogsTime.ALL_TIME.
        event_type (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansVulnChangelogsResponse200 | GetV1ScansVulnChangelogsResponse400 | GetV1ScansVulnChangelogsResponse401 | GetV1ScansVulnChangelogsResponse499 | GetV1ScansVulnChangelogsResponse500 | GetV1ScansVulnChangelogsResponseDefault]
    """

    kwargs = _get_kwargs(
        time=time,
        event_type=event_type,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        limit=limit,
        offset=offset,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    time: GetV1ScansVulnChangelogsTime | Unset = GetV1ScansVulnChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ScansVulnChangelogsResponse200
    | GetV1ScansVulnChangelogsResponse400
    | GetV1ScansVulnChangelogsResponse401
    | GetV1ScansVulnChangelogsResponse499
    | GetV1ScansVulnChangelogsResponse500
    | GetV1ScansVulnChangelogsResponseDefault
    | None
):
    """Get all Vulnerability Changelogs

     get changelogs of all vulnerabilities

    Args:
        time (GetV1ScansVulnChangelogsTime | Unset):  Default:
            GetV1ScansVulnChangelogsTime.ALL_TIME.
        event_type (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansVulnChangelogsResponse200 | GetV1ScansVulnChangelogsResponse400 | GetV1ScansVulnChangelogsResponse401 | GetV1ScansVulnChangelogsResponse499 | GetV1ScansVulnChangelogsResponse500 | GetV1ScansVulnChangelogsResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            time=time,
            event_type=event_type,
            sort_asc=sort_asc,
            sort_desc=sort_desc,
            limit=limit,
            offset=offset,
            x_team_id=x_team_id,
        )
    ).parsed

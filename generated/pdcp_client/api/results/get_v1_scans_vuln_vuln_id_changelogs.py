from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_scans_vuln_vuln_id_changelogs_response_200 import (
    GetV1ScansVulnVulnIdChangelogsResponse200,
)
from ...models.get_v1_scans_vuln_vuln_id_changelogs_response_400 import (
    GetV1ScansVulnVulnIdChangelogsResponse400,
)
from ...models.get_v1_scans_vuln_vuln_id_changelogs_response_401 import (
    GetV1ScansVulnVulnIdChangelogsResponse401,
)
from ...models.get_v1_scans_vuln_vuln_id_changelogs_response_499 import (
    GetV1ScansVulnVulnIdChangelogsResponse499,
)
from ...models.get_v1_scans_vuln_vuln_id_changelogs_response_500 import (
    GetV1ScansVulnVulnIdChangelogsResponse500,
)
from ...models.get_v1_scans_vuln_vuln_id_changelogs_response_default import (
    GetV1ScansVulnVulnIdChangelogsResponseDefault,
)
from ...models.get_v1_scans_vuln_vuln_id_changelogs_time import (
    GetV1ScansVulnVulnIdChangelogsTime,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vuln_id: str,
    *,
    time: GetV1ScansVulnVulnIdChangelogsTime
    | Unset = GetV1ScansVulnVulnIdChangelogsTime.ALL_TIME,
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
        "url": "/v1/scans/vuln/{vuln_id}/changelogs".format(
            vuln_id=quote(str(vuln_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1ScansVulnVulnIdChangelogsResponse200
    | GetV1ScansVulnVulnIdChangelogsResponse400
    | GetV1ScansVulnVulnIdChangelogsResponse401
    | GetV1ScansVulnVulnIdChangelogsResponse499
    | GetV1ScansVulnVulnIdChangelogsResponse500
    | GetV1ScansVulnVulnIdChangelogsResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1ScansVulnVulnIdChangelogsResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = GetV1ScansVulnVulnIdChangelogsResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = GetV1ScansVulnVulnIdChangelogsResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 499:
        response_499 = GetV1ScansVulnVulnIdChangelogsResponse499.from_dict(
            response.json()
        )

        return response_499

    if response.status_code == 500:
        response_500 = GetV1ScansVulnVulnIdChangelogsResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = GetV1ScansVulnVulnIdChangelogsResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1ScansVulnVulnIdChangelogsResponse200
    | GetV1ScansVulnVulnIdChangelogsResponse400
    | GetV1ScansVulnVulnIdChangelogsResponse401
    | GetV1ScansVulnVulnIdChangelogsResponse499
    | GetV1ScansVulnVulnIdChangelogsResponse500
    | GetV1ScansVulnVulnIdChangelogsResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    time: GetV1ScansVulnVulnIdChangelogsTime
    | Unset = GetV1ScansVulnVulnIdChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ScansVulnVulnIdChangelogsResponse200
    | GetV1ScansVulnVulnIdChangelogsResponse400
    | GetV1ScansVulnVulnIdChangelogsResponse401
    | GetV1ScansVulnVulnIdChangelogsResponse499
    | GetV1ScansVulnVulnIdChangelogsResponse500
    | GetV1ScansVulnVulnIdChangelogsResponseDefault
]:
    """Get Vulnerability Changelogs

     get changelogs of specific vulnerability by id

    Args:
        vuln_id (str):
        time (GetV1ScansVulnVulnIdChangelogsTime | Unset):  Default:
            GetV1ScansVulnVulnIdChangelogsTime.ALL_TIME.
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
        Response[GetV1ScansVulnVulnIdChangelogsResponse200 | GetV1ScansVulnVulnIdChangelogsResponse400 | GetV1ScansVulnVulnIdChangelogsResponse401 | GetV1ScansVulnVulnIdChangelogsResponse499 | GetV1ScansVulnVulnIdChangelogsResponse500 | GetV1ScansVulnVulnIdChangelogsResponseDefault]
    """

    kwargs = _get_kwargs(
        vuln_id=vuln_id,
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
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    time: GetV1ScansVulnVulnIdChangelogsTime
    | Unset = GetV1ScansVulnVulnIdChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ScansVulnVulnIdChangelogsResponse200
    | GetV1ScansVulnVulnIdChangelogsResponse400
    | GetV1ScansVulnVulnIdChangelogsResponse401
    | GetV1ScansVulnVulnIdChangelogsResponse499
    | GetV1ScansVulnVulnIdChangelogsResponse500
    | GetV1ScansVulnVulnIdChangelogsResponseDefault
    | None
):
    """Get Vulnerability Changelogs

     get changelogs of specific vulnerability by id

    Args:
        vuln_id (str):
        time (GetV1ScansVulnVulnIdChangelogsTime | Unset):  Default:
            GetV1ScansVulnVulnIdChangelogsTime.ALL_TIME.
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
        GetV1ScansVulnVulnIdChangelogsResponse200 | GetV1ScansVulnVulnIdChangelogsResponse400 | GetV1ScansVulnVulnIdChangelogsResponse401 | GetV1ScansVulnVulnIdChangelogsResponse499 | GetV1ScansVulnVulnIdChangelogsResponse500 | GetV1ScansVulnVulnIdChangelogsResponseDefault
    """

    return sync_detailed(
        vuln_id=vuln_id,
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
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    time: GetV1ScansVulnVulnIdChangelogsTime
    | Unset = GetV1ScansVulnVulnIdChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ScansVulnVulnIdChangelogsResponse200
    | GetV1ScansVulnVulnIdChangelogsResponse400
    | GetV1ScansVulnVulnIdChangelogsResponse401
    | GetV1ScansVulnVulnIdChangelogsResponse499
    | GetV1ScansVulnVulnIdChangelogsResponse500
    | GetV1ScansVulnVulnIdChangelogsResponseDefault
]:
    """Get Vulnerability Changelogs

     get changelogs of specific vulnerability by id

    Args:
        vuln_id (str):
        time (GetV1ScansVulnVulnIdChangelogsTime | Unset):  Default:
            GetV1ScansVulnVulnIdChangelogsTime.ALL_TIME.
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
        Response[GetV1ScansVulnVulnIdChangelogsResponse200 | GetV1ScansVulnVulnIdChangelogsResponse400 | GetV1ScansVulnVulnIdChangelogsResponse401 | GetV1ScansVulnVulnIdChangelogsResponse499 | GetV1ScansVulnVulnIdChangelogsResponse500 | GetV1ScansVulnVulnIdChangelogsResponseDefault]
    """

    kwargs = _get_kwargs(
        vuln_id=vuln_id,
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
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    time: GetV1ScansVulnVulnIdChangelogsTime
    | Unset = GetV1ScansVulnVulnIdChangelogsTime.ALL_TIME,
    event_type: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ScansVulnVulnIdChangelogsResponse200
    | GetV1ScansVulnVulnIdChangelogsResponse400
    | GetV1ScansVulnVulnIdChangelogsResponse401
    | GetV1ScansVulnVulnIdChangelogsResponse499
    | GetV1ScansVulnVulnIdChangelogsResponse500
    | GetV1ScansVulnVulnIdChangelogsResponseDefault
    | None
):
    """Get Vulnerability Changelogs

     get changelogs of specific vulnerability by id

    Args:
        vuln_id (str):
        time (GetV1ScansVulnVulnIdChangelogsTime | Unset):  Default:
            GetV1ScansVulnVulnIdChangelogsTime.ALL_TIME.
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
        GetV1ScansVulnVulnIdChangelogsResponse200 | GetV1ScansVulnVulnIdChangelogsResponse400 | GetV1ScansVulnVulnIdChangelogsResponse401 | GetV1ScansVulnVulnIdChangelogsResponse499 | GetV1ScansVulnVulnIdChangelogsResponse500 | GetV1ScansVulnVulnIdChangelogsResponseDefault
    """

    return (
        await asyncio_detailed(
            vuln_id=vuln_id,
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

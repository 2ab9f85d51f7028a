from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_results_response_200 import GetV1ResultsResponse200
from ...models.get_v1_results_response_400 import GetV1ResultsResponse400
from ...models.get_v1_results_response_401 import GetV1ResultsResponse401
from ...models.get_v1_results_response_499 import GetV1ResultsResponse499
from ...models.get_v1_results_response_500 import GetV1ResultsResponse500
from ...models.get_v1_results_response_default import GetV1ResultsResponseDefault
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    severity: str | Unset = "unknown,low,medium,high,critical",
    search: str | Unset = UNSET,
    host: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    port: str | Unset = UNSET,
    templates: str | Unset = UNSET,
    time: str | Unset = UNSET,
    vuln_status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    is_ticket: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    category: str | Unset = UNSET,
    is_regression: bool | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    asset_metadata: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["severity"] = severity

    params["search"] = search

    params["host"] = host

    params["domain"] = domain

    params["port"] = port

    params["templates"] = templates

    params["time"] = time

    params["vuln_status"] = vuln_status

    params["tags"] = tags

    params["sort_asc"] = sort_asc

    params["sort_desc"] = sort_desc

    params["is_ticket"] = is_ticket

    params["labels"] = labels

    params["category"] = category

    params["is_regression"] = is_regression

    params["is_internal"] = is_internal

    params["asset_metadata"] = asset_metadata

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans/results",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1ResultsResponse200
    | GetV1ResultsResponse400
    | GetV1ResultsResponse401
    | GetV1ResultsResponse499
    | GetV1ResultsResponse500
    | GetV1ResultsResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1ResultsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1ResultsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1ResultsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 499:
        response_499 = GetV1ResultsResponse499.from_dict(response.json())

        return response_499

    if response.status_code == 500:
        response_500 = GetV1ResultsResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1ResultsResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1ResultsResponse200
    | GetV1ResultsResponse400
    | GetV1ResultsResponse401
    | GetV1ResultsResponse499
    | GetV1ResultsResponse500
    | GetV1ResultsResponseDefault
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
    severity: str | Unset = "unknown,low,medium,high,critical",
    search: str | Unset = UNSET,
    host: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    port: str | Unset = UNSET,
    templates: str | Unset = UNSET,
    time: str | Unset = UNSET,
    vuln_status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    is_ticket: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    category: str | Unset = UNSET,
    is_regression: bool | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    asset_metadata: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ResultsResponse200
    | GetV1ResultsResponse400
    | GetV1ResultsResponse401
    | GetV1ResultsResponse499
    | GetV1ResultsResponse500
    | GetV1ResultsResponseDefault
]:
    """Get All Results

     Get scans results of a user

    Args:
        offset (int | Unset):
        limit (int | Unset):
        severity (str | Unset):  Default: 'unknown,low,medium,high,critical'.
        search (str | Unset):
        host (str | Unset):
        domain (str | Unset):
        port (str | Unset):
        templates (str | Unset):
        time (str | Unset):
        vuln_status (str | Unset):
        tags (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        is_ticket (bool | Unset):
        labels (str | Unset):
        category (str | Unset):
        is_regression (bool | Unset):
        is_internal (bool | Unset):
        asset_metadata (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ResultsResponse200 | GetV1ResultsResponse400 | GetV1ResultsResponse401 | GetV1ResultsResponse499 | GetV1ResultsResponse500 | GetV1ResultsResponseDefault]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        severity=severity,
        search=search,
        host=host,
        domain=domain,
        port=port,
        templates=templates,
        time=time,
        vuln_status=vuln_status,
        tags=tags,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        is_ticket=is_ticket,
        labels=labels,
        category=category,
        is_regression=is_regression,
        is_internal=is_internal,
        asset_metadata=asset_metadata,
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
    severity: str | Unset = "unknown,low,medium,high,critical",
    search: str | Unset = UNSET,
    host: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    port: str | Unset = UNSET,
    templates: str | Unset = UNSET,
    time: str | Unset = UNSET,
    vuln_status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    is_ticket: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    category: str | Unset = UNSET,
    is_regression: bool | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    asset_metadata: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ResultsResponse200
    | GetV1ResultsResponse400
    | GetV1ResultsResponse401
    | GetV1ResultsResponse499
    | GetV1ResultsResponse500
    | GetV1ResultsResponseDefault
    | None
):
    """Get All Results

     Get scans results of a user

    Args:
        offset (int | Unset):
        limit (int | Unset):
        severity (str | Unset):  Default: 'unknown,low,medium,high,critical'.
        search (str | Unset):
        host (str | Unset):
        domain (str | Unset):
        port (str | Unset):
        templates (str | Unset):
        time (str | Unset):
        vuln_status (str | Unset):
        tags (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        is_ticket (bool | Unset):
        labels (str | Unset):
        category (str | Unset):
        is_regression (bool | Unset):
        is_internal (bool | Unset):
        asset_metadata (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ResultsResponse200 | GetV1ResultsResponse400 | GetV1ResultsResponse401 | GetV1ResultsResponse499 | GetV1ResultsResponse500 | GetV1ResultsResponseDefault
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        severity=severity,
        search=search,
        host=host,
        domain=domain,
        port=port,
        templates=templates,
        time=time,
        vuln_status=vuln_status,
        tags=tags,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        is_ticket=is_ticket,
        labels=labels,
        category=category,
        is_regression=is_regression,
        is_internal=is_internal,
        asset_metadata=asset_metadata,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    severity: str | Unset = "unknown,low,medium,high,critical",
    search: str | Unset = UNSET,
    host: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    port: str | Unset = UNSET,
    templates: str | Unset = UNSET,
    time: str | Unset = UNSET,
    vuln_status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    is_ticket: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    category: str | Unset = UNSET,
    is_regression: bool | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    asset_metadata: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1ResultsResponse200
    | GetV1ResultsResponse400
    | GetV1ResultsResponse401
    | GetV1ResultsResponse499
    | GetV1ResultsResponse500
    | GetV1ResultsResponseDefault
]:
    """Get All Results

     Get scans results of a user

    Args:
        offset (int | Unset):
        limit (int | Unset):
        severity (str | Unset):  Default: 'unknown,low,medium,high,critical'.
        search (str | Unset):
        host (str | Unset):
        domain (str | Unset):
        port (str | Unset):
        templates (str | Unset):
        time (str | Unset):
        vuln_status (str | Unset):
        tags (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        is_ticket (bool | Unset):
        labels (str | Unset):
        category (str | Unset):
        is_regression (bool | Unset):
        is_internal (bool | Unset):
        asset_metadata (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ResultsResponse200 | GetV1ResultsResponse400 | GetV1ResultsResponse401 | GetV1ResultsResponse499 | GetV1ResultsResponse500 | GetV1ResultsResponseDefault]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        severity=severity,
        search=search,
        host=host,
        domain=domain,
        port=port,
        templates=templates,
        time=time,
        vuln_status=vuln_status,
        tags=tags,
        sort_asc=sort_asc,
        sort_desc=sort_desc,
        is_ticket=is_ticket,
        labels=labels,
        category=category,
        is_regression=is_regression,
        is_internal=is_internal,
        asset_metadata=asset_metadata,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    severity: str | Unset = "unknown,low,medium,high,critical",
    search: str | Unset = UNSET,
    host: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    port: str | Unset = UNSET,
    templates: str | Unset = UNSET,
    time: str | Unset = UNSET,
    vuln_status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    sort_asc: str | Unset = UNSET,
    sort_desc: str | Unset = UNSET,
    is_ticket: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    category: str | Unset = UNSET,
    is_regression: bool | Unset = UNSET,
    is_internal: bool | Unset = UNSET,
    asset_metadata: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1ResultsResponse200
    | GetV1ResultsResponse400
    | GetV1ResultsResponse401
    | GetV1ResultsResponse499
    | GetV1ResultsResponse500
    | GetV1ResultsResponseDefault
    | None
):
    """Get All Results

     Get scans results of a user

    Args:
        offset (int | Unset):
        limit (int | Unset):
        severity (str | Unset):  Default: 'unknown,low,medium,high,critical'.
        search (str | Unset):
        host (str | Unset):
        domain (str | Unset):
        port (str | Unset):
        templates (str | Unset):
        time (str | Unset):
        vuln_status (str | Unset):
        tags (str | Unset):
        sort_asc (str | Unset):
        sort_desc (str | Unset):
        is_ticket (bool | Unset):
        labels (str | Unset):
        category (str | Unset):
        is_regression (bool | Unset):
        is_internal (bool | Unset):
        asset_metadata (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ResultsResponse200 | GetV1ResultsResponse400 | GetV1ResultsResponse401 | GetV1ResultsResponse499 | GetV1ResultsResponse500 | GetV1ResultsResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            severity=severity,
            search=search,
            host=host,
            domain=domain,
            port=port,
            templates=templates,
            time=time,
            vuln_status=vuln_status,
            tags=tags,
            sort_asc=sort_asc,
            sort_desc=sort_desc,
            is_ticket=is_ticket,
            labels=labels,
            category=category,
            is_regression=is_regression,
            is_internal=is_internal,
            asset_metadata=asset_metadata,
            x_team_id=x_team_id,
        )
    ).parsed

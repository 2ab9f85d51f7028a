from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.associated_domains_response_400 import AssociatedDomainsResponse400
from ...models.associated_domains_response_401 import AssociatedDomainsResponse401
from ...models.associated_domains_response_500 import AssociatedDomainsResponse500
from ...models.associated_domains_response_default import (
    AssociatedDomainsResponseDefault,
)
from ...models.associated_domains_result_set import AssociatedDomainsResultSet
from ...models.associated_domains_sort import AssociatedDomainsSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    domain: str | Unset = UNSET,
    source: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    sort: AssociatedDomainsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    raw: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["domain"] = domain

    params["source"] = source

    params["active"] = active

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["page"] = page

    params["raw"] = raw

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/domain/associated",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AssociatedDomainsResponse400
    | AssociatedDomainsResponse401
    | AssociatedDomainsResponse500
    | AssociatedDomainsResponseDefault
    | AssociatedDomainsResultSet
):
    if response.status_code == 200:
        response_200 = AssociatedDomainsResultSet.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AssociatedDomainsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AssociatedDomainsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = AssociatedDomainsResponse500.from_dict(response.json())

        return response_500

    response_default = AssociatedDomainsResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AssociatedDomainsResponse400
    | AssociatedDomainsResponse401
    | AssociatedDomainsResponse500
    | AssociatedDomainsResponseDefault
    | AssociatedDomainsResultSet
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain: str | Unset = UNSET,
    source: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    sort: AssociatedDomainsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    raw: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    AssociatedDomainsResponse400
    | AssociatedDomainsResponse401
    | AssociatedDomainsResponse500
    | AssociatedDomainsResponseDefault
    | AssociatedDomainsResultSet
]:
    """Get Associated Domains

     Discover domains related to a given domain through acquisition history, certificate transparency
    logs, and WHOIS records. Returns associated domains with evidence of their relationship.

    Args:
        domain (str | Unset):
        source (str | Unset):
        active (bool | Unset):
        sort (AssociatedDomainsSort | Unset):
        limit (int | Unset):
        page (int | Unset):
        raw (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssociatedDomainsResponse400 | AssociatedDomainsResponse401 | AssociatedDomainsResponse500 | AssociatedDomainsResponseDefault | AssociatedDomainsResultSet]
    """

    kwargs = _get_kwargs(
        domain=domain,
        source=source,
        active=active,
        sort=sort,
        limit=limit,
        page=page,
        raw=raw,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    domain: str | Unset = UNSET,
    source: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    sort: AssociatedDomainsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    raw: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    AssociatedDomainsResponse400
    | AssociatedDomainsResponse401
    | AssociatedDomainsResponse500
    | AssociatedDomainsResponseDefault
    | AssociatedDomainsResultSet
    | None
):
    """Get Associated Domains

     Discover domains related to a given domain through acquisition history, certificate transparency
    logs, and WHOIS records. Returns associated domains with evidence of their relationship.

    Args:
        domain (str | Unset):
        source (str | Unset):
        active (bool | Unset):
        sort (AssociatedDomainsSort | Unset):
        limit (int | Unset):
        page (int | Unset):
        raw (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssociatedDomainsResponse400 | AssociatedDomainsResponse401 | AssociatedDomainsResponse500 | AssociatedDomainsResponseDefault | AssociatedDomainsResultSet
    """

    return sync_detailed(
        client=client,
        domain=domain,
        source=source,
        active=active,
        sort=sort,
        limit=limit,
        page=page,
        raw=raw,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain: str | Unset = UNSET,
    source: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    sort: AssociatedDomainsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    raw: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    AssociatedDomainsResponse400
    | AssociatedDomainsResponse401
    | AssociatedDomainsResponse500
    | AssociatedDomainsResponseDefault
    | AssociatedDomainsResultSet
]:
    """Get Associated Domains

     Discover domains related to a given domain through acquisition history, certificate transparency
    logs, and WHOIS records. Returns associated domains with evidence of their relationship.

    Args:
        domain (str | Unset):
        source (str | Unset):
        active (bool | Unset):
        sort (AssociatedDomainsSort | Unset):
        limit (int | Unset):
        page (int | Unset):
        raw (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssociatedDomainsResponse400 | AssociatedDomainsResponse401 | AssociatedDomainsResponse500 | AssociatedDomainsResponseDefault | AssociatedDomainsResultSet]
    """

    kwargs = _get_kwargs(
        domain=domain,
        source=source,
        active=active,
        sort=sort,
        limit=limit,
        page=page,
        raw=raw,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    domain: str | Unset = UNSET,
    source: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    sort: AssociatedDomainsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    raw: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    AssociatedDomainsResponse400
    | AssociatedDomainsResponse401
    | AssociatedDomainsResponse500
    | AssociatedDomainsResponseDefault
    | AssociatedDomainsResultSet
    | None
):
    """Get Associated Domains

     Discover domains related to a given domain through acquisition history, certificate transparency
    logs, and WHOIS records. Returns associated domains with evidence of their relationship.

    Args:
        domain (str | Unset):
        source (str | Unset):
        active (bool | Unset):
        sort (AssociatedDomainsSort | Unset):
        limit (int | Unset):
        page (int | Unset):
        raw (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssociatedDomainsResponse400 | AssociatedDomainsResponse401 | AssociatedDomainsResponse500 | AssociatedDomainsResponseDefault | AssociatedDomainsResultSet
    """

    return (
        await asyncio_detailed(
            client=client,
            domain=domain,
            source=source,
            active=active,
            sort=sort,
            limit=limit,
            page=page,
            raw=raw,
            x_team_id=x_team_id,
        )
    ).parsed

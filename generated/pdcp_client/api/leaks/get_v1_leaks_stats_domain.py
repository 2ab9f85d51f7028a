from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_leaks_stats_domain_response_200 import (
    GetV1LeaksStatsDomainResponse200,
)
from ...models.get_v1_leaks_stats_domain_response_400 import (
    GetV1LeaksStatsDomainResponse400,
)
from ...models.get_v1_leaks_stats_domain_response_401 import (
    GetV1LeaksStatsDomainResponse401,
)
from ...models.get_v1_leaks_stats_domain_response_403 import (
    GetV1LeaksStatsDomainResponse403,
)
from ...models.get_v1_leaks_stats_domain_response_404 import (
    GetV1LeaksStatsDomainResponse404,
)
from ...models.get_v1_leaks_stats_domain_response_500 import (
    GetV1LeaksStatsDomainResponse500,
)
from ...models.get_v1_leaks_stats_domain_response_default import (
    GetV1LeaksStatsDomainResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    domain: str | Unset = UNSET,
    unmask_email: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["domain"] = domain

    params["unmask_email"] = unmask_email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/leaks/stats/domain",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1LeaksStatsDomainResponse200
    | GetV1LeaksStatsDomainResponse400
    | GetV1LeaksStatsDomainResponse401
    | GetV1LeaksStatsDomainResponse403
    | GetV1LeaksStatsDomainResponse404
    | GetV1LeaksStatsDomainResponse500
    | GetV1LeaksStatsDomainResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1LeaksStatsDomainResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1LeaksStatsDomainResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1LeaksStatsDomainResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetV1LeaksStatsDomainResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetV1LeaksStatsDomainResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetV1LeaksStatsDomainResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1LeaksStatsDomainResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1LeaksStatsDomainResponse200
    | GetV1LeaksStatsDomainResponse400
    | GetV1LeaksStatsDomainResponse401
    | GetV1LeaksStatsDomainResponse403
    | GetV1LeaksStatsDomainResponse404
    | GetV1LeaksStatsDomainResponse500
    | GetV1LeaksStatsDomainResponseDefault
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
    unmask_email: bool | Unset = UNSET,
) -> Response[
    GetV1LeaksStatsDomainResponse200
    | GetV1LeaksStatsDomainResponse400
    | GetV1LeaksStatsDomainResponse401
    | GetV1LeaksStatsDomainResponse403
    | GetV1LeaksStatsDomainResponse404
    | GetV1LeaksStatsDomainResponse500
    | GetV1LeaksStatsDomainResponseDefault
]:
    """Get leak statistics for a domain (Public)

     Public endpoint - no authentication required. Returns leak statistics for any domain including
    employee/customer leak counts, geographic distribution, and top compromised services.

    Args:
        domain (str | Unset):
        unmask_email (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1LeaksStatsDomainResponse200 | GetV1LeaksStatsDomainResponse400 | GetV1LeaksStatsDomainResponse401 | GetV1LeaksStatsDomainResponse403 | GetV1LeaksStatsDomainResponse404 | GetV1LeaksStatsDomainResponse500 | GetV1LeaksStatsDomainResponseDefault]
    """

    kwargs = _get_kwargs(
        domain=domain,
        unmask_email=unmask_email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    domain: str | Unset = UNSET,
    unmask_email: bool | Unset = UNSET,
) -> (
    GetV1LeaksStatsDomainResponse200
    | GetV1LeaksStatsDomainResponse400
    | GetV1LeaksStatsDomainResponse401
    | GetV1LeaksStatsDomainResponse403
    | GetV1LeaksStatsDomainResponse404
    | GetV1LeaksStatsDomainResponse500
    | GetV1LeaksStatsDomainResponseDefault
    | None
):
    """Get leak statistics for a domain (Public)

     Public endpoint - no authentication required. Returns leak statistics for any domain including
    employee/customer leak counts, geographic distribution, and top compromised services.

    Args:
        domain (str | Unset):
        unmask_email (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1LeaksStatsDomainResponse200 | GetV1LeaksStatsDomainResponse400 | GetV1LeaksStatsDomainResponse401 | GetV1LeaksStatsDomainResponse403 | GetV1LeaksStatsDomainResponse404 | GetV1LeaksStatsDomainResponse500 | GetV1LeaksStatsDomainResponseDefault
    """

    return sync_detailed(
        client=client,
        domain=domain,
        unmask_email=unmask_email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain: str | Unset = UNSET,
    unmask_email: bool | Unset = UNSET,
) -> Response[
    GetV1LeaksStatsDomainResponse200
    | GetV1LeaksStatsDomainResponse400
    | GetV1LeaksStatsDomainResponse401
    | GetV1LeaksStatsDomainResponse403
    | GetV1LeaksStatsDomainResponse404
    | GetV1LeaksStatsDomainResponse500
    | GetV1LeaksStatsDomainResponseDefault
]:
    """Get leak statistics for a domain (Public)

     Public endpoint - no authentication required. Returns leak statistics for any domain including
    employee/customer leak counts, geographic distribution, and top compromised services.

    Args:
        domain (str | Unset):
        unmask_email (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1LeaksStatsDomainResponse200 | GetV1LeaksStatsDomainResponse400 | GetV1LeaksStatsDomainResponse401 | GetV1LeaksStatsDomainResponse403 | GetV1LeaksStatsDomainResponse404 | GetV1LeaksStatsDomainResponse500 | GetV1LeaksStatsDomainResponseDefault]
    """

    kwargs = _get_kwargs(
        domain=domain,
        unmask_email=unmask_email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    domain: str | Unset = UNSET,
    unmask_email: bool | Unset = UNSET,
) -> (
    GetV1LeaksStatsDomainResponse200
    | GetV1LeaksStatsDomainResponse400
    | GetV1LeaksStatsDomainResponse401
    | GetV1LeaksStatsDomainResponse403
    | GetV1LeaksStatsDomainResponse404
    | GetV1LeaksStatsDomainResponse500
    | GetV1LeaksStatsDomainResponseDefault
    | None
):
    """Get leak statistics for a domain (Public)

     Public endpoint - no authentication required. Returns leak statistics for any domain including
    employee/customer leak counts, geographic distribution, and top compromised services.

    Args:
        domain (str | Unset):
        unmask_email (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1LeaksStatsDomainResponse200 | GetV1LeaksStatsDomainResponse400 | GetV1LeaksStatsDomainResponse401 | GetV1LeaksStatsDomainResponse403 | GetV1LeaksStatsDomainResponse404 | GetV1LeaksStatsDomainResponse500 | GetV1LeaksStatsDomainResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            domain=domain,
            unmask_email=unmask_email,
        )
    ).parsed

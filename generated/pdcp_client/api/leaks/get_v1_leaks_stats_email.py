from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_leaks_stats_email_response_200 import (
    GetV1LeaksStatsEmailResponse200,
)
from ...models.get_v1_leaks_stats_email_response_400 import (
    GetV1LeaksStatsEmailResponse400,
)
from ...models.get_v1_leaks_stats_email_response_401 import (
    GetV1LeaksStatsEmailResponse401,
)
from ...models.get_v1_leaks_stats_email_response_403 import (
    GetV1LeaksStatsEmailResponse403,
)
from ...models.get_v1_leaks_stats_email_response_404 import (
    GetV1LeaksStatsEmailResponse404,
)
from ...models.get_v1_leaks_stats_email_response_500 import (
    GetV1LeaksStatsEmailResponse500,
)
from ...models.get_v1_leaks_stats_email_response_default import (
    GetV1LeaksStatsEmailResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    email: str | Unset = UNSET,
    unmask_email: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["unmask_email"] = unmask_email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/leaks/stats/email",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1LeaksStatsEmailResponse200
    | GetV1LeaksStatsEmailResponse400
    | GetV1LeaksStatsEmailResponse401
    | GetV1LeaksStatsEmailResponse403
    | GetV1LeaksStatsEmailResponse404
    | GetV1LeaksStatsEmailResponse500
    | GetV1LeaksStatsEmailResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1LeaksStatsEmailResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1LeaksStatsEmailResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1LeaksStatsEmailResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetV1LeaksStatsEmailResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetV1LeaksStatsEmailResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetV1LeaksStatsEmailResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1LeaksStatsEmailResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1LeaksStatsEmailResponse200
    | GetV1LeaksStatsEmailResponse400
    | GetV1LeaksStatsEmailResponse401
    | GetV1LeaksStatsEmailResponse403
    | GetV1LeaksStatsEmailResponse404
    | GetV1LeaksStatsEmailResponse500
    | GetV1LeaksStatsEmailResponseDefault
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
    email: str | Unset = UNSET,
    unmask_email: bool | Unset = UNSET,
) -> Response[
    GetV1LeaksStatsEmailResponse200
    | GetV1LeaksStatsEmailResponse400
    | GetV1LeaksStatsEmailResponse401
    | GetV1LeaksStatsEmailResponse403
    | GetV1LeaksStatsEmailResponse404
    | GetV1LeaksStatsEmailResponse500
    | GetV1LeaksStatsEmailResponseDefault
]:
    """Get leak statistics for an email (Public)

     Public endpoint - no authentication required. Returns leak statistics for any email address
    including leak classification, compromised services, and risk timeline.

    Args:
        email (str | Unset):
        unmask_email (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1LeaksStatsEmailResponse200 | GetV1LeaksStatsEmailResponse400 | GetV1LeaksStatsEmailResponse401 | GetV1LeaksStatsEmailResponse403 | GetV1LeaksStatsEmailResponse404 | GetV1LeaksStatsEmailResponse500 | GetV1LeaksStatsEmailResponseDefault]
    """

    kwargs = _get_kwargs(
        email=email,
        unmask_email=unmask_email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    unmask_email: bool | Unset = UNSET,
) -> (
    GetV1LeaksStatsEmailResponse200
    | GetV1LeaksStatsEmailResponse400
    | GetV1LeaksStatsEmailResponse401
    | GetV1LeaksStatsEmailResponse403
    | GetV1LeaksStatsEmailResponse404
    | GetV1LeaksStatsEmailResponse500
    | GetV1LeaksStatsEmailResponseDefault
    | None
):
    """Get leak statistics for an email (Public)

     Public endpoint - no authentication required. Returns leak statistics for any email address
    including leak classification, compromised services, and risk timeline.

    Args:
        email (str | Unset):
        unmask_email (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1LeaksStatsEmailResponse200 | GetV1LeaksStatsEmailResponse400 | GetV1LeaksStatsEmailResponse401 | GetV1LeaksStatsEmailResponse403 | GetV1LeaksStatsEmailResponse404 | GetV1LeaksStatsEmailResponse500 | GetV1LeaksStatsEmailResponseDefault
    """

    return sync_detailed(
        client=client,
        email=email,
        unmask_email=unmask_email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    unmask_email: bool | Unset = UNSET,
) -> Response[
    GetV1LeaksStatsEmailResponse200
    | GetV1LeaksStatsEmailResponse400
    | GetV1LeaksStatsEmailResponse401
    | GetV1LeaksStatsEmailResponse403
    | GetV1LeaksStatsEmailResponse404
    | GetV1LeaksStatsEmailResponse500
    | GetV1LeaksStatsEmailResponseDefault
]:
    """Get leak statistics for an email (Public)

     Public endpoint - no authentication required. Returns leak statistics for any email address
    including leak classification, compromised services, and risk timeline.

    Args:
        email (str | Unset):
        unmask_email (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1LeaksStatsEmailResponse200 | GetV1LeaksStatsEmailResponse400 | GetV1LeaksStatsEmailResponse401 | GetV1LeaksStatsEmailResponse403 | GetV1LeaksStatsEmailResponse404 | GetV1LeaksStatsEmailResponse500 | GetV1LeaksStatsEmailResponseDefault]
    """

    kwargs = _get_kwargs(
        email=email,
        unmask_email=unmask_email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    unmask_email: bool | Unset = UNSET,
) -> (
    GetV1LeaksStatsEmailResponse200
    | GetV1LeaksStatsEmailResponse400
    | GetV1LeaksStatsEmailResponse401
    | GetV1LeaksStatsEmailResponse403
    | GetV1LeaksStatsEmailResponse404
    | GetV1LeaksStatsEmailResponse500
    | GetV1LeaksStatsEmailResponseDefault
    | None
):
    """Get leak statistics for an email (Public)

     Public endpoint - no authentication required. Returns leak statistics for any email address
    including leak classification, compromised services, and risk timeline.

    Args:
        email (str | Unset):
        unmask_email (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1LeaksStatsEmailResponse200 | GetV1LeaksStatsEmailResponse400 | GetV1LeaksStatsEmailResponse401 | GetV1LeaksStatsEmailResponse403 | GetV1LeaksStatsEmailResponse404 | GetV1LeaksStatsEmailResponse500 | GetV1LeaksStatsEmailResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            email=email,
            unmask_email=unmask_email,
        )
    ).parsed

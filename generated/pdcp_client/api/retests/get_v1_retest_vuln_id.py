from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_retest_vuln_id_response_200 import GetV1RetestVulnIdResponse200
from ...models.get_v1_retest_vuln_id_response_400 import GetV1RetestVulnIdResponse400
from ...models.get_v1_retest_vuln_id_response_401 import GetV1RetestVulnIdResponse401
from ...models.get_v1_retest_vuln_id_response_500 import GetV1RetestVulnIdResponse500
from ...models.get_v1_retest_vuln_id_response_default import (
    GetV1RetestVulnIdResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vuln_id: str,
    *,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/retest/{vuln_id}".format(
            vuln_id=quote(str(vuln_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1RetestVulnIdResponse200
    | GetV1RetestVulnIdResponse400
    | GetV1RetestVulnIdResponse401
    | GetV1RetestVulnIdResponse500
    | GetV1RetestVulnIdResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1RetestVulnIdResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1RetestVulnIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1RetestVulnIdResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetV1RetestVulnIdResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1RetestVulnIdResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1RetestVulnIdResponse200
    | GetV1RetestVulnIdResponse400
    | GetV1RetestVulnIdResponse401
    | GetV1RetestVulnIdResponse500
    | GetV1RetestVulnIdResponseDefault
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
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1RetestVulnIdResponse200
    | GetV1RetestVulnIdResponse400
    | GetV1RetestVulnIdResponse401
    | GetV1RetestVulnIdResponse500
    | GetV1RetestVulnIdResponseDefault
]:
    """Get Retest Vulnerability

     Get retest vulnerability (retests from editor)

    Args:
        vuln_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1RetestVulnIdResponse200 | GetV1RetestVulnIdResponse400 | GetV1RetestVulnIdResponse401 | GetV1RetestVulnIdResponse500 | GetV1RetestVulnIdResponseDefault]
    """

    kwargs = _get_kwargs(
        vuln_id=vuln_id,
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
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1RetestVulnIdResponse200
    | GetV1RetestVulnIdResponse400
    | GetV1RetestVulnIdResponse401
    | GetV1RetestVulnIdResponse500
    | GetV1RetestVulnIdResponseDefault
    | None
):
    """Get Retest Vulnerability

     Get retest vulnerability (retests from editor)

    Args:
        vuln_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1RetestVulnIdResponse200 | GetV1RetestVulnIdResponse400 | GetV1RetestVulnIdResponse401 | GetV1RetestVulnIdResponse500 | GetV1RetestVulnIdResponseDefault
    """

    return sync_detailed(
        vuln_id=vuln_id,
        client=client,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1RetestVulnIdResponse200
    | GetV1RetestVulnIdResponse400
    | GetV1RetestVulnIdResponse401
    | GetV1RetestVulnIdResponse500
    | GetV1RetestVulnIdResponseDefault
]:
    """Get Retest Vulnerability

     Get retest vulnerability (retests from editor)

    Args:
        vuln_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1RetestVulnIdResponse200 | GetV1RetestVulnIdResponse400 | GetV1RetestVulnIdResponse401 | GetV1RetestVulnIdResponse500 | GetV1RetestVulnIdResponseDefault]
    """

    kwargs = _get_kwargs(
        vuln_id=vuln_id,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1RetestVulnIdResponse200
    | GetV1RetestVulnIdResponse400
    | GetV1RetestVulnIdResponse401
    | GetV1RetestVulnIdResponse500
    | GetV1RetestVulnIdResponseDefault
    | None
):
    """Get Retest Vulnerability

     Get retest vulnerability (retests from editor)

    Args:
        vuln_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1RetestVulnIdResponse200 | GetV1RetestVulnIdResponse400 | GetV1RetestVulnIdResponse401 | GetV1RetestVulnIdResponse500 | GetV1RetestVulnIdResponseDefault
    """

    return (
        await asyncio_detailed(
            vuln_id=vuln_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

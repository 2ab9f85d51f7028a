from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_scans_vuln_vuln_id_response_400 import (
    GetV1ScansVulnVulnIdResponse400,
)
from ...models.get_v1_scans_vuln_vuln_id_response_401 import (
    GetV1ScansVulnVulnIdResponse401,
)
from ...models.get_v1_scans_vuln_vuln_id_response_500 import (
    GetV1ScansVulnVulnIdResponse500,
)
from ...models.get_v1_scans_vuln_vuln_id_response_default import (
    GetV1ScansVulnVulnIdResponseDefault,
)
from ...models.vulnerability_results_old import VulnerabilityResultsOld
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
        "url": "/v1/scans/vuln/{vuln_id}".format(
            vuln_id=quote(str(vuln_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1ScansVulnVulnIdResponse400
    | GetV1ScansVulnVulnIdResponse401
    | GetV1ScansVulnVulnIdResponse500
    | GetV1ScansVulnVulnIdResponseDefault
    | VulnerabilityResultsOld
):
    if response.status_code == 200:
        response_200 = VulnerabilityResultsOld.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1ScansVulnVulnIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1ScansVulnVulnIdResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetV1ScansVulnVulnIdResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1ScansVulnVulnIdResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1ScansVulnVulnIdResponse400
    | GetV1ScansVulnVulnIdResponse401
    | GetV1ScansVulnVulnIdResponse500
    | GetV1ScansVulnVulnIdResponseDefault
    | VulnerabilityResultsOld
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
    GetV1ScansVulnVulnIdResponse400
    | GetV1ScansVulnVulnIdResponse401
    | GetV1ScansVulnVulnIdResponse500
    | GetV1ScansVulnVulnIdResponseDefault
    | VulnerabilityResultsOld
]:
    """Get Scan Vulnerability

     Get scan result vulnerability by ID

    Args:
        vuln_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansVulnVulnIdResponse400 | GetV1ScansVulnVulnIdResponse401 | GetV1ScansVulnVulnIdResponse500 | GetV1ScansVulnVulnIdResponseDefault | VulnerabilityResultsOld]
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
    GetV1ScansVulnVulnIdResponse400
    | GetV1ScansVulnVulnIdResponse401
    | GetV1ScansVulnVulnIdResponse500
    | GetV1ScansVulnVulnIdResponseDefault
    | VulnerabilityResultsOld
    | None
):
    """Get Scan Vulnerability

     Get scan result vulnerability by ID

    Args:
        vuln_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansVulnVulnIdResponse400 | GetV1ScansVulnVulnIdResponse401 | GetV1ScansVulnVulnIdResponse500 | GetV1ScansVulnVulnIdResponseDefault | VulnerabilityResultsOld
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
    GetV1ScansVulnVulnIdResponse400
    | GetV1ScansVulnVulnIdResponse401
    | GetV1ScansVulnVulnIdResponse500
    | GetV1ScansVulnVulnIdResponseDefault
    | VulnerabilityResultsOld
]:
    """Get Scan Vulnerability

     Get scan result vulnerability by ID

    Args:
        vuln_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1ScansVulnVulnIdResponse400 | GetV1ScansVulnVulnIdResponse401 | GetV1ScansVulnVulnIdResponse500 | GetV1ScansVulnVulnIdResponseDefault | VulnerabilityResultsOld]
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
    GetV1ScansVulnVulnIdResponse400
    | GetV1ScansVulnVulnIdResponse401
    | GetV1ScansVulnVulnIdResponse500
    | GetV1ScansVulnVulnIdResponseDefault
    | VulnerabilityResultsOld
    | None
):
    """Get Scan Vulnerability

     Get scan result vulnerability by ID

    Args:
        vuln_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1ScansVulnVulnIdResponse400 | GetV1ScansVulnVulnIdResponse401 | GetV1ScansVulnVulnIdResponse500 | GetV1ScansVulnVulnIdResponseDefault | VulnerabilityResultsOld
    """

    return (
        await asyncio_detailed(
            vuln_id=vuln_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

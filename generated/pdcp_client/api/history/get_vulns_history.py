from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_vulns_history_response_400 import GetVulnsHistoryResponse400
from ...models.get_vulns_history_response_500 import GetVulnsHistoryResponse500
from ...models.get_vulns_history_response_default import GetVulnsHistoryResponseDefault
from ...models.vulnerability_history_detail import VulnerabilityHistoryDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    vuln_hash: list[str] | Unset = UNSET,
    history_limit: int | Unset = 5,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_vuln_hash: list[str] | Unset = UNSET
    if not isinstance(vuln_hash, Unset):
        json_vuln_hash = vuln_hash

    params["vuln_hash"] = json_vuln_hash

    params["history_limit"] = history_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans/vulns/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetVulnsHistoryResponse400
    | GetVulnsHistoryResponse500
    | GetVulnsHistoryResponseDefault
    | VulnerabilityHistoryDetail
):
    if response.status_code == 200:
        response_200 = VulnerabilityHistoryDetail.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetVulnsHistoryResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = GetVulnsHistoryResponse500.from_dict(response.json())

        return response_500

    response_default = GetVulnsHistoryResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetVulnsHistoryResponse400
    | GetVulnsHistoryResponse500
    | GetVulnsHistoryResponseDefault
    | VulnerabilityHistoryDetail
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
    vuln_hash: list[str] | Unset = UNSET,
    history_limit: int | Unset = 5,
) -> Response[
    GetVulnsHistoryResponse400
    | GetVulnsHistoryResponse500
    | GetVulnsHistoryResponseDefault
    | VulnerabilityHistoryDetail
]:
    """Get scan log stats of given scan id

    Args:
        vuln_hash (list[str] | Unset):
        history_limit (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVulnsHistoryResponse400 | GetVulnsHistoryResponse500 | GetVulnsHistoryResponseDefault | VulnerabilityHistoryDetail]
    """

    kwargs = _get_kwargs(
        vuln_hash=vuln_hash,
        history_limit=history_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    vuln_hash: list[str] | Unset = UNSET,
    history_limit: int | Unset = 5,
) -> (
    GetVulnsHistoryResponse400
    | GetVulnsHistoryResponse500
    | GetVulnsHistoryResponseDefault
    | VulnerabilityHistoryDetail
    | None
):
    """Get scan log stats of given scan id

    Args:
        vuln_hash (list[str] | Unset):
        history_limit (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVulnsHistoryResponse400 | GetVulnsHistoryResponse500 | GetVulnsHistoryResponseDefault | VulnerabilityHistoryDetail
    """

    return sync_detailed(
        client=client,
        vuln_hash=vuln_hash,
        history_limit=history_limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    vuln_hash: list[str] | Unset = UNSET,
    history_limit: int | Unset = 5,
) -> Response[
    GetVulnsHistoryResponse400
    | GetVulnsHistoryResponse500
    | GetVulnsHistoryResponseDefault
    | VulnerabilityHistoryDetail
]:
    """Get scan log stats of given scan id

    Args:
        vuln_hash (list[str] | Unset):
        history_limit (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVulnsHistoryResponse400 | GetVulnsHistoryResponse500 | GetVulnsHistoryResponseDefault | VulnerabilityHistoryDetail]
    """

    kwargs = _get_kwargs(
        vuln_hash=vuln_hash,
        history_limit=history_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    vuln_hash: list[str] | Unset = UNSET,
    history_limit: int | Unset = 5,
) -> (
    GetVulnsHistoryResponse400
    | GetVulnsHistoryResponse500
    | GetVulnsHistoryResponseDefault
    | VulnerabilityHistoryDetail
    | None
):
    """Get scan log stats of given scan id

    Args:
        vuln_hash (list[str] | Unset):
        history_limit (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVulnsHistoryResponse400 | GetVulnsHistoryResponse500 | GetVulnsHistoryResponseDefault | VulnerabilityHistoryDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            vuln_hash=vuln_hash,
            history_limit=history_limit,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_v1_scans_vulns_body import PatchV1ScansVulnsBody
from ...models.patch_v1_scans_vulns_response_200 import PatchV1ScansVulnsResponse200
from ...models.patch_v1_scans_vulns_response_400 import PatchV1ScansVulnsResponse400
from ...models.patch_v1_scans_vulns_response_401 import PatchV1ScansVulnsResponse401
from ...models.patch_v1_scans_vulns_response_500 import PatchV1ScansVulnsResponse500
from ...models.patch_v1_scans_vulns_response_default import (
    PatchV1ScansVulnsResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PatchV1ScansVulnsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/scans/vulns",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PatchV1ScansVulnsResponse200
    | PatchV1ScansVulnsResponse400
    | PatchV1ScansVulnsResponse401
    | PatchV1ScansVulnsResponse500
    | PatchV1ScansVulnsResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1ScansVulnsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PatchV1ScansVulnsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PatchV1ScansVulnsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = PatchV1ScansVulnsResponse500.from_dict(response.json())

        return response_500

    response_default = PatchV1ScansVulnsResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1ScansVulnsResponse200
    | PatchV1ScansVulnsResponse400
    | PatchV1ScansVulnsResponse401
    | PatchV1ScansVulnsResponse500
    | PatchV1ScansVulnsResponseDefault
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
    body: PatchV1ScansVulnsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1ScansVulnsResponse200
    | PatchV1ScansVulnsResponse400
    | PatchV1ScansVulnsResponse401
    | PatchV1ScansVulnsResponse500
    | PatchV1ScansVulnsResponseDefault
]:
    """Update Vulnerability Status

     Batch update vulnerability status

    Args:
        x_team_id (str | Unset):
        body (PatchV1ScansVulnsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1ScansVulnsResponse200 | PatchV1ScansVulnsResponse400 | PatchV1ScansVulnsResponse401 | PatchV1ScansVulnsResponse500 | PatchV1ScansVulnsResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PatchV1ScansVulnsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1ScansVulnsResponse200
    | PatchV1ScansVulnsResponse400
    | PatchV1ScansVulnsResponse401
    | PatchV1ScansVulnsResponse500
    | PatchV1ScansVulnsResponseDefault
    | None
):
    """Update Vulnerability Status

     Batch update vulnerability status

    Args:
        x_team_id (str | Unset):
        body (PatchV1ScansVulnsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1ScansVulnsResponse200 | PatchV1ScansVulnsResponse400 | PatchV1ScansVulnsResponse401 | PatchV1ScansVulnsResponse500 | PatchV1ScansVulnsResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PatchV1ScansVulnsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1ScansVulnsResponse200
    | PatchV1ScansVulnsResponse400
    | PatchV1ScansVulnsResponse401
    | PatchV1ScansVulnsResponse500
    | PatchV1ScansVulnsResponseDefault
]:
    """Update Vulnerability Status

     Batch update vulnerability status

    Args:
        x_team_id (str | Unset):
        body (PatchV1ScansVulnsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1ScansVulnsResponse200 | PatchV1ScansVulnsResponse400 | PatchV1ScansVulnsResponse401 | PatchV1ScansVulnsResponse500 | PatchV1ScansVulnsResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PatchV1ScansVulnsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1ScansVulnsResponse200
    | PatchV1ScansVulnsResponse400
    | PatchV1ScansVulnsResponse401
    | PatchV1ScansVulnsResponse500
    | PatchV1ScansVulnsResponseDefault
    | None
):
    """Update Vulnerability Status

     Batch update vulnerability status

    Args:
        x_team_id (str | Unset):
        body (PatchV1ScansVulnsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1ScansVulnsResponse200 | PatchV1ScansVulnsResponse400 | PatchV1ScansVulnsResponse401 | PatchV1ScansVulnsResponse500 | PatchV1ScansVulnsResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

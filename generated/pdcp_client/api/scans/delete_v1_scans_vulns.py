from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_v1_scans_vulns_body import DeleteV1ScansVulnsBody
from ...models.delete_v1_scans_vulns_response_200 import DeleteV1ScansVulnsResponse200
from ...models.delete_v1_scans_vulns_response_400 import DeleteV1ScansVulnsResponse400
from ...models.delete_v1_scans_vulns_response_401 import DeleteV1ScansVulnsResponse401
from ...models.delete_v1_scans_vulns_response_500 import DeleteV1ScansVulnsResponse500
from ...models.delete_v1_scans_vulns_response_default import (
    DeleteV1ScansVulnsResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DeleteV1ScansVulnsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
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
    DeleteV1ScansVulnsResponse200
    | DeleteV1ScansVulnsResponse400
    | DeleteV1ScansVulnsResponse401
    | DeleteV1ScansVulnsResponse500
    | DeleteV1ScansVulnsResponseDefault
):
    if response.status_code == 200:
        response_200 = DeleteV1ScansVulnsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteV1ScansVulnsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteV1ScansVulnsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = DeleteV1ScansVulnsResponse500.from_dict(response.json())

        return response_500

    response_default = DeleteV1ScansVulnsResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteV1ScansVulnsResponse200
    | DeleteV1ScansVulnsResponse400
    | DeleteV1ScansVulnsResponse401
    | DeleteV1ScansVulnsResponse500
    | DeleteV1ScansVulnsResponseDefault
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
    body: DeleteV1ScansVulnsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1ScansVulnsResponse200
    | DeleteV1ScansVulnsResponse400
    | DeleteV1ScansVulnsResponse401
    | DeleteV1ScansVulnsResponse500
    | DeleteV1ScansVulnsResponseDefault
]:
    """Delete Scan Vulnerability

     Batch Delete scan vulnerability

    Args:
        x_team_id (str | Unset):
        body (DeleteV1ScansVulnsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1ScansVulnsResponse200 | DeleteV1ScansVulnsResponse400 | DeleteV1ScansVulnsResponse401 | DeleteV1ScansVulnsResponse500 | DeleteV1ScansVulnsResponseDefault]
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
    body: DeleteV1ScansVulnsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1ScansVulnsResponse200
    | DeleteV1ScansVulnsResponse400
    | DeleteV1ScansVulnsResponse401
    | DeleteV1ScansVulnsResponse500
    | DeleteV1ScansVulnsResponseDefault
    | None
):
    """Delete Scan Vulnerability

     Batch Delete scan vulnerability

    Args:
        x_team_id (str | Unset):
        body (DeleteV1ScansVulnsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1ScansVulnsResponse200 | DeleteV1ScansVulnsResponse400 | DeleteV1ScansVulnsResponse401 | DeleteV1ScansVulnsResponse500 | DeleteV1ScansVulnsResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteV1ScansVulnsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1ScansVulnsResponse200
    | DeleteV1ScansVulnsResponse400
    | DeleteV1ScansVulnsResponse401
    | DeleteV1ScansVulnsResponse500
    | DeleteV1ScansVulnsResponseDefault
]:
    """Delete Scan Vulnerability

     Batch Delete scan vulnerability

    Args:
        x_team_id (str | Unset):
        body (DeleteV1ScansVulnsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1ScansVulnsResponse200 | DeleteV1ScansVulnsResponse400 | DeleteV1ScansVulnsResponse401 | DeleteV1ScansVulnsResponse500 | DeleteV1ScansVulnsResponseDefault]
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
    body: DeleteV1ScansVulnsBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1ScansVulnsResponse200
    | DeleteV1ScansVulnsResponse400
    | DeleteV1ScansVulnsResponse401
    | DeleteV1ScansVulnsResponse500
    | DeleteV1ScansVulnsResponseDefault
    | None
):
    """Delete Scan Vulnerability

     Batch Delete scan vulnerability

    Args:
        x_team_id (str | Unset):
        body (DeleteV1ScansVulnsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1ScansVulnsResponse200 | DeleteV1ScansVulnsResponse400 | DeleteV1ScansVulnsResponse401 | DeleteV1ScansVulnsResponse500 | DeleteV1ScansVulnsResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

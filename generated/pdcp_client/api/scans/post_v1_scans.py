from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_scan_request import CreateScanRequest
from ...models.create_scan_response import CreateScanResponse
from ...models.error_response import ErrorResponse
from ...models.error_response_400 import ErrorResponse400
from ...models.error_response_401 import ErrorResponse401
from ...models.error_response_500 import ErrorResponse500
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateScanRequest | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/scans",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateScanResponse
    | ErrorResponse
    | ErrorResponse400
    | ErrorResponse401
    | ErrorResponse500
):
    if response.status_code == 200:
        response_200 = CreateScanResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse500.from_dict(response.json())

        return response_500

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateScanResponse
    | ErrorResponse
    | ErrorResponse400
    | ErrorResponse401
    | ErrorResponse500
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
    body: CreateScanRequest | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    CreateScanResponse
    | ErrorResponse
    | ErrorResponse400
    | ErrorResponse401
    | ErrorResponse500
]:
    """Create Scan

     Trigger a scan

    Args:
        x_team_id (str | Unset):
        body (CreateScanRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateScanResponse | ErrorResponse | ErrorResponse400 | ErrorResponse401 | ErrorResponse500]
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
    body: CreateScanRequest | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    CreateScanResponse
    | ErrorResponse
    | ErrorResponse400
    | ErrorResponse401
    | ErrorResponse500
    | None
):
    """Create Scan

     Trigger a scan

    Args:
        x_team_id (str | Unset):
        body (CreateScanRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateScanResponse | ErrorResponse | ErrorResponse400 | ErrorResponse401 | ErrorResponse500
    """

    return sync_detailed(
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateScanRequest | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    CreateScanResponse
    | ErrorResponse
    | ErrorResponse400
    | ErrorResponse401
    | ErrorResponse500
]:
    """Create Scan

     Trigger a scan

    Args:
        x_team_id (str | Unset):
        body (CreateScanRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateScanResponse | ErrorResponse | ErrorResponse400 | ErrorResponse401 | ErrorResponse500]
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
    body: CreateScanRequest | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    CreateScanResponse
    | ErrorResponse
    | ErrorResponse400
    | ErrorResponse401
    | ErrorResponse500
    | None
):
    """Create Scan

     Trigger a scan

    Args:
        x_team_id (str | Unset):
        body (CreateScanRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateScanResponse | ErrorResponse | ErrorResponse400 | ErrorResponse401 | ErrorResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_scans_import_response_200 import PostV1ScansImportResponse200
from ...models.post_v1_scans_import_response_400 import PostV1ScansImportResponse400
from ...models.post_v1_scans_import_response_401 import PostV1ScansImportResponse401
from ...models.post_v1_scans_import_response_500 import PostV1ScansImportResponse500
from ...models.post_v1_scans_import_response_default import (
    PostV1ScansImportResponseDefault,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File | Unset = UNSET,
    name: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/scans/import",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostV1ScansImportResponse200
    | PostV1ScansImportResponse400
    | PostV1ScansImportResponse401
    | PostV1ScansImportResponse500
    | PostV1ScansImportResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1ScansImportResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1ScansImportResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1ScansImportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = PostV1ScansImportResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1ScansImportResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1ScansImportResponse200
    | PostV1ScansImportResponse400
    | PostV1ScansImportResponse401
    | PostV1ScansImportResponse500
    | PostV1ScansImportResponseDefault
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
    body: File | Unset = UNSET,
    name: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1ScansImportResponse200
    | PostV1ScansImportResponse400
    | PostV1ScansImportResponse401
    | PostV1ScansImportResponse500
    | PostV1ScansImportResponseDefault
]:
    """Import OSS Scan

     Import scan details

    Args:
        name (str | Unset):
        x_team_id (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1ScansImportResponse200 | PostV1ScansImportResponse400 | PostV1ScansImportResponse401 | PostV1ScansImportResponse500 | PostV1ScansImportResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    name: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1ScansImportResponse200
    | PostV1ScansImportResponse400
    | PostV1ScansImportResponse401
    | PostV1ScansImportResponse500
    | PostV1ScansImportResponseDefault
    | None
):
    """Import OSS Scan

     Import scan details

    Args:
        name (str | Unset):
        x_team_id (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1ScansImportResponse200 | PostV1ScansImportResponse400 | PostV1ScansImportResponse401 | PostV1ScansImportResponse500 | PostV1ScansImportResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        name=name,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    name: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1ScansImportResponse200
    | PostV1ScansImportResponse400
    | PostV1ScansImportResponse401
    | PostV1ScansImportResponse500
    | PostV1ScansImportResponseDefault
]:
    """Import OSS Scan

     Import scan details

    Args:
        name (str | Unset):
        x_team_id (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1ScansImportResponse200 | PostV1ScansImportResponse400 | PostV1ScansImportResponse401 | PostV1ScansImportResponse500 | PostV1ScansImportResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    name: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1ScansImportResponse200
    | PostV1ScansImportResponse400
    | PostV1ScansImportResponse401
    | PostV1ScansImportResponse500
    | PostV1ScansImportResponseDefault
    | None
):
    """Import OSS Scan

     Import scan details

    Args:
        name (str | Unset):
        x_team_id (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1ScansImportResponse200 | PostV1ScansImportResponse400 | PostV1ScansImportResponse401 | PostV1ScansImportResponse500 | PostV1ScansImportResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            name=name,
            x_team_id=x_team_id,
        )
    ).parsed

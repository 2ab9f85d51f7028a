from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_scans_results_export_body import PostV1ScansResultsExportBody
from ...models.post_v1_scans_results_export_response_201 import (
    PostV1ScansResultsExportResponse201,
)
from ...models.post_v1_scans_results_export_response_401 import (
    PostV1ScansResultsExportResponse401,
)
from ...models.post_v1_scans_results_export_response_403 import (
    PostV1ScansResultsExportResponse403,
)
from ...models.post_v1_scans_results_export_response_500 import (
    PostV1ScansResultsExportResponse500,
)
from ...models.post_v1_scans_results_export_response_default import (
    PostV1ScansResultsExportResponseDefault,
)
from ...models.post_v1_scans_results_export_type import PostV1ScansResultsExportType
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: PostV1ScansResultsExportBody | Unset = UNSET,
    type_: PostV1ScansResultsExportType | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["async"] = async_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/scans/results/export",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    File
    | PostV1ScansResultsExportResponse201
    | PostV1ScansResultsExportResponse401
    | PostV1ScansResultsExportResponse403
    | PostV1ScansResultsExportResponse500
    | PostV1ScansResultsExportResponseDefault
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = PostV1ScansResultsExportResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = PostV1ScansResultsExportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PostV1ScansResultsExportResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = PostV1ScansResultsExportResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1ScansResultsExportResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    File
    | PostV1ScansResultsExportResponse201
    | PostV1ScansResultsExportResponse401
    | PostV1ScansResultsExportResponse403
    | PostV1ScansResultsExportResponse500
    | PostV1ScansResultsExportResponseDefault
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
    body: PostV1ScansResultsExportBody | Unset = UNSET,
    type_: PostV1ScansResultsExportType | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    File
    | PostV1ScansResultsExportResponse201
    | PostV1ScansResultsExportResponse401
    | PostV1ScansResultsExportResponse403
    | PostV1ScansResultsExportResponse500
    | PostV1ScansResultsExportResponseDefault
]:
    """Export filtered Scan results

     Export filtered scan results

    Args:
        type_ (PostV1ScansResultsExportType | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):
        body (PostV1ScansResultsExportBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | PostV1ScansResultsExportResponse201 | PostV1ScansResultsExportResponse401 | PostV1ScansResultsExportResponse403 | PostV1ScansResultsExportResponse500 | PostV1ScansResultsExportResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        type_=type_,
        async_=async_,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PostV1ScansResultsExportBody | Unset = UNSET,
    type_: PostV1ScansResultsExportType | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    File
    | PostV1ScansResultsExportResponse201
    | PostV1ScansResultsExportResponse401
    | PostV1ScansResultsExportResponse403
    | PostV1ScansResultsExportResponse500
    | PostV1ScansResultsExportResponseDefault
    | None
):
    """Export filtered Scan results

     Export filtered scan results

    Args:
        type_ (PostV1ScansResultsExportType | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):
        body (PostV1ScansResultsExportBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | PostV1ScansResultsExportResponse201 | PostV1ScansResultsExportResponse401 | PostV1ScansResultsExportResponse403 | PostV1ScansResultsExportResponse500 | PostV1ScansResultsExportResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        type_=type_,
        async_=async_,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostV1ScansResultsExportBody | Unset = UNSET,
    type_: PostV1ScansResultsExportType | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    File
    | PostV1ScansResultsExportResponse201
    | PostV1ScansResultsExportResponse401
    | PostV1ScansResultsExportResponse403
    | PostV1ScansResultsExportResponse500
    | PostV1ScansResultsExportResponseDefault
]:
    """Export filtered Scan results

     Export filtered scan results

    Args:
        type_ (PostV1ScansResultsExportType | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):
        body (PostV1ScansResultsExportBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | PostV1ScansResultsExportResponse201 | PostV1ScansResultsExportResponse401 | PostV1ScansResultsExportResponse403 | PostV1ScansResultsExportResponse500 | PostV1ScansResultsExportResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        type_=type_,
        async_=async_,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostV1ScansResultsExportBody | Unset = UNSET,
    type_: PostV1ScansResultsExportType | Unset = UNSET,
    async_: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    File
    | PostV1ScansResultsExportResponse201
    | PostV1ScansResultsExportResponse401
    | PostV1ScansResultsExportResponse403
    | PostV1ScansResultsExportResponse500
    | PostV1ScansResultsExportResponseDefault
    | None
):
    """Export filtered Scan results

     Export filtered scan results

    Args:
        type_ (PostV1ScansResultsExportType | Unset):
        async_ (bool | Unset):
        x_team_id (str | Unset):
        body (PostV1ScansResultsExportBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | PostV1ScansResultsExportResponse201 | PostV1ScansResultsExportResponse401 | PostV1ScansResultsExportResponse403 | PostV1ScansResultsExportResponse500 | PostV1ScansResultsExportResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            type_=type_,
            async_=async_,
            x_team_id=x_team_id,
        )
    ).parsed

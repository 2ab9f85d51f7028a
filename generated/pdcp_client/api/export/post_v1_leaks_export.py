from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_leaks_export_body import PostV1LeaksExportBody
from ...models.post_v1_leaks_export_format import PostV1LeaksExportFormat
from ...models.post_v1_leaks_export_response_200 import PostV1LeaksExportResponse200
from ...models.post_v1_leaks_export_response_400 import PostV1LeaksExportResponse400
from ...models.post_v1_leaks_export_response_401 import PostV1LeaksExportResponse401
from ...models.post_v1_leaks_export_response_403 import PostV1LeaksExportResponse403
from ...models.post_v1_leaks_export_response_404 import PostV1LeaksExportResponse404
from ...models.post_v1_leaks_export_response_500 import PostV1LeaksExportResponse500
from ...models.post_v1_leaks_export_response_default import (
    PostV1LeaksExportResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostV1LeaksExportBody,
    format_: PostV1LeaksExportFormat | Unset = PostV1LeaksExportFormat.JSON,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/leaks/export",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostV1LeaksExportResponse200
    | PostV1LeaksExportResponse400
    | PostV1LeaksExportResponse401
    | PostV1LeaksExportResponse403
    | PostV1LeaksExportResponse404
    | PostV1LeaksExportResponse500
    | PostV1LeaksExportResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1LeaksExportResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1LeaksExportResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1LeaksExportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PostV1LeaksExportResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PostV1LeaksExportResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = PostV1LeaksExportResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1LeaksExportResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1LeaksExportResponse200
    | PostV1LeaksExportResponse400
    | PostV1LeaksExportResponse401
    | PostV1LeaksExportResponse403
    | PostV1LeaksExportResponse404
    | PostV1LeaksExportResponse500
    | PostV1LeaksExportResponseDefault
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
    body: PostV1LeaksExportBody,
    format_: PostV1LeaksExportFormat | Unset = PostV1LeaksExportFormat.JSON,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1LeaksExportResponse200
    | PostV1LeaksExportResponse400
    | PostV1LeaksExportResponse401
    | PostV1LeaksExportResponse403
    | PostV1LeaksExportResponse404
    | PostV1LeaksExportResponse500
    | PostV1LeaksExportResponseDefault
]:
    """Export leaked credentials

     Export leaked credentials with filtering by type, domain, email, date range, and more. Passwords are
    unmasked after domain verification. See [Domain Verification](/cloud/credential-monitoring#domain-
    verification) for setup instructions.

    Args:
        format_ (PostV1LeaksExportFormat | Unset):  Default: PostV1LeaksExportFormat.JSON.
        x_team_id (str | Unset):
        body (PostV1LeaksExportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1LeaksExportResponse200 | PostV1LeaksExportResponse400 | PostV1LeaksExportResponse401 | PostV1LeaksExportResponse403 | PostV1LeaksExportResponse404 | PostV1LeaksExportResponse500 | PostV1LeaksExportResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PostV1LeaksExportBody,
    format_: PostV1LeaksExportFormat | Unset = PostV1LeaksExportFormat.JSON,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1LeaksExportResponse200
    | PostV1LeaksExportResponse400
    | PostV1LeaksExportResponse401
    | PostV1LeaksExportResponse403
    | PostV1LeaksExportResponse404
    | PostV1LeaksExportResponse500
    | PostV1LeaksExportResponseDefault
    | None
):
    """Export leaked credentials

     Export leaked credentials with filtering by type, domain, email, date range, and more. Passwords are
    unmasked after domain verification. See [Domain Verification](/cloud/credential-monitoring#domain-
    verification) for setup instructions.

    Args:
        format_ (PostV1LeaksExportFormat | Unset):  Default: PostV1LeaksExportFormat.JSON.
        x_team_id (str | Unset):
        body (PostV1LeaksExportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1LeaksExportResponse200 | PostV1LeaksExportResponse400 | PostV1LeaksExportResponse401 | PostV1LeaksExportResponse403 | PostV1LeaksExportResponse404 | PostV1LeaksExportResponse500 | PostV1LeaksExportResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        format_=format_,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostV1LeaksExportBody,
    format_: PostV1LeaksExportFormat | Unset = PostV1LeaksExportFormat.JSON,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1LeaksExportResponse200
    | PostV1LeaksExportResponse400
    | PostV1LeaksExportResponse401
    | PostV1LeaksExportResponse403
    | PostV1LeaksExportResponse404
    | PostV1LeaksExportResponse500
    | PostV1LeaksExportResponseDefault
]:
    """Export leaked credentials

     Export leaked credentials with filtering by type, domain, email, date range, and more. Passwords are
    unmasked after domain verification. See [Domain Verification](/cloud/credential-monitoring#domain-
    verification) for setup instructions.

    Args:
        format_ (PostV1LeaksExportFormat | Unset):  Default: PostV1LeaksExportFormat.JSON.
        x_team_id (str | Unset):
        body (PostV1LeaksExportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1LeaksExportResponse200 | PostV1LeaksExportResponse400 | PostV1LeaksExportResponse401 | PostV1LeaksExportResponse403 | PostV1LeaksExportResponse404 | PostV1LeaksExportResponse500 | PostV1LeaksExportResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostV1LeaksExportBody,
    format_: PostV1LeaksExportFormat | Unset = PostV1LeaksExportFormat.JSON,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1LeaksExportResponse200
    | PostV1LeaksExportResponse400
    | PostV1LeaksExportResponse401
    | PostV1LeaksExportResponse403
    | PostV1LeaksExportResponse404
    | PostV1LeaksExportResponse500
    | PostV1LeaksExportResponseDefault
    | None
):
    """Export leaked credentials

     Export leaked credentials with filtering by type, domain, email, date range, and more. Passwords are
    unmasked after domain verification. See [Domain Verification](/cloud/credential-monitoring#domain-
    verification) for setup instructions.

    Args:
        format_ (PostV1LeaksExportFormat | Unset):  Default: PostV1LeaksExportFormat.JSON.
        x_team_id (str | Unset):
        body (PostV1LeaksExportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1LeaksExportResponse200 | PostV1LeaksExportResponse400 | PostV1LeaksExportResponse401 | PostV1LeaksExportResponse403 | PostV1LeaksExportResponse404 | PostV1LeaksExportResponse500 | PostV1LeaksExportResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            format_=format_,
            x_team_id=x_team_id,
        )
    ).parsed

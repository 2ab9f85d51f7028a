from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_template_body import PostV1TemplateBody
from ...models.post_v1_template_response_200 import PostV1TemplateResponse200
from ...models.post_v1_template_response_400 import PostV1TemplateResponse400
from ...models.post_v1_template_response_401 import PostV1TemplateResponse401
from ...models.post_v1_template_response_500 import PostV1TemplateResponse500
from ...models.post_v1_template_response_default import PostV1TemplateResponseDefault
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostV1TemplateBody | Unset = UNSET,
    filename: str | Unset = UNSET,
    dir_: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["filename"] = filename

    params["dir"] = dir_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/template",
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
    PostV1TemplateResponse200
    | PostV1TemplateResponse400
    | PostV1TemplateResponse401
    | PostV1TemplateResponse500
    | PostV1TemplateResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1TemplateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1TemplateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1TemplateResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = PostV1TemplateResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1TemplateResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1TemplateResponse200
    | PostV1TemplateResponse400
    | PostV1TemplateResponse401
    | PostV1TemplateResponse500
    | PostV1TemplateResponseDefault
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
    body: PostV1TemplateBody | Unset = UNSET,
    filename: str | Unset = UNSET,
    dir_: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1TemplateResponse200
    | PostV1TemplateResponse400
    | PostV1TemplateResponse401
    | PostV1TemplateResponse500
    | PostV1TemplateResponseDefault
]:
    """Create Template

     Create a private template

    Args:
        filename (str | Unset):
        dir_ (str | Unset):
        x_team_id (str | Unset):
        body (PostV1TemplateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1TemplateResponse200 | PostV1TemplateResponse400 | PostV1TemplateResponse401 | PostV1TemplateResponse500 | PostV1TemplateResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        filename=filename,
        dir_=dir_,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PostV1TemplateBody | Unset = UNSET,
    filename: str | Unset = UNSET,
    dir_: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1TemplateResponse200
    | PostV1TemplateResponse400
    | PostV1TemplateResponse401
    | PostV1TemplateResponse500
    | PostV1TemplateResponseDefault
    | None
):
    """Create Template

     Create a private template

    Args:
        filename (str | Unset):
        dir_ (str | Unset):
        x_team_id (str | Unset):
        body (PostV1TemplateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1TemplateResponse200 | PostV1TemplateResponse400 | PostV1TemplateResponse401 | PostV1TemplateResponse500 | PostV1TemplateResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        filename=filename,
        dir_=dir_,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostV1TemplateBody | Unset = UNSET,
    filename: str | Unset = UNSET,
    dir_: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1TemplateResponse200
    | PostV1TemplateResponse400
    | PostV1TemplateResponse401
    | PostV1TemplateResponse500
    | PostV1TemplateResponseDefault
]:
    """Create Template

     Create a private template

    Args:
        filename (str | Unset):
        dir_ (str | Unset):
        x_team_id (str | Unset):
        body (PostV1TemplateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1TemplateResponse200 | PostV1TemplateResponse400 | PostV1TemplateResponse401 | PostV1TemplateResponse500 | PostV1TemplateResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        filename=filename,
        dir_=dir_,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostV1TemplateBody | Unset = UNSET,
    filename: str | Unset = UNSET,
    dir_: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1TemplateResponse200
    | PostV1TemplateResponse400
    | PostV1TemplateResponse401
    | PostV1TemplateResponse500
    | PostV1TemplateResponseDefault
    | None
):
    """Create Template

     Create a private template

    Args:
        filename (str | Unset):
        dir_ (str | Unset):
        x_team_id (str | Unset):
        body (PostV1TemplateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1TemplateResponse200 | PostV1TemplateResponse400 | PostV1TemplateResponse401 | PostV1TemplateResponse500 | PostV1TemplateResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            filename=filename,
            dir_=dir_,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_template_t_id_response_200 import GetV1TemplateTIdResponse200
from ...models.get_v1_template_t_id_response_400 import GetV1TemplateTIdResponse400
from ...models.get_v1_template_t_id_response_401 import GetV1TemplateTIdResponse401
from ...models.get_v1_template_t_id_response_404 import GetV1TemplateTIdResponse404
from ...models.get_v1_template_t_id_response_500 import GetV1TemplateTIdResponse500
from ...models.get_v1_template_t_id_response_default import (
    GetV1TemplateTIdResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    template_id: str,
    *,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/template/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1TemplateTIdResponse200
    | GetV1TemplateTIdResponse400
    | GetV1TemplateTIdResponse401
    | GetV1TemplateTIdResponse404
    | GetV1TemplateTIdResponse500
    | GetV1TemplateTIdResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1TemplateTIdResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1TemplateTIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1TemplateTIdResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetV1TemplateTIdResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetV1TemplateTIdResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1TemplateTIdResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1TemplateTIdResponse200
    | GetV1TemplateTIdResponse400
    | GetV1TemplateTIdResponse401
    | GetV1TemplateTIdResponse404
    | GetV1TemplateTIdResponse500
    | GetV1TemplateTIdResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1TemplateTIdResponse200
    | GetV1TemplateTIdResponse400
    | GetV1TemplateTIdResponse401
    | GetV1TemplateTIdResponse404
    | GetV1TemplateTIdResponse500
    | GetV1TemplateTIdResponseDefault
]:
    """Get Template

     Get private template text using ID

    Args:
        template_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1TemplateTIdResponse200 | GetV1TemplateTIdResponse400 | GetV1TemplateTIdResponse401 | GetV1TemplateTIdResponse404 | GetV1TemplateTIdResponse500 | GetV1TemplateTIdResponseDefault]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1TemplateTIdResponse200
    | GetV1TemplateTIdResponse400
    | GetV1TemplateTIdResponse401
    | GetV1TemplateTIdResponse404
    | GetV1TemplateTIdResponse500
    | GetV1TemplateTIdResponseDefault
    | None
):
    """Get Template

     Get private template text using ID

    Args:
        template_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1TemplateTIdResponse200 | GetV1TemplateTIdResponse400 | GetV1TemplateTIdResponse401 | GetV1TemplateTIdResponse404 | GetV1TemplateTIdResponse500 | GetV1TemplateTIdResponseDefault
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1TemplateTIdResponse200
    | GetV1TemplateTIdResponse400
    | GetV1TemplateTIdResponse401
    | GetV1TemplateTIdResponse404
    | GetV1TemplateTIdResponse500
    | GetV1TemplateTIdResponseDefault
]:
    """Get Template

     Get private template text using ID

    Args:
        template_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1TemplateTIdResponse200 | GetV1TemplateTIdResponse400 | GetV1TemplateTIdResponse401 | GetV1TemplateTIdResponse404 | GetV1TemplateTIdResponse500 | GetV1TemplateTIdResponseDefault]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1TemplateTIdResponse200
    | GetV1TemplateTIdResponse400
    | GetV1TemplateTIdResponse401
    | GetV1TemplateTIdResponse404
    | GetV1TemplateTIdResponse500
    | GetV1TemplateTIdResponseDefault
    | None
):
    """Get Template

     Get private template text using ID

    Args:
        template_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1TemplateTIdResponse200 | GetV1TemplateTIdResponse400 | GetV1TemplateTIdResponse401 | GetV1TemplateTIdResponse404 | GetV1TemplateTIdResponse500 | GetV1TemplateTIdResponseDefault
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

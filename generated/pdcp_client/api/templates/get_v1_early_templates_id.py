from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_early_templates_id_response_200 import (
    GetV1EarlyTemplatesIdResponse200,
)
from ...models.get_v1_early_templates_id_response_400 import (
    GetV1EarlyTemplatesIdResponse400,
)
from ...models.get_v1_early_templates_id_response_403 import (
    GetV1EarlyTemplatesIdResponse403,
)
from ...models.get_v1_early_templates_id_response_404 import (
    GetV1EarlyTemplatesIdResponse404,
)
from ...models.get_v1_early_templates_id_response_500 import (
    GetV1EarlyTemplatesIdResponse500,
)
from ...models.get_v1_early_templates_id_response_default import (
    GetV1EarlyTemplatesIdResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/template/early/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1EarlyTemplatesIdResponse200
    | GetV1EarlyTemplatesIdResponse400
    | GetV1EarlyTemplatesIdResponse403
    | GetV1EarlyTemplatesIdResponse404
    | GetV1EarlyTemplatesIdResponse500
    | GetV1EarlyTemplatesIdResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1EarlyTemplatesIdResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1EarlyTemplatesIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetV1EarlyTemplatesIdResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetV1EarlyTemplatesIdResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetV1EarlyTemplatesIdResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1EarlyTemplatesIdResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1EarlyTemplatesIdResponse200
    | GetV1EarlyTemplatesIdResponse400
    | GetV1EarlyTemplatesIdResponse403
    | GetV1EarlyTemplatesIdResponse404
    | GetV1EarlyTemplatesIdResponse500
    | GetV1EarlyTemplatesIdResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1EarlyTemplatesIdResponse200
    | GetV1EarlyTemplatesIdResponse400
    | GetV1EarlyTemplatesIdResponse403
    | GetV1EarlyTemplatesIdResponse404
    | GetV1EarlyTemplatesIdResponse500
    | GetV1EarlyTemplatesIdResponseDefault
]:
    """Get Early Template

     Get early template text

    Args:
        id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1EarlyTemplatesIdResponse200 | GetV1EarlyTemplatesIdResponse400 | GetV1EarlyTemplatesIdResponse403 | GetV1EarlyTemplatesIdResponse404 | GetV1EarlyTemplatesIdResponse500 | GetV1EarlyTemplatesIdResponseDefault]
    """

    kwargs = _get_kwargs(
        id=id,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1EarlyTemplatesIdResponse200
    | GetV1EarlyTemplatesIdResponse400
    | GetV1EarlyTemplatesIdResponse403
    | GetV1EarlyTemplatesIdResponse404
    | GetV1EarlyTemplatesIdResponse500
    | GetV1EarlyTemplatesIdResponseDefault
    | None
):
    """Get Early Template

     Get early template text

    Args:
        id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1EarlyTemplatesIdResponse200 | GetV1EarlyTemplatesIdResponse400 | GetV1EarlyTemplatesIdResponse403 | GetV1EarlyTemplatesIdResponse404 | GetV1EarlyTemplatesIdResponse500 | GetV1EarlyTemplatesIdResponseDefault
    """

    return sync_detailed(
        id=id,
        client=client,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1EarlyTemplatesIdResponse200
    | GetV1EarlyTemplatesIdResponse400
    | GetV1EarlyTemplatesIdResponse403
    | GetV1EarlyTemplatesIdResponse404
    | GetV1EarlyTemplatesIdResponse500
    | GetV1EarlyTemplatesIdResponseDefault
]:
    """Get Early Template

     Get early template text

    Args:
        id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1EarlyTemplatesIdResponse200 | GetV1EarlyTemplatesIdResponse400 | GetV1EarlyTemplatesIdResponse403 | GetV1EarlyTemplatesIdResponse404 | GetV1EarlyTemplatesIdResponse500 | GetV1EarlyTemplatesIdResponseDefault]
    """

    kwargs = _get_kwargs(
        id=id,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1EarlyTemplatesIdResponse200
    | GetV1EarlyTemplatesIdResponse400
    | GetV1EarlyTemplatesIdResponse403
    | GetV1EarlyTemplatesIdResponse404
    | GetV1EarlyTemplatesIdResponse500
    | GetV1EarlyTemplatesIdResponseDefault
    | None
):
    """Get Early Template

     Get early template text

    Args:
        id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1EarlyTemplatesIdResponse200 | GetV1EarlyTemplatesIdResponse400 | GetV1EarlyTemplatesIdResponse403 | GetV1EarlyTemplatesIdResponse404 | GetV1EarlyTemplatesIdResponse500 | GetV1EarlyTemplatesIdResponseDefault
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

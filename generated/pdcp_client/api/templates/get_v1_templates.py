from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_templates_response_200 import GetV1TemplatesResponse200
from ...models.get_v1_templates_response_401 import GetV1TemplatesResponse401
from ...models.get_v1_templates_response_500 import GetV1TemplatesResponse500
from ...models.get_v1_templates_response_default import GetV1TemplatesResponseDefault
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/template",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1TemplatesResponse200
    | GetV1TemplatesResponse401
    | GetV1TemplatesResponse500
    | GetV1TemplatesResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1TemplatesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GetV1TemplatesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GetV1TemplatesResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1TemplatesResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1TemplatesResponse200
    | GetV1TemplatesResponse401
    | GetV1TemplatesResponse500
    | GetV1TemplatesResponseDefault
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1TemplatesResponse200
    | GetV1TemplatesResponse401
    | GetV1TemplatesResponse500
    | GetV1TemplatesResponseDefault
]:
    """Get Template List

     Get user private(my) templates

    Args:
        offset (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1TemplatesResponse200 | GetV1TemplatesResponse401 | GetV1TemplatesResponse500 | GetV1TemplatesResponseDefault]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        fields=fields,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1TemplatesResponse200
    | GetV1TemplatesResponse401
    | GetV1TemplatesResponse500
    | GetV1TemplatesResponseDefault
    | None
):
    """Get Template List

     Get user private(my) templates

    Args:
        offset (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1TemplatesResponse200 | GetV1TemplatesResponse401 | GetV1TemplatesResponse500 | GetV1TemplatesResponseDefault
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        fields=fields,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1TemplatesResponse200
    | GetV1TemplatesResponse401
    | GetV1TemplatesResponse500
    | GetV1TemplatesResponseDefault
]:
    """Get Template List

     Get user private(my) templates

    Args:
        offset (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1TemplatesResponse200 | GetV1TemplatesResponse401 | GetV1TemplatesResponse500 | GetV1TemplatesResponseDefault]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        fields=fields,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1TemplatesResponse200
    | GetV1TemplatesResponse401
    | GetV1TemplatesResponse500
    | GetV1TemplatesResponseDefault
    | None
):
    """Get Template List

     Get user private(my) templates

    Args:
        offset (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1TemplatesResponse200 | GetV1TemplatesResponse401 | GetV1TemplatesResponse500 | GetV1TemplatesResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            fields=fields,
            x_team_id=x_team_id,
        )
    ).parsed

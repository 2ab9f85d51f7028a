from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_public_template_data_response_200 import (
    GetV1PublicTemplateDataResponse200,
)
from ...models.get_v1_public_template_data_response_400 import (
    GetV1PublicTemplateDataResponse400,
)
from ...models.get_v1_public_template_data_response_500 import (
    GetV1PublicTemplateDataResponse500,
)
from ...models.get_v1_public_template_data_response_default import (
    GetV1PublicTemplateDataResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    template_id: str,
    *,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/template/public/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1PublicTemplateDataResponse200
    | GetV1PublicTemplateDataResponse400
    | GetV1PublicTemplateDataResponse500
    | GetV1PublicTemplateDataResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1PublicTemplateDataResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1PublicTemplateDataResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = GetV1PublicTemplateDataResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1PublicTemplateDataResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1PublicTemplateDataResponse200
    | GetV1PublicTemplateDataResponse400
    | GetV1PublicTemplateDataResponse500
    | GetV1PublicTemplateDataResponseDefault
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
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1PublicTemplateDataResponse200
    | GetV1PublicTemplateDataResponse400
    | GetV1PublicTemplateDataResponse500
    | GetV1PublicTemplateDataResponseDefault
]:
    """Get Public Template

     Get public template data

    Args:
        template_id (str):
        fields (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1PublicTemplateDataResponse200 | GetV1PublicTemplateDataResponse400 | GetV1PublicTemplateDataResponse500 | GetV1PublicTemplateDataResponseDefault]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        fields=fields,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1PublicTemplateDataResponse200
    | GetV1PublicTemplateDataResponse400
    | GetV1PublicTemplateDataResponse500
    | GetV1PublicTemplateDataResponseDefault
    | None
):
    """Get Public Template

     Get public template data

    Args:
        template_id (str):
        fields (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1PublicTemplateDataResponse200 | GetV1PublicTemplateDataResponse400 | GetV1PublicTemplateDataResponse500 | GetV1PublicTemplateDataResponseDefault
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        fields=fields,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    GetV1PublicTemplateDataResponse200
    | GetV1PublicTemplateDataResponse400
    | GetV1PublicTemplateDataResponse500
    | GetV1PublicTemplateDataResponseDefault
]:
    """Get Public Template

     Get public template data

    Args:
        template_id (str):
        fields (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1PublicTemplateDataResponse200 | GetV1PublicTemplateDataResponse400 | GetV1PublicTemplateDataResponse500 | GetV1PublicTemplateDataResponseDefault]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        fields=fields,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    GetV1PublicTemplateDataResponse200
    | GetV1PublicTemplateDataResponse400
    | GetV1PublicTemplateDataResponse500
    | GetV1PublicTemplateDataResponseDefault
    | None
):
    """Get Public Template

     Get public template data

    Args:
        template_id (str):
        fields (str | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1PublicTemplateDataResponse200 | GetV1PublicTemplateDataResponse400 | GetV1PublicTemplateDataResponse500 | GetV1PublicTemplateDataResponseDefault
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            fields=fields,
            x_team_id=x_team_id,
        )
    ).parsed

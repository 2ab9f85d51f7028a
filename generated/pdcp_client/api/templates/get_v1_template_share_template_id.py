from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_template_share_template_id_response_200 import (
    GetV1TemplateShareTemplateIdResponse200,
)
from ...models.get_v1_template_share_template_id_response_400 import (
    GetV1TemplateShareTemplateIdResponse400,
)
from ...models.get_v1_template_share_template_id_response_401 import (
    GetV1TemplateShareTemplateIdResponse401,
)
from ...models.get_v1_template_share_template_id_response_404 import (
    GetV1TemplateShareTemplateIdResponse404,
)
from ...models.get_v1_template_share_template_id_response_500 import (
    GetV1TemplateShareTemplateIdResponse500,
)
from ...models.get_v1_template_share_template_id_response_default import (
    GetV1TemplateShareTemplateIdResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    template_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/template/share/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1TemplateShareTemplateIdResponse200
    | GetV1TemplateShareTemplateIdResponse400
    | GetV1TemplateShareTemplateIdResponse401
    | GetV1TemplateShareTemplateIdResponse404
    | GetV1TemplateShareTemplateIdResponse500
    | GetV1TemplateShareTemplateIdResponseDefault
):
    if response.status_code == 200:
        response_200 = GetV1TemplateShareTemplateIdResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = GetV1TemplateShareTemplateIdResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = GetV1TemplateShareTemplateIdResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 404:
        response_404 = GetV1TemplateShareTemplateIdResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 500:
        response_500 = GetV1TemplateShareTemplateIdResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = GetV1TemplateShareTemplateIdResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetV1TemplateShareTemplateIdResponse200
    | GetV1TemplateShareTemplateIdResponse400
    | GetV1TemplateShareTemplateIdResponse401
    | GetV1TemplateShareTemplateIdResponse404
    | GetV1TemplateShareTemplateIdResponse500
    | GetV1TemplateShareTemplateIdResponseDefault
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
) -> Response[
    GetV1TemplateShareTemplateIdResponse200
    | GetV1TemplateShareTemplateIdResponse400
    | GetV1TemplateShareTemplateIdResponse401
    | GetV1TemplateShareTemplateIdResponse404
    | GetV1TemplateShareTemplateIdResponse500
    | GetV1TemplateShareTemplateIdResponseDefault
]:
    """Get Shared Template

     Get a shared template text

    Args:
        template_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1TemplateShareTemplateIdResponse200 | GetV1TemplateShareTemplateIdResponse400 | GetV1TemplateShareTemplateIdResponse401 | GetV1TemplateShareTemplateIdResponse404 | GetV1TemplateShareTemplateIdResponse500 | GetV1TemplateShareTemplateIdResponseDefault]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        fields=fields,
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
) -> (
    GetV1TemplateShareTemplateIdResponse200
    | GetV1TemplateShareTemplateIdResponse400
    | GetV1TemplateShareTemplateIdResponse401
    | GetV1TemplateShareTemplateIdResponse404
    | GetV1TemplateShareTemplateIdResponse500
    | GetV1TemplateShareTemplateIdResponseDefault
    | None
):
    """Get Shared Template

     Get a shared template text

    Args:
        template_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1TemplateShareTemplateIdResponse200 | GetV1TemplateShareTemplateIdResponse400 | GetV1TemplateShareTemplateIdResponse401 | GetV1TemplateShareTemplateIdResponse404 | GetV1TemplateShareTemplateIdResponse500 | GetV1TemplateShareTemplateIdResponseDefault
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[
    GetV1TemplateShareTemplateIdResponse200
    | GetV1TemplateShareTemplateIdResponse400
    | GetV1TemplateShareTemplateIdResponse401
    | GetV1TemplateShareTemplateIdResponse404
    | GetV1TemplateShareTemplateIdResponse500
    | GetV1TemplateShareTemplateIdResponseDefault
]:
    """Get Shared Template

     Get a shared template text

    Args:
        template_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1TemplateShareTemplateIdResponse200 | GetV1TemplateShareTemplateIdResponse400 | GetV1TemplateShareTemplateIdResponse401 | GetV1TemplateShareTemplateIdResponse404 | GetV1TemplateShareTemplateIdResponse500 | GetV1TemplateShareTemplateIdResponseDefault]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> (
    GetV1TemplateShareTemplateIdResponse200
    | GetV1TemplateShareTemplateIdResponse400
    | GetV1TemplateShareTemplateIdResponse401
    | GetV1TemplateShareTemplateIdResponse404
    | GetV1TemplateShareTemplateIdResponse500
    | GetV1TemplateShareTemplateIdResponseDefault
    | None
):
    """Get Shared Template

     Get a shared template text

    Args:
        template_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1TemplateShareTemplateIdResponse200 | GetV1TemplateShareTemplateIdResponse400 | GetV1TemplateShareTemplateIdResponse401 | GetV1TemplateShareTemplateIdResponse404 | GetV1TemplateShareTemplateIdResponse500 | GetV1TemplateShareTemplateIdResponseDefault
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            fields=fields,
        )
    ).parsed

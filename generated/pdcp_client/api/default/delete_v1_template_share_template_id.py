from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_v1_template_share_template_id_response_200 import (
    DeleteV1TemplateShareTemplateIdResponse200,
)
from ...models.delete_v1_template_share_template_id_response_400 import (
    DeleteV1TemplateShareTemplateIdResponse400,
)
from ...models.delete_v1_template_share_template_id_response_401 import (
    DeleteV1TemplateShareTemplateIdResponse401,
)
from ...models.delete_v1_template_share_template_id_response_500 import (
    DeleteV1TemplateShareTemplateIdResponse500,
)
from ...models.delete_v1_template_share_template_id_response_default import (
    DeleteV1TemplateShareTemplateIdResponseDefault,
)
from ...types import Response


def _get_kwargs(
    template_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/template/share/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteV1TemplateShareTemplateIdResponse200
    | DeleteV1TemplateShareTemplateIdResponse400
    | DeleteV1TemplateShareTemplateIdResponse401
    | DeleteV1TemplateShareTemplateIdResponse500
    | DeleteV1TemplateShareTemplateIdResponseDefault
):
    if response.status_code == 200:
        response_200 = DeleteV1TemplateShareTemplateIdResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = DeleteV1TemplateShareTemplateIdResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = DeleteV1TemplateShareTemplateIdResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 500:
        response_500 = DeleteV1TemplateShareTemplateIdResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = DeleteV1TemplateShareTemplateIdResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteV1TemplateShareTemplateIdResponse200
    | DeleteV1TemplateShareTemplateIdResponse400
    | DeleteV1TemplateShareTemplateIdResponse401
    | DeleteV1TemplateShareTemplateIdResponse500
    | DeleteV1TemplateShareTemplateIdResponseDefault
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
) -> Response[
    DeleteV1TemplateShareTemplateIdResponse200
    | DeleteV1TemplateShareTemplateIdResponse400
    | DeleteV1TemplateShareTemplateIdResponse401
    | DeleteV1TemplateShareTemplateIdResponse500
    | DeleteV1TemplateShareTemplateIdResponseDefault
]:
    """Unshare/Delete template

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1TemplateShareTemplateIdResponse200 | DeleteV1TemplateShareTemplateIdResponse400 | DeleteV1TemplateShareTemplateIdResponse401 | DeleteV1TemplateShareTemplateIdResponse500 | DeleteV1TemplateShareTemplateIdResponseDefault]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DeleteV1TemplateShareTemplateIdResponse200
    | DeleteV1TemplateShareTemplateIdResponse400
    | DeleteV1TemplateShareTemplateIdResponse401
    | DeleteV1TemplateShareTemplateIdResponse500
    | DeleteV1TemplateShareTemplateIdResponseDefault
    | None
):
    """Unshare/Delete template

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1TemplateShareTemplateIdResponse200 | DeleteV1TemplateShareTemplateIdResponse400 | DeleteV1TemplateShareTemplateIdResponse401 | DeleteV1TemplateShareTemplateIdResponse500 | DeleteV1TemplateShareTemplateIdResponseDefault
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DeleteV1TemplateShareTemplateIdResponse200
    | DeleteV1TemplateShareTemplateIdResponse400
    | DeleteV1TemplateShareTemplateIdResponse401
    | DeleteV1TemplateShareTemplateIdResponse500
    | DeleteV1TemplateShareTemplateIdResponseDefault
]:
    """Unshare/Delete template

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1TemplateShareTemplateIdResponse200 | DeleteV1TemplateShareTemplateIdResponse400 | DeleteV1TemplateShareTemplateIdResponse401 | DeleteV1TemplateShareTemplateIdResponse500 | DeleteV1TemplateShareTemplateIdResponseDefault]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DeleteV1TemplateShareTemplateIdResponse200
    | DeleteV1TemplateShareTemplateIdResponse400
    | DeleteV1TemplateShareTemplateIdResponse401
    | DeleteV1TemplateShareTemplateIdResponse500
    | DeleteV1TemplateShareTemplateIdResponseDefault
    | None
):
    """Unshare/Delete template

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1TemplateShareTemplateIdResponse200 | DeleteV1TemplateShareTemplateIdResponse400 | DeleteV1TemplateShareTemplateIdResponse401 | DeleteV1TemplateShareTemplateIdResponse500 | DeleteV1TemplateShareTemplateIdResponseDefault
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
        )
    ).parsed

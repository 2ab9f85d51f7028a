from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_v1_template_share_template_id_body import (
    PatchV1TemplateShareTemplateIdBody,
)
from ...models.patch_v1_template_share_template_id_response_200 import (
    PatchV1TemplateShareTemplateIdResponse200,
)
from ...models.patch_v1_template_share_template_id_response_400 import (
    PatchV1TemplateShareTemplateIdResponse400,
)
from ...models.patch_v1_template_share_template_id_response_401 import (
    PatchV1TemplateShareTemplateIdResponse401,
)
from ...models.patch_v1_template_share_template_id_response_500 import (
    PatchV1TemplateShareTemplateIdResponse500,
)
from ...models.patch_v1_template_share_template_id_response_default import (
    PatchV1TemplateShareTemplateIdResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    template_id: str,
    *,
    body: PatchV1TemplateShareTemplateIdBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/template/share/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PatchV1TemplateShareTemplateIdResponse200
    | PatchV1TemplateShareTemplateIdResponse400
    | PatchV1TemplateShareTemplateIdResponse401
    | PatchV1TemplateShareTemplateIdResponse500
    | PatchV1TemplateShareTemplateIdResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1TemplateShareTemplateIdResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = PatchV1TemplateShareTemplateIdResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = PatchV1TemplateShareTemplateIdResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 500:
        response_500 = PatchV1TemplateShareTemplateIdResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = PatchV1TemplateShareTemplateIdResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1TemplateShareTemplateIdResponse200
    | PatchV1TemplateShareTemplateIdResponse400
    | PatchV1TemplateShareTemplateIdResponse401
    | PatchV1TemplateShareTemplateIdResponse500
    | PatchV1TemplateShareTemplateIdResponseDefault
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
    body: PatchV1TemplateShareTemplateIdBody | Unset = UNSET,
) -> Response[
    PatchV1TemplateShareTemplateIdResponse200
    | PatchV1TemplateShareTemplateIdResponse400
    | PatchV1TemplateShareTemplateIdResponse401
    | PatchV1TemplateShareTemplateIdResponse500
    | PatchV1TemplateShareTemplateIdResponseDefault
]:
    """Update Shared Template

    Args:
        template_id (str):
        body (PatchV1TemplateShareTemplateIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1TemplateShareTemplateIdResponse200 | PatchV1TemplateShareTemplateIdResponse400 | PatchV1TemplateShareTemplateIdResponse401 | PatchV1TemplateShareTemplateIdResponse500 | PatchV1TemplateShareTemplateIdResponseDefault]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1TemplateShareTemplateIdBody | Unset = UNSET,
) -> (
    PatchV1TemplateShareTemplateIdResponse200
    | PatchV1TemplateShareTemplateIdResponse400
    | PatchV1TemplateShareTemplateIdResponse401
    | PatchV1TemplateShareTemplateIdResponse500
    | PatchV1TemplateShareTemplateIdResponseDefault
    | None
):
    """Update Shared Template

    Args:
        template_id (str):
        body (PatchV1TemplateShareTemplateIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1TemplateShareTemplateIdResponse200 | PatchV1TemplateShareTemplateIdResponse400 | PatchV1TemplateShareTemplateIdResponse401 | PatchV1TemplateShareTemplateIdResponse500 | PatchV1TemplateShareTemplateIdResponseDefault
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1TemplateShareTemplateIdBody | Unset = UNSET,
) -> Response[
    PatchV1TemplateShareTemplateIdResponse200
    | PatchV1TemplateShareTemplateIdResponse400
    | PatchV1TemplateShareTemplateIdResponse401
    | PatchV1TemplateShareTemplateIdResponse500
    | PatchV1TemplateShareTemplateIdResponseDefault
]:
    """Update Shared Template

    Args:
        template_id (str):
        body (PatchV1TemplateShareTemplateIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1TemplateShareTemplateIdResponse200 | PatchV1TemplateShareTemplateIdResponse400 | PatchV1TemplateShareTemplateIdResponse401 | PatchV1TemplateShareTemplateIdResponse500 | PatchV1TemplateShareTemplateIdResponseDefault]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1TemplateShareTemplateIdBody | Unset = UNSET,
) -> (
    PatchV1TemplateShareTemplateIdResponse200
    | PatchV1TemplateShareTemplateIdResponse400
    | PatchV1TemplateShareTemplateIdResponse401
    | PatchV1TemplateShareTemplateIdResponse500
    | PatchV1TemplateShareTemplateIdResponseDefault
    | None
):
    """Update Shared Template

    Args:
        template_id (str):
        body (PatchV1TemplateShareTemplateIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1TemplateShareTemplateIdResponse200 | PatchV1TemplateShareTemplateIdResponse400 | PatchV1TemplateShareTemplateIdResponse401 | PatchV1TemplateShareTemplateIdResponse500 | PatchV1TemplateShareTemplateIdResponseDefault
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_v1_template_template_id_response_200 import (
    DeleteV1TemplateTemplateIdResponse200,
)
from ...models.delete_v1_template_template_id_response_400 import (
    DeleteV1TemplateTemplateIdResponse400,
)
from ...models.delete_v1_template_template_id_response_401 import (
    DeleteV1TemplateTemplateIdResponse401,
)
from ...models.delete_v1_template_template_id_response_500 import (
    DeleteV1TemplateTemplateIdResponse500,
)
from ...models.delete_v1_template_template_id_response_default import (
    DeleteV1TemplateTemplateIdResponseDefault,
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
        "method": "delete",
        "url": "/v1/template/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteV1TemplateTemplateIdResponse200
    | DeleteV1TemplateTemplateIdResponse400
    | DeleteV1TemplateTemplateIdResponse401
    | DeleteV1TemplateTemplateIdResponse500
    | DeleteV1TemplateTemplateIdResponseDefault
):
    if response.status_code == 200:
        response_200 = DeleteV1TemplateTemplateIdResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteV1TemplateTemplateIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteV1TemplateTemplateIdResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = DeleteV1TemplateTemplateIdResponse500.from_dict(response.json())

        return response_500

    response_default = DeleteV1TemplateTemplateIdResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteV1TemplateTemplateIdResponse200
    | DeleteV1TemplateTemplateIdResponse400
    | DeleteV1TemplateTemplateIdResponse401
    | DeleteV1TemplateTemplateIdResponse500
    | DeleteV1TemplateTemplateIdResponseDefault
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
    DeleteV1TemplateTemplateIdResponse200
    | DeleteV1TemplateTemplateIdResponse400
    | DeleteV1TemplateTemplateIdResponse401
    | DeleteV1TemplateTemplateIdResponse500
    | DeleteV1TemplateTemplateIdResponseDefault
]:
    """Delete Template

     Delete private template using ID

    Args:
        template_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1TemplateTemplateIdResponse200 | DeleteV1TemplateTemplateIdResponse400 | DeleteV1TemplateTemplateIdResponse401 | DeleteV1TemplateTemplateIdResponse500 | DeleteV1TemplateTemplateIdResponseDefault]
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
    DeleteV1TemplateTemplateIdResponse200
    | DeleteV1TemplateTemplateIdResponse400
    | DeleteV1TemplateTemplateIdResponse401
    | DeleteV1TemplateTemplateIdResponse500
    | DeleteV1TemplateTemplateIdResponseDefault
    | None
):
    """Delete Template

     Delete private template using ID

    Args:
        template_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1TemplateTemplateIdResponse200 | DeleteV1TemplateTemplateIdResponse400 | DeleteV1TemplateTemplateIdResponse401 | DeleteV1TemplateTemplateIdResponse500 | DeleteV1TemplateTemplateIdResponseDefault
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
    DeleteV1TemplateTemplateIdResponse200
    | DeleteV1TemplateTemplateIdResponse400
    | DeleteV1TemplateTemplateIdResponse401
    | DeleteV1TemplateTemplateIdResponse500
    | DeleteV1TemplateTemplateIdResponseDefault
]:
    """Delete Template

     Delete private template using ID

    Args:
        template_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1TemplateTemplateIdResponse200 | DeleteV1TemplateTemplateIdResponse400 | DeleteV1TemplateTemplateIdResponse401 | DeleteV1TemplateTemplateIdResponse500 | DeleteV1TemplateTemplateIdResponseDefault]
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
    DeleteV1TemplateTemplateIdResponse200
    | DeleteV1TemplateTemplateIdResponse400
    | DeleteV1TemplateTemplateIdResponse401
    | DeleteV1TemplateTemplateIdResponse500
    | DeleteV1TemplateTemplateIdResponseDefault
    | None
):
    """Delete Template

     Delete private template using ID

    Args:
        template_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1TemplateTemplateIdResponse200 | DeleteV1TemplateTemplateIdResponse400 | DeleteV1TemplateTemplateIdResponse401 | DeleteV1TemplateTemplateIdResponse500 | DeleteV1TemplateTemplateIdResponseDefault
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_scans_config_exclude_body import DeleteScansConfigExcludeBody
from ...models.delete_scans_config_exclude_response_200 import (
    DeleteScansConfigExcludeResponse200,
)
from ...models.delete_scans_config_exclude_response_400 import (
    DeleteScansConfigExcludeResponse400,
)
from ...models.delete_scans_config_exclude_response_401 import (
    DeleteScansConfigExcludeResponse401,
)
from ...models.delete_scans_config_exclude_response_500 import (
    DeleteScansConfigExcludeResponse500,
)
from ...models.delete_scans_config_exclude_response_default import (
    DeleteScansConfigExcludeResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DeleteScansConfigExcludeBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/scans/config/exclude",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteScansConfigExcludeResponse200
    | DeleteScansConfigExcludeResponse400
    | DeleteScansConfigExcludeResponse401
    | DeleteScansConfigExcludeResponse500
    | DeleteScansConfigExcludeResponseDefault
):
    if response.status_code == 200:
        response_200 = DeleteScansConfigExcludeResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteScansConfigExcludeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteScansConfigExcludeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = DeleteScansConfigExcludeResponse500.from_dict(response.json())

        return response_500

    response_default = DeleteScansConfigExcludeResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteScansConfigExcludeResponse200
    | DeleteScansConfigExcludeResponse400
    | DeleteScansConfigExcludeResponse401
    | DeleteScansConfigExcludeResponse500
    | DeleteScansConfigExcludeResponseDefault
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
    body: DeleteScansConfigExcludeBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteScansConfigExcludeResponse200
    | DeleteScansConfigExcludeResponse400
    | DeleteScansConfigExcludeResponse401
    | DeleteScansConfigExcludeResponse500
    | DeleteScansConfigExcludeResponseDefault
]:
    """Delete excluded templates or targets by ids

     Delete excluded templates or targets by ids

    Args:
        x_team_id (str | Unset):
        body (DeleteScansConfigExcludeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteScansConfigExcludeResponse200 | DeleteScansConfigExcludeResponse400 | DeleteScansConfigExcludeResponse401 | DeleteScansConfigExcludeResponse500 | DeleteScansConfigExcludeResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DeleteScansConfigExcludeBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteScansConfigExcludeResponse200
    | DeleteScansConfigExcludeResponse400
    | DeleteScansConfigExcludeResponse401
    | DeleteScansConfigExcludeResponse500
    | DeleteScansConfigExcludeResponseDefault
    | None
):
    """Delete excluded templates or targets by ids

     Delete excluded templates or targets by ids

    Args:
        x_team_id (str | Unset):
        body (DeleteScansConfigExcludeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteScansConfigExcludeResponse200 | DeleteScansConfigExcludeResponse400 | DeleteScansConfigExcludeResponse401 | DeleteScansConfigExcludeResponse500 | DeleteScansConfigExcludeResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteScansConfigExcludeBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteScansConfigExcludeResponse200
    | DeleteScansConfigExcludeResponse400
    | DeleteScansConfigExcludeResponse401
    | DeleteScansConfigExcludeResponse500
    | DeleteScansConfigExcludeResponseDefault
]:
    """Delete excluded templates or targets by ids

     Delete excluded templates or targets by ids

    Args:
        x_team_id (str | Unset):
        body (DeleteScansConfigExcludeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteScansConfigExcludeResponse200 | DeleteScansConfigExcludeResponse400 | DeleteScansConfigExcludeResponse401 | DeleteScansConfigExcludeResponse500 | DeleteScansConfigExcludeResponseDefault]
    """

    kwargs = _get_kwargs(
        body=body,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteScansConfigExcludeBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteScansConfigExcludeResponse200
    | DeleteScansConfigExcludeResponse400
    | DeleteScansConfigExcludeResponse401
    | DeleteScansConfigExcludeResponse500
    | DeleteScansConfigExcludeResponseDefault
    | None
):
    """Delete excluded templates or targets by ids

     Delete excluded templates or targets by ids

    Args:
        x_team_id (str | Unset):
        body (DeleteScansConfigExcludeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteScansConfigExcludeResponse200 | DeleteScansConfigExcludeResponse400 | DeleteScansConfigExcludeResponse401 | DeleteScansConfigExcludeResponse500 | DeleteScansConfigExcludeResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

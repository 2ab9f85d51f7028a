from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_v1_scans_config_config_id_response_200 import (
    DeleteV1ScansConfigConfigIdResponse200,
)
from ...models.delete_v1_scans_config_config_id_response_400 import (
    DeleteV1ScansConfigConfigIdResponse400,
)
from ...models.delete_v1_scans_config_config_id_response_401 import (
    DeleteV1ScansConfigConfigIdResponse401,
)
from ...models.delete_v1_scans_config_config_id_response_403 import (
    DeleteV1ScansConfigConfigIdResponse403,
)
from ...models.delete_v1_scans_config_config_id_response_500 import (
    DeleteV1ScansConfigConfigIdResponse500,
)
from ...models.delete_v1_scans_config_config_id_response_default import (
    DeleteV1ScansConfigConfigIdResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    config_id: str,
    *,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/scans/config/{config_id}".format(
            config_id=quote(str(config_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteV1ScansConfigConfigIdResponse200
    | DeleteV1ScansConfigConfigIdResponse400
    | DeleteV1ScansConfigConfigIdResponse401
    | DeleteV1ScansConfigConfigIdResponse403
    | DeleteV1ScansConfigConfigIdResponse500
    | DeleteV1ScansConfigConfigIdResponseDefault
):
    if response.status_code == 200:
        response_200 = DeleteV1ScansConfigConfigIdResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteV1ScansConfigConfigIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteV1ScansConfigConfigIdResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteV1ScansConfigConfigIdResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = DeleteV1ScansConfigConfigIdResponse500.from_dict(response.json())

        return response_500

    response_default = DeleteV1ScansConfigConfigIdResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteV1ScansConfigConfigIdResponse200
    | DeleteV1ScansConfigConfigIdResponse400
    | DeleteV1ScansConfigConfigIdResponse401
    | DeleteV1ScansConfigConfigIdResponse403
    | DeleteV1ScansConfigConfigIdResponse500
    | DeleteV1ScansConfigConfigIdResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    config_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1ScansConfigConfigIdResponse200
    | DeleteV1ScansConfigConfigIdResponse400
    | DeleteV1ScansConfigConfigIdResponse401
    | DeleteV1ScansConfigConfigIdResponse403
    | DeleteV1ScansConfigConfigIdResponse500
    | DeleteV1ScansConfigConfigIdResponseDefault
]:
    """Delete Config

     Delete scan configuration

    Args:
        config_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1ScansConfigConfigIdResponse200 | DeleteV1ScansConfigConfigIdResponse400 | DeleteV1ScansConfigConfigIdResponse401 | DeleteV1ScansConfigConfigIdResponse403 | DeleteV1ScansConfigConfigIdResponse500 | DeleteV1ScansConfigConfigIdResponseDefault]
    """

    kwargs = _get_kwargs(
        config_id=config_id,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    config_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1ScansConfigConfigIdResponse200
    | DeleteV1ScansConfigConfigIdResponse400
    | DeleteV1ScansConfigConfigIdResponse401
    | DeleteV1ScansConfigConfigIdResponse403
    | DeleteV1ScansConfigConfigIdResponse500
    | DeleteV1ScansConfigConfigIdResponseDefault
    | None
):
    """Delete Config

     Delete scan configuration

    Args:
        config_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1ScansConfigConfigIdResponse200 | DeleteV1ScansConfigConfigIdResponse400 | DeleteV1ScansConfigConfigIdResponse401 | DeleteV1ScansConfigConfigIdResponse403 | DeleteV1ScansConfigConfigIdResponse500 | DeleteV1ScansConfigConfigIdResponseDefault
    """

    return sync_detailed(
        config_id=config_id,
        client=client,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    config_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[
    DeleteV1ScansConfigConfigIdResponse200
    | DeleteV1ScansConfigConfigIdResponse400
    | DeleteV1ScansConfigConfigIdResponse401
    | DeleteV1ScansConfigConfigIdResponse403
    | DeleteV1ScansConfigConfigIdResponse500
    | DeleteV1ScansConfigConfigIdResponseDefault
]:
    """Delete Config

     Delete scan configuration

    Args:
        config_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteV1ScansConfigConfigIdResponse200 | DeleteV1ScansConfigConfigIdResponse400 | DeleteV1ScansConfigConfigIdResponse401 | DeleteV1ScansConfigConfigIdResponse403 | DeleteV1ScansConfigConfigIdResponse500 | DeleteV1ScansConfigConfigIdResponseDefault]
    """

    kwargs = _get_kwargs(
        config_id=config_id,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    config_id: str,
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> (
    DeleteV1ScansConfigConfigIdResponse200
    | DeleteV1ScansConfigConfigIdResponse400
    | DeleteV1ScansConfigConfigIdResponse401
    | DeleteV1ScansConfigConfigIdResponse403
    | DeleteV1ScansConfigConfigIdResponse500
    | DeleteV1ScansConfigConfigIdResponseDefault
    | None
):
    """Delete Config

     Delete scan configuration

    Args:
        config_id (str):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteV1ScansConfigConfigIdResponse200 | DeleteV1ScansConfigConfigIdResponse400 | DeleteV1ScansConfigConfigIdResponse401 | DeleteV1ScansConfigConfigIdResponse403 | DeleteV1ScansConfigConfigIdResponse500 | DeleteV1ScansConfigConfigIdResponseDefault
    """

    return (
        await asyncio_detailed(
            config_id=config_id,
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed

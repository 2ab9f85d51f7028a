from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.config_response import ConfigResponse
from ...models.get_v1_scans_config_config_id_response_400 import (
    GetV1ScansConfigConfigIdResponse400,
)
from ...models.get_v1_scans_config_config_id_response_401 import (
    GetV1ScansConfigConfigIdResponse401,
)
from ...models.get_v1_scans_config_config_id_response_403 import (
    GetV1ScansConfigConfigIdResponse403,
)
from ...models.get_v1_scans_config_config_id_response_500 import (
    GetV1ScansConfigConfigIdResponse500,
)
from ...models.get_v1_scans_config_config_id_response_default import (
    GetV1ScansConfigConfigIdResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    config_id: str,
    *,
    config_json: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    params["config_json"] = config_json

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans/config/{config_id}".format(
            config_id=quote(str(config_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ConfigResponse
    | GetV1ScansConfigConfigIdResponse400
    | GetV1ScansConfigConfigIdResponse401
    | GetV1ScansConfigConfigIdResponse403
    | GetV1ScansConfigConfigIdResponse500
    | GetV1ScansConfigConfigIdResponseDefault
):
    if response.status_code == 200:
        response_200 = ConfigResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1ScansConfigConfigIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetV1ScansConfigConfigIdResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetV1ScansConfigConfigIdResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = GetV1ScansConfigConfigIdResponse500.from_dict(response.json())

        return response_500

    response_default = GetV1ScansConfigConfigIdResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ConfigResponse
    | GetV1ScansConfigConfigIdResponse400
    | GetV1ScansConfigConfigIdResponse401
    | GetV1ScansConfigConfigIdResponse403
    | GetV1ScansConfigConfigIdResponse500
    | GetV1ScansConfigConfigIdResponseDefault
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
    config_json: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    ConfigResponse
    | GetV1ScansConfigConfigIdResponse400
    | GetV1ScansConfigConfigIdResponse401
    | GetV1ScansConfigConfigIdResponse403
    | GetV1ScansConfigConfigIdResponse500
    | GetV1ScansConfigConfigIdResponseDefault
]:
    """Get Config

     Get a scan configuration

    Args:
        config_id (str):
        config_json (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigResponse | GetV1ScansConfigConfigIdResponse400 | GetV1ScansConfigConfigIdResponse401 | GetV1ScansConfigConfigIdResponse403 | GetV1ScansConfigConfigIdResponse500 | GetV1ScansConfigConfigIdResponseDefault]
    """

    kwargs = _get_kwargs(
        config_id=config_id,
        config_json=config_json,
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
    config_json: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    ConfigResponse
    | GetV1ScansConfigConfigIdResponse400
    | GetV1ScansConfigConfigIdResponse401
    | GetV1ScansConfigConfigIdResponse403
    | GetV1ScansConfigConfigIdResponse500
    | GetV1ScansConfigConfigIdResponseDefault
    | None
):
    """Get Config

     Get a scan configuration

    Args:
        config_id (str):
        config_json (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigResponse | GetV1ScansConfigConfigIdResponse400 | GetV1ScansConfigConfigIdResponse401 | GetV1ScansConfigConfigIdResponse403 | GetV1ScansConfigConfigIdResponse500 | GetV1ScansConfigConfigIdResponseDefault
    """

    return sync_detailed(
        config_id=config_id,
        client=client,
        config_json=config_json,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    config_id: str,
    *,
    client: AuthenticatedClient,
    config_json: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    ConfigResponse
    | GetV1ScansConfigConfigIdResponse400
    | GetV1ScansConfigConfigIdResponse401
    | GetV1ScansConfigConfigIdResponse403
    | GetV1ScansConfigConfigIdResponse500
    | GetV1ScansConfigConfigIdResponseDefault
]:
    """Get Config

     Get a scan configuration

    Args:
        config_id (str):
        config_json (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigResponse | GetV1ScansConfigConfigIdResponse400 | GetV1ScansConfigConfigIdResponse401 | GetV1ScansConfigConfigIdResponse403 | GetV1ScansConfigConfigIdResponse500 | GetV1ScansConfigConfigIdResponseDefault]
    """

    kwargs = _get_kwargs(
        config_id=config_id,
        config_json=config_json,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    config_id: str,
    *,
    client: AuthenticatedClient,
    config_json: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    ConfigResponse
    | GetV1ScansConfigConfigIdResponse400
    | GetV1ScansConfigConfigIdResponse401
    | GetV1ScansConfigConfigIdResponse403
    | GetV1ScansConfigConfigIdResponse500
    | GetV1ScansConfigConfigIdResponseDefault
    | None
):
    """Get Config

     Get a scan configuration

    Args:
        config_id (str):
        config_json (bool | Unset):
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigResponse | GetV1ScansConfigConfigIdResponse400 | GetV1ScansConfigConfigIdResponse401 | GetV1ScansConfigConfigIdResponse403 | GetV1ScansConfigConfigIdResponse500 | GetV1ScansConfigConfigIdResponseDefault
    """

    return (
        await asyncio_detailed(
            config_id=config_id,
            client=client,
            config_json=config_json,
            x_team_id=x_team_id,
        )
    ).parsed

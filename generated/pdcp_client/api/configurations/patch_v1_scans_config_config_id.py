from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_v1_scans_config_config_id_body import (
    PatchV1ScansConfigConfigIdBody,
)
from ...models.patch_v1_scans_config_config_id_response_200 import (
    PatchV1ScansConfigConfigIdResponse200,
)
from ...models.patch_v1_scans_config_config_id_response_400 import (
    PatchV1ScansConfigConfigIdResponse400,
)
from ...models.patch_v1_scans_config_config_id_response_401 import (
    PatchV1ScansConfigConfigIdResponse401,
)
from ...models.patch_v1_scans_config_config_id_response_403 import (
    PatchV1ScansConfigConfigIdResponse403,
)
from ...models.patch_v1_scans_config_config_id_response_500 import (
    PatchV1ScansConfigConfigIdResponse500,
)
from ...models.patch_v1_scans_config_config_id_response_default import (
    PatchV1ScansConfigConfigIdResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    config_id: str,
    *,
    body: PatchV1ScansConfigConfigIdBody | Unset = UNSET,
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
        "method": "patch",
        "url": "/v1/scans/config/{config_id}".format(
            config_id=quote(str(config_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PatchV1ScansConfigConfigIdResponse200
    | PatchV1ScansConfigConfigIdResponse400
    | PatchV1ScansConfigConfigIdResponse401
    | PatchV1ScansConfigConfigIdResponse403
    | PatchV1ScansConfigConfigIdResponse500
    | PatchV1ScansConfigConfigIdResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1ScansConfigConfigIdResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PatchV1ScansConfigConfigIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PatchV1ScansConfigConfigIdResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PatchV1ScansConfigConfigIdResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = PatchV1ScansConfigConfigIdResponse500.from_dict(response.json())

        return response_500

    response_default = PatchV1ScansConfigConfigIdResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1ScansConfigConfigIdResponse200
    | PatchV1ScansConfigConfigIdResponse400
    | PatchV1ScansConfigConfigIdResponse401
    | PatchV1ScansConfigConfigIdResponse403
    | PatchV1ScansConfigConfigIdResponse500
    | PatchV1ScansConfigConfigIdResponseDefault
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
    body: PatchV1ScansConfigConfigIdBody | Unset = UNSET,
    config_json: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1ScansConfigConfigIdResponse200
    | PatchV1ScansConfigConfigIdResponse400
    | PatchV1ScansConfigConfigIdResponse401
    | PatchV1ScansConfigConfigIdResponse403
    | PatchV1ScansConfigConfigIdResponse500
    | PatchV1ScansConfigConfigIdResponseDefault
]:
    """Update Config

     Update existing scan configuration

    Args:
        config_id (str):
        config_json (bool | Unset):
        x_team_id (str | Unset):
        body (PatchV1ScansConfigConfigIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1ScansConfigConfigIdResponse200 | PatchV1ScansConfigConfigIdResponse400 | PatchV1ScansConfigConfigIdResponse401 | PatchV1ScansConfigConfigIdResponse403 | PatchV1ScansConfigConfigIdResponse500 | PatchV1ScansConfigConfigIdResponseDefault]
    """

    kwargs = _get_kwargs(
        config_id=config_id,
        body=body,
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
    body: PatchV1ScansConfigConfigIdBody | Unset = UNSET,
    config_json: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1ScansConfigConfigIdResponse200
    | PatchV1ScansConfigConfigIdResponse400
    | PatchV1ScansConfigConfigIdResponse401
    | PatchV1ScansConfigConfigIdResponse403
    | PatchV1ScansConfigConfigIdResponse500
    | PatchV1ScansConfigConfigIdResponseDefault
    | None
):
    """Update Config

     Update existing scan configuration

    Args:
        config_id (str):
        config_json (bool | Unset):
        x_team_id (str | Unset):
        body (PatchV1ScansConfigConfigIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1ScansConfigConfigIdResponse200 | PatchV1ScansConfigConfigIdResponse400 | PatchV1ScansConfigConfigIdResponse401 | PatchV1ScansConfigConfigIdResponse403 | PatchV1ScansConfigConfigIdResponse500 | PatchV1ScansConfigConfigIdResponseDefault
    """

    return sync_detailed(
        config_id=config_id,
        client=client,
        body=body,
        config_json=config_json,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    config_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchV1ScansConfigConfigIdBody | Unset = UNSET,
    config_json: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1ScansConfigConfigIdResponse200
    | PatchV1ScansConfigConfigIdResponse400
    | PatchV1ScansConfigConfigIdResponse401
    | PatchV1ScansConfigConfigIdResponse403
    | PatchV1ScansConfigConfigIdResponse500
    | PatchV1ScansConfigConfigIdResponseDefault
]:
    """Update Config

     Update existing scan configuration

    Args:
        config_id (str):
        config_json (bool | Unset):
        x_team_id (str | Unset):
        body (PatchV1ScansConfigConfigIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1ScansConfigConfigIdResponse200 | PatchV1ScansConfigConfigIdResponse400 | PatchV1ScansConfigConfigIdResponse401 | PatchV1ScansConfigConfigIdResponse403 | PatchV1ScansConfigConfigIdResponse500 | PatchV1ScansConfigConfigIdResponseDefault]
    """

    kwargs = _get_kwargs(
        config_id=config_id,
        body=body,
        config_json=config_json,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    config_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchV1ScansConfigConfigIdBody | Unset = UNSET,
    config_json: bool | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1ScansConfigConfigIdResponse200
    | PatchV1ScansConfigConfigIdResponse400
    | PatchV1ScansConfigConfigIdResponse401
    | PatchV1ScansConfigConfigIdResponse403
    | PatchV1ScansConfigConfigIdResponse500
    | PatchV1ScansConfigConfigIdResponseDefault
    | None
):
    """Update Config

     Update existing scan configuration

    Args:
        config_id (str):
        config_json (bool | Unset):
        x_team_id (str | Unset):
        body (PatchV1ScansConfigConfigIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1ScansConfigConfigIdResponse200 | PatchV1ScansConfigConfigIdResponse400 | PatchV1ScansConfigConfigIdResponse401 | PatchV1ScansConfigConfigIdResponse403 | PatchV1ScansConfigConfigIdResponse500 | PatchV1ScansConfigConfigIdResponseDefault
    """

    return (
        await asyncio_detailed(
            config_id=config_id,
            client=client,
            body=body,
            config_json=config_json,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_scans_id_config_response_200 import PatchScansIdConfigResponse200
from ...models.patch_scans_id_config_response_400 import PatchScansIdConfigResponse400
from ...models.patch_scans_id_config_response_401 import PatchScansIdConfigResponse401
from ...models.patch_scans_id_config_response_500 import PatchScansIdConfigResponse500
from ...models.patch_scans_id_config_response_default import (
    PatchScansIdConfigResponseDefault,
)
from ...models.patch_scans_id_config_update_type import PatchScansIdConfigUpdateType
from ...models.scan_config_update_item import ScanConfigUpdateItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    scan_id: str,
    *,
    body: ScanConfigUpdateItem | Unset = UNSET,
    update_type: PatchScansIdConfigUpdateType
    | Unset = PatchScansIdConfigUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    params: dict[str, Any] = {}

    json_update_type: str | Unset = UNSET
    if not isinstance(update_type, Unset):
        json_update_type = update_type.value

    params["update_type"] = json_update_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/scans/{scan_id}/config".format(
            scan_id=quote(str(scan_id), safe=""),
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
    PatchScansIdConfigResponse200
    | PatchScansIdConfigResponse400
    | PatchScansIdConfigResponse401
    | PatchScansIdConfigResponse500
    | PatchScansIdConfigResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchScansIdConfigResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PatchScansIdConfigResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PatchScansIdConfigResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = PatchScansIdConfigResponse500.from_dict(response.json())

        return response_500

    response_default = PatchScansIdConfigResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchScansIdConfigResponse200
    | PatchScansIdConfigResponse400
    | PatchScansIdConfigResponse401
    | PatchScansIdConfigResponse500
    | PatchScansIdConfigResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    body: ScanConfigUpdateItem | Unset = UNSET,
    update_type: PatchScansIdConfigUpdateType
    | Unset = PatchScansIdConfigUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchScansIdConfigResponse200
    | PatchScansIdConfigResponse400
    | PatchScansIdConfigResponse401
    | PatchScansIdConfigResponse500
    | PatchScansIdConfigResponseDefault
]:
    """Update Scan Config

     Update scan metadata config

    Args:
        scan_id (str):
        update_type (PatchScansIdConfigUpdateType | Unset):  Default:
            PatchScansIdConfigUpdateType.APPEND.
        x_team_id (str | Unset):
        body (ScanConfigUpdateItem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchScansIdConfigResponse200 | PatchScansIdConfigResponse400 | PatchScansIdConfigResponse401 | PatchScansIdConfigResponse500 | PatchScansIdConfigResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        body=body,
        update_type=update_type,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    body: ScanConfigUpdateItem | Unset = UNSET,
    update_type: PatchScansIdConfigUpdateType
    | Unset = PatchScansIdConfigUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchScansIdConfigResponse200
    | PatchScansIdConfigResponse400
    | PatchScansIdConfigResponse401
    | PatchScansIdConfigResponse500
    | PatchScansIdConfigResponseDefault
    | None
):
    """Update Scan Config

     Update scan metadata config

    Args:
        scan_id (str):
        update_type (PatchScansIdConfigUpdateType | Unset):  Default:
            PatchScansIdConfigUpdateType.APPEND.
        x_team_id (str | Unset):
        body (ScanConfigUpdateItem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchScansIdConfigResponse200 | PatchScansIdConfigResponse400 | PatchScansIdConfigResponse401 | PatchScansIdConfigResponse500 | PatchScansIdConfigResponseDefault
    """

    return sync_detailed(
        scan_id=scan_id,
        client=client,
        body=body,
        update_type=update_type,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    body: ScanConfigUpdateItem | Unset = UNSET,
    update_type: PatchScansIdConfigUpdateType
    | Unset = PatchScansIdConfigUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchScansIdConfigResponse200
    | PatchScansIdConfigResponse400
    | PatchScansIdConfigResponse401
    | PatchScansIdConfigResponse500
    | PatchScansIdConfigResponseDefault
]:
    """Update Scan Config

     Update scan metadata config

    Args:
        scan_id (str):
        update_type (PatchScansIdConfigUpdateType | Unset):  Default:
            PatchScansIdConfigUpdateType.APPEND.
        x_team_id (str | Unset):
        body (ScanConfigUpdateItem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchScansIdConfigResponse200 | PatchScansIdConfigResponse400 | PatchScansIdConfigResponse401 | PatchScansIdConfigResponse500 | PatchScansIdConfigResponseDefault]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        body=body,
        update_type=update_type,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan_id: str,
    *,
    client: AuthenticatedClient,
    body: ScanConfigUpdateItem | Unset = UNSET,
    update_type: PatchScansIdConfigUpdateType
    | Unset = PatchScansIdConfigUpdateType.APPEND,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchScansIdConfigResponse200
    | PatchScansIdConfigResponse400
    | PatchScansIdConfigResponse401
    | PatchScansIdConfigResponse500
    | PatchScansIdConfigResponseDefault
    | None
):
    """Update Scan Config

     Update scan metadata config

    Args:
        scan_id (str):
        update_type (PatchScansIdConfigUpdateType | Unset):  Default:
            PatchScansIdConfigUpdateType.APPEND.
        x_team_id (str | Unset):
        body (ScanConfigUpdateItem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchScansIdConfigResponse200 | PatchScansIdConfigResponse400 | PatchScansIdConfigResponse401 | PatchScansIdConfigResponse500 | PatchScansIdConfigResponseDefault
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            body=body,
            update_type=update_type,
            x_team_id=x_team_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_v1_scans_config_config_id_severity_body import (
    PatchV1ScansConfigConfigIdSeverityBody,
)
from ...models.patch_v1_scans_config_config_id_severity_response_200 import (
    PatchV1ScansConfigConfigIdSeverityResponse200,
)
from ...models.patch_v1_scans_config_config_id_severity_response_400 import (
    PatchV1ScansConfigConfigIdSeverityResponse400,
)
from ...models.patch_v1_scans_config_config_id_severity_response_401 import (
    PatchV1ScansConfigConfigIdSeverityResponse401,
)
from ...models.patch_v1_scans_config_config_id_severity_response_404 import (
    PatchV1ScansConfigConfigIdSeverityResponse404,
)
from ...models.patch_v1_scans_config_config_id_severity_response_500 import (
    PatchV1ScansConfigConfigIdSeverityResponse500,
)
from ...models.patch_v1_scans_config_config_id_severity_response_default import (
    PatchV1ScansConfigConfigIdSeverityResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    config_id: int,
    *,
    body: PatchV1ScansConfigConfigIdSeverityBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/scans/config/{config_id}/severity".format(
            config_id=quote(str(config_id), safe=""),
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
    PatchV1ScansConfigConfigIdSeverityResponse200
    | PatchV1ScansConfigConfigIdSeverityResponse400
    | PatchV1ScansConfigConfigIdSeverityResponse401
    | PatchV1ScansConfigConfigIdSeverityResponse404
    | PatchV1ScansConfigConfigIdSeverityResponse500
    | PatchV1ScansConfigConfigIdSeverityResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1ScansConfigConfigIdSeverityResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = PatchV1ScansConfigConfigIdSeverityResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = PatchV1ScansConfigConfigIdSeverityResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 404:
        response_404 = PatchV1ScansConfigConfigIdSeverityResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 500:
        response_500 = PatchV1ScansConfigConfigIdSeverityResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = PatchV1ScansConfigConfigIdSeverityResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1ScansConfigConfigIdSeverityResponse200
    | PatchV1ScansConfigConfigIdSeverityResponse400
    | PatchV1ScansConfigConfigIdSeverityResponse401
    | PatchV1ScansConfigConfigIdSeverityResponse404
    | PatchV1ScansConfigConfigIdSeverityResponse500
    | PatchV1ScansConfigConfigIdSeverityResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    config_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1ScansConfigConfigIdSeverityBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1ScansConfigConfigIdSeverityResponse200
    | PatchV1ScansConfigConfigIdSeverityResponse400
    | PatchV1ScansConfigConfigIdSeverityResponse401
    | PatchV1ScansConfigConfigIdSeverityResponse404
    | PatchV1ScansConfigConfigIdSeverityResponse500
    | PatchV1ScansConfigConfigIdSeverityResponseDefault
]:
    """Modify custom severity mapping

    Args:
        config_id (int):
        x_team_id (str | Unset):
        body (PatchV1ScansConfigConfigIdSeverityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1ScansConfigConfigIdSeverityResponse200 | PatchV1ScansConfigConfigIdSeverityResponse400 | PatchV1ScansConfigConfigIdSeverityResponse401 | PatchV1ScansConfigConfigIdSeverityResponse404 | PatchV1ScansConfigConfigIdSeverityResponse500 | PatchV1ScansConfigConfigIdSeverityResponseDefault]
    """

    kwargs = _get_kwargs(
        config_id=config_id,
        body=body,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    config_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1ScansConfigConfigIdSeverityBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1ScansConfigConfigIdSeverityResponse200
    | PatchV1ScansConfigConfigIdSeverityResponse400
    | PatchV1ScansConfigConfigIdSeverityResponse401
    | PatchV1ScansConfigConfigIdSeverityResponse404
    | PatchV1ScansConfigConfigIdSeverityResponse500
    | PatchV1ScansConfigConfigIdSeverityResponseDefault
    | None
):
    """Modify custom severity mapping

    Args:
        config_id (int):
        x_team_id (str | Unset):
        body (PatchV1ScansConfigConfigIdSeverityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1ScansConfigConfigIdSeverityResponse200 | PatchV1ScansConfigConfigIdSeverityResponse400 | PatchV1ScansConfigConfigIdSeverityResponse401 | PatchV1ScansConfigConfigIdSeverityResponse404 | PatchV1ScansConfigConfigIdSeverityResponse500 | PatchV1ScansConfigConfigIdSeverityResponseDefault
    """

    return sync_detailed(
        config_id=config_id,
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    config_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1ScansConfigConfigIdSeverityBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PatchV1ScansConfigConfigIdSeverityResponse200
    | PatchV1ScansConfigConfigIdSeverityResponse400
    | PatchV1ScansConfigConfigIdSeverityResponse401
    | PatchV1ScansConfigConfigIdSeverityResponse404
    | PatchV1ScansConfigConfigIdSeverityResponse500
    | PatchV1ScansConfigConfigIdSeverityResponseDefault
]:
    """Modify custom severity mapping

    Args:
        config_id (int):
        x_team_id (str | Unset):
        body (PatchV1ScansConfigConfigIdSeverityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1ScansConfigConfigIdSeverityResponse200 | PatchV1ScansConfigConfigIdSeverityResponse400 | PatchV1ScansConfigConfigIdSeverityResponse401 | PatchV1ScansConfigConfigIdSeverityResponse404 | PatchV1ScansConfigConfigIdSeverityResponse500 | PatchV1ScansConfigConfigIdSeverityResponseDefault]
    """

    kwargs = _get_kwargs(
        config_id=config_id,
        body=body,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    config_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1ScansConfigConfigIdSeverityBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PatchV1ScansConfigConfigIdSeverityResponse200
    | PatchV1ScansConfigConfigIdSeverityResponse400
    | PatchV1ScansConfigConfigIdSeverityResponse401
    | PatchV1ScansConfigConfigIdSeverityResponse404
    | PatchV1ScansConfigConfigIdSeverityResponse500
    | PatchV1ScansConfigConfigIdSeverityResponseDefault
    | None
):
    """Modify custom severity mapping

    Args:
        config_id (int):
        x_team_id (str | Unset):
        body (PatchV1ScansConfigConfigIdSeverityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1ScansConfigConfigIdSeverityResponse200 | PatchV1ScansConfigConfigIdSeverityResponse400 | PatchV1ScansConfigConfigIdSeverityResponse401 | PatchV1ScansConfigConfigIdSeverityResponse404 | PatchV1ScansConfigConfigIdSeverityResponse500 | PatchV1ScansConfigConfigIdSeverityResponseDefault
    """

    return (
        await asyncio_detailed(
            config_id=config_id,
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

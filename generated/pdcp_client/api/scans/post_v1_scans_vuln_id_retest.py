from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_v1_scans_vuln_id_retest_body import PostV1ScansVulnIdRetestBody
from ...models.post_v1_scans_vuln_id_retest_response_200 import (
    PostV1ScansVulnIdRetestResponse200,
)
from ...models.post_v1_scans_vuln_id_retest_response_400 import (
    PostV1ScansVulnIdRetestResponse400,
)
from ...models.post_v1_scans_vuln_id_retest_response_401 import (
    PostV1ScansVulnIdRetestResponse401,
)
from ...models.post_v1_scans_vuln_id_retest_response_500 import (
    PostV1ScansVulnIdRetestResponse500,
)
from ...models.post_v1_scans_vuln_id_retest_response_default import (
    PostV1ScansVulnIdRetestResponseDefault,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vuln_id: str,
    *,
    body: PostV1ScansVulnIdRetestBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/scans/{vuln_id}/retest".format(
            vuln_id=quote(str(vuln_id), safe=""),
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
    PostV1ScansVulnIdRetestResponse200
    | PostV1ScansVulnIdRetestResponse400
    | PostV1ScansVulnIdRetestResponse401
    | PostV1ScansVulnIdRetestResponse500
    | PostV1ScansVulnIdRetestResponseDefault
):
    if response.status_code == 200:
        response_200 = PostV1ScansVulnIdRetestResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostV1ScansVulnIdRetestResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostV1ScansVulnIdRetestResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = PostV1ScansVulnIdRetestResponse500.from_dict(response.json())

        return response_500

    response_default = PostV1ScansVulnIdRetestResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostV1ScansVulnIdRetestResponse200
    | PostV1ScansVulnIdRetestResponse400
    | PostV1ScansVulnIdRetestResponse401
    | PostV1ScansVulnIdRetestResponse500
    | PostV1ScansVulnIdRetestResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    body: PostV1ScansVulnIdRetestBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1ScansVulnIdRetestResponse200
    | PostV1ScansVulnIdRetestResponse400
    | PostV1ScansVulnIdRetestResponse401
    | PostV1ScansVulnIdRetestResponse500
    | PostV1ScansVulnIdRetestResponseDefault
]:
    """Retest vulnerability

     Retest a scan vulnerability

    Args:
        vuln_id (str):
        x_team_id (str | Unset):
        body (PostV1ScansVulnIdRetestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1ScansVulnIdRetestResponse200 | PostV1ScansVulnIdRetestResponse400 | PostV1ScansVulnIdRetestResponse401 | PostV1ScansVulnIdRetestResponse500 | PostV1ScansVulnIdRetestResponseDefault]
    """

    kwargs = _get_kwargs(
        vuln_id=vuln_id,
        body=body,
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    body: PostV1ScansVulnIdRetestBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1ScansVulnIdRetestResponse200
    | PostV1ScansVulnIdRetestResponse400
    | PostV1ScansVulnIdRetestResponse401
    | PostV1ScansVulnIdRetestResponse500
    | PostV1ScansVulnIdRetestResponseDefault
    | None
):
    """Retest vulnerability

     Retest a scan vulnerability

    Args:
        vuln_id (str):
        x_team_id (str | Unset):
        body (PostV1ScansVulnIdRetestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1ScansVulnIdRetestResponse200 | PostV1ScansVulnIdRetestResponse400 | PostV1ScansVulnIdRetestResponse401 | PostV1ScansVulnIdRetestResponse500 | PostV1ScansVulnIdRetestResponseDefault
    """

    return sync_detailed(
        vuln_id=vuln_id,
        client=client,
        body=body,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    body: PostV1ScansVulnIdRetestBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> Response[
    PostV1ScansVulnIdRetestResponse200
    | PostV1ScansVulnIdRetestResponse400
    | PostV1ScansVulnIdRetestResponse401
    | PostV1ScansVulnIdRetestResponse500
    | PostV1ScansVulnIdRetestResponseDefault
]:
    """Retest vulnerability

     Retest a scan vulnerability

    Args:
        vuln_id (str):
        x_team_id (str | Unset):
        body (PostV1ScansVulnIdRetestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1ScansVulnIdRetestResponse200 | PostV1ScansVulnIdRetestResponse400 | PostV1ScansVulnIdRetestResponse401 | PostV1ScansVulnIdRetestResponse500 | PostV1ScansVulnIdRetestResponseDefault]
    """

    kwargs = _get_kwargs(
        vuln_id=vuln_id,
        body=body,
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vuln_id: str,
    *,
    client: AuthenticatedClient,
    body: PostV1ScansVulnIdRetestBody | Unset = UNSET,
    x_team_id: str | Unset = UNSET,
) -> (
    PostV1ScansVulnIdRetestResponse200
    | PostV1ScansVulnIdRetestResponse400
    | PostV1ScansVulnIdRetestResponse401
    | PostV1ScansVulnIdRetestResponse500
    | PostV1ScansVulnIdRetestResponseDefault
    | None
):
    """Retest vulnerability

     Retest a scan vulnerability

    Args:
        vuln_id (str):
        x_team_id (str | Unset):
        body (PostV1ScansVulnIdRetestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1ScansVulnIdRetestResponse200 | PostV1ScansVulnIdRetestResponse400 | PostV1ScansVulnIdRetestResponse401 | PostV1ScansVulnIdRetestResponse500 | PostV1ScansVulnIdRetestResponseDefault
    """

    return (
        await asyncio_detailed(
            vuln_id=vuln_id,
            client=client,
            body=body,
            x_team_id=x_team_id,
        )
    ).parsed

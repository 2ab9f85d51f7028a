from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_v1_asset_enumerate_enum_id_domains_export_response_400 import (
    GetV1AssetEnumerateEnumIdDomainsExportResponse400,
)
from ...models.get_v1_asset_enumerate_enum_id_domains_export_response_401 import (
    GetV1AssetEnumerateEnumIdDomainsExportResponse401,
)
from ...models.get_v1_asset_enumerate_enum_id_domains_export_response_404 import (
    GetV1AssetEnumerateEnumIdDomainsExportResponse404,
)
from ...models.get_v1_asset_enumerate_enum_id_domains_export_response_500 import (
    GetV1AssetEnumerateEnumIdDomainsExportResponse500,
)
from ...models.get_v1_asset_enumerate_enum_id_domains_export_response_default import (
    GetV1AssetEnumerateEnumIdDomainsExportResponseDefault,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    enumerate_id: str,
    *,
    search: str | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/asset/enumerate/{enumerate_id}/domains/export".format(
            enumerate_id=quote(str(enumerate_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    File
    | GetV1AssetEnumerateEnumIdDomainsExportResponse400
    | GetV1AssetEnumerateEnumIdDomainsExportResponse401
    | GetV1AssetEnumerateEnumIdDomainsExportResponse404
    | GetV1AssetEnumerateEnumIdDomainsExportResponse500
    | GetV1AssetEnumerateEnumIdDomainsExportResponseDefault
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = GetV1AssetEnumerateEnumIdDomainsExportResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = GetV1AssetEnumerateEnumIdDomainsExportResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 404:
        response_404 = GetV1AssetEnumerateEnumIdDomainsExportResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 500:
        response_500 = GetV1AssetEnumerateEnumIdDomainsExportResponse500.from_dict(
            response.json()
        )

        return response_500

    response_default = GetV1AssetEnumerateEnumIdDomainsExportResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    File
    | GetV1AssetEnumerateEnumIdDomainsExportResponse400
    | GetV1AssetEnumerateEnumIdDomainsExportResponse401
    | GetV1AssetEnumerateEnumIdDomainsExportResponse404
    | GetV1AssetEnumerateEnumIdDomainsExportResponse500
    | GetV1AssetEnumerateEnumIdDomainsExportResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    enumerate_id: str,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> Response[
    File
    | GetV1AssetEnumerateEnumIdDomainsExportResponse400
    | GetV1AssetEnumerateEnumIdDomainsExportResponse401
    | GetV1AssetEnumerateEnumIdDomainsExportResponse404
    | GetV1AssetEnumerateEnumIdDomainsExportResponse500
    | GetV1AssetEnumerateEnumIdDomainsExportResponseDefault
]:
    """Export the list of unique input domains of an enumeration.

     Export the list of unique input domains of an enumeration.

    Args:
        enumerate_id (str):
        search (str | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetV1AssetEnumerateEnumIdDomainsExportResponse400 | GetV1AssetEnumerateEnumIdDomainsExportResponse401 | GetV1AssetEnumerateEnumIdDomainsExportResponse404 | GetV1AssetEnumerateEnumIdDomainsExportResponse500 | GetV1AssetEnumerateEnumIdDomainsExportResponseDefault]
    """

    kwargs = _get_kwargs(
        enumerate_id=enumerate_id,
        search=search,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enumerate_id: str,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> (
    File
    | GetV1AssetEnumerateEnumIdDomainsExportResponse400
    | GetV1AssetEnumerateEnumIdDomainsExportResponse401
    | GetV1AssetEnumerateEnumIdDomainsExportResponse404
    | GetV1AssetEnumerateEnumIdDomainsExportResponse500
    | GetV1AssetEnumerateEnumIdDomainsExportResponseDefault
    | None
):
    """Export the list of unique input domains of an enumeration.

     Export the list of unique input domains of an enumeration.

    Args:
        enumerate_id (str):
        search (str | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetV1AssetEnumerateEnumIdDomainsExportResponse400 | GetV1AssetEnumerateEnumIdDomainsExportResponse401 | GetV1AssetEnumerateEnumIdDomainsExportResponse404 | GetV1AssetEnumerateEnumIdDomainsExportResponse500 | GetV1AssetEnumerateEnumIdDomainsExportResponseDefault
    """

    return sync_detailed(
        enumerate_id=enumerate_id,
        client=client,
        search=search,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    enumerate_id: str,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> Response[
    File
    | GetV1AssetEnumerateEnumIdDomainsExportResponse400
    | GetV1AssetEnumerateEnumIdDomainsExportResponse401
    | GetV1AssetEnumerateEnumIdDomainsExportResponse404
    | GetV1AssetEnumerateEnumIdDomainsExportResponse500
    | GetV1AssetEnumerateEnumIdDomainsExportResponseDefault
]:
    """Export the list of unique input domains of an enumeration.

     Export the list of unique input domains of an enumeration.

    Args:
        enumerate_id (str):
        search (str | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetV1AssetEnumerateEnumIdDomainsExportResponse400 | GetV1AssetEnumerateEnumIdDomainsExportResponse401 | GetV1AssetEnumerateEnumIdDomainsExportResponse404 | GetV1AssetEnumerateEnumIdDomainsExportResponse500 | GetV1AssetEnumerateEnumIdDomainsExportResponseDefault]
    """

    kwargs = _get_kwargs(
        enumerate_id=enumerate_id,
        search=search,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enumerate_id: str,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> (
    File
    | GetV1AssetEnumerateEnumIdDomainsExportResponse400
    | GetV1AssetEnumerateEnumIdDomainsExportResponse401
    | GetV1AssetEnumerateEnumIdDomainsExportResponse404
    | GetV1AssetEnumerateEnumIdDomainsExportResponse500
    | GetV1AssetEnumerateEnumIdDomainsExportResponseDefault
    | None
):
    """Export the list of unique input domains of an enumeration.

     Export the list of unique input domains of an enumeration.

    Args:
        enumerate_id (str):
        search (str | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetV1AssetEnumerateEnumIdDomainsExportResponse400 | GetV1AssetEnumerateEnumIdDomainsExportResponse401 | GetV1AssetEnumerateEnumIdDomainsExportResponse404 | GetV1AssetEnumerateEnumIdDomainsExportResponse500 | GetV1AssetEnumerateEnumIdDomainsExportResponseDefault
    """

    return (
        await asyncio_detailed(
            enumerate_id=enumerate_id,
            client=client,
            search=search,
            format_=format_,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patch_v1_asset_policy_policy_id_body import (
    PatchV1AssetPolicyPolicyIdBody,
)
from ...models.patch_v1_asset_policy_policy_id_response_200 import (
    PatchV1AssetPolicyPolicyIdResponse200,
)
from ...models.patch_v1_asset_policy_policy_id_response_400 import (
    PatchV1AssetPolicyPolicyIdResponse400,
)
from ...models.patch_v1_asset_policy_policy_id_response_401 import (
    PatchV1AssetPolicyPolicyIdResponse401,
)
from ...models.patch_v1_asset_policy_policy_id_response_404 import (
    PatchV1AssetPolicyPolicyIdResponse404,
)
from ...models.patch_v1_asset_policy_policy_id_response_500 import (
    PatchV1AssetPolicyPolicyIdResponse500,
)
from ...models.patch_v1_asset_policy_policy_id_response_default import (
    PatchV1AssetPolicyPolicyIdResponseDefault,
)
from ...models.patch_v1_asset_policy_policy_id_update_type import (
    PatchV1AssetPolicyPolicyIdUpdateType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    policy_id: str,
    *,
    body: PatchV1AssetPolicyPolicyIdBody | Unset = UNSET,
    update_type: PatchV1AssetPolicyPolicyIdUpdateType | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_update_type: str | Unset = UNSET
    if not isinstance(update_type, Unset):
        json_update_type = update_type.value

    params["update_type"] = json_update_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/asset/policy/{policy_id}".format(
            policy_id=quote(str(policy_id), safe=""),
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
    PatchV1AssetPolicyPolicyIdResponse200
    | PatchV1AssetPolicyPolicyIdResponse400
    | PatchV1AssetPolicyPolicyIdResponse401
    | PatchV1AssetPolicyPolicyIdResponse404
    | PatchV1AssetPolicyPolicyIdResponse500
    | PatchV1AssetPolicyPolicyIdResponseDefault
):
    if response.status_code == 200:
        response_200 = PatchV1AssetPolicyPolicyIdResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PatchV1AssetPolicyPolicyIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PatchV1AssetPolicyPolicyIdResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PatchV1AssetPolicyPolicyIdResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = PatchV1AssetPolicyPolicyIdResponse500.from_dict(response.json())

        return response_500

    response_default = PatchV1AssetPolicyPolicyIdResponseDefault.from_dict(
        response.json()
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PatchV1AssetPolicyPolicyIdResponse200
    | PatchV1AssetPolicyPolicyIdResponse400
    | PatchV1AssetPolicyPolicyIdResponse401
    | PatchV1AssetPolicyPolicyIdResponse404
    | PatchV1AssetPolicyPolicyIdResponse500
    | PatchV1AssetPolicyPolicyIdResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1AssetPolicyPolicyIdBody | Unset = UNSET,
    update_type: PatchV1AssetPolicyPolicyIdUpdateType | Unset = UNSET,
) -> Response[
    PatchV1AssetPolicyPolicyIdResponse200
    | PatchV1AssetPolicyPolicyIdResponse400
    | PatchV1AssetPolicyPolicyIdResponse401
    | PatchV1AssetPolicyPolicyIdResponse404
    | PatchV1AssetPolicyPolicyIdResponse500
    | PatchV1AssetPolicyPolicyIdResponseDefault
]:
    """Update asset policy

     Update an existing asset policy. Use `append` mode to merge new values with existing ones (e.g., add
    alerting configs or labels without removing current ones). Use `replace` mode to completely
    overwrite the policy configuration.

    Args:
        policy_id (str):
        update_type (PatchV1AssetPolicyPolicyIdUpdateType | Unset):
        body (PatchV1AssetPolicyPolicyIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1AssetPolicyPolicyIdResponse200 | PatchV1AssetPolicyPolicyIdResponse400 | PatchV1AssetPolicyPolicyIdResponse401 | PatchV1AssetPolicyPolicyIdResponse404 | PatchV1AssetPolicyPolicyIdResponse500 | PatchV1AssetPolicyPolicyIdResponseDefault]
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        body=body,
        update_type=update_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1AssetPolicyPolicyIdBody | Unset = UNSET,
    update_type: PatchV1AssetPolicyPolicyIdUpdateType | Unset = UNSET,
) -> (
    PatchV1AssetPolicyPolicyIdResponse200
    | PatchV1AssetPolicyPolicyIdResponse400
    | PatchV1AssetPolicyPolicyIdResponse401
    | PatchV1AssetPolicyPolicyIdResponse404
    | PatchV1AssetPolicyPolicyIdResponse500
    | PatchV1AssetPolicyPolicyIdResponseDefault
    | None
):
    """Update asset policy

     Update an existing asset policy. Use `append` mode to merge new values with existing ones (e.g., add
    alerting configs or labels without removing current ones). Use `replace` mode to completely
    overwrite the policy configuration.

    Args:
        policy_id (str):
        update_type (PatchV1AssetPolicyPolicyIdUpdateType | Unset):
        body (PatchV1AssetPolicyPolicyIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1AssetPolicyPolicyIdResponse200 | PatchV1AssetPolicyPolicyIdResponse400 | PatchV1AssetPolicyPolicyIdResponse401 | PatchV1AssetPolicyPolicyIdResponse404 | PatchV1AssetPolicyPolicyIdResponse500 | PatchV1AssetPolicyPolicyIdResponseDefault
    """

    return sync_detailed(
        policy_id=policy_id,
        client=client,
        body=body,
        update_type=update_type,
    ).parsed


async def asyncio_detailed(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1AssetPolicyPolicyIdBody | Unset = UNSET,
    update_type: PatchV1AssetPolicyPolicyIdUpdateType | Unset = UNSET,
) -> Response[
    PatchV1AssetPolicyPolicyIdResponse200
    | PatchV1AssetPolicyPolicyIdResponse400
    | PatchV1AssetPolicyPolicyIdResponse401
    | PatchV1AssetPolicyPolicyIdResponse404
    | PatchV1AssetPolicyPolicyIdResponse500
    | PatchV1AssetPolicyPolicyIdResponseDefault
]:
    """Update asset policy

     Update an existing asset policy. Use `append` mode to merge new values with existing ones (e.g., add
    alerting configs or labels without removing current ones). Use `replace` mode to completely
    overwrite the policy configuration.

    Args:
        policy_id (str):
        update_type (PatchV1AssetPolicyPolicyIdUpdateType | Unset):
        body (PatchV1AssetPolicyPolicyIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchV1AssetPolicyPolicyIdResponse200 | PatchV1AssetPolicyPolicyIdResponse400 | PatchV1AssetPolicyPolicyIdResponse401 | PatchV1AssetPolicyPolicyIdResponse404 | PatchV1AssetPolicyPolicyIdResponse500 | PatchV1AssetPolicyPolicyIdResponseDefault]
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        body=body,
        update_type=update_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchV1AssetPolicyPolicyIdBody | Unset = UNSET,
    update_type: PatchV1AssetPolicyPolicyIdUpdateType | Unset = UNSET,
) -> (
    PatchV1AssetPolicyPolicyIdResponse200
    | PatchV1AssetPolicyPolicyIdResponse400
    | PatchV1AssetPolicyPolicyIdResponse401
    | PatchV1AssetPolicyPolicyIdResponse404
    | PatchV1AssetPolicyPolicyIdResponse500
    | PatchV1AssetPolicyPolicyIdResponseDefault
    | None
):
    """Update asset policy

     Update an existing asset policy. Use `append` mode to merge new values with existing ones (e.g., add
    alerting configs or labels without removing current ones). Use `replace` mode to completely
    overwrite the policy configuration.

    Args:
        policy_id (str):
        update_type (PatchV1AssetPolicyPolicyIdUpdateType | Unset):
        body (PatchV1AssetPolicyPolicyIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchV1AssetPolicyPolicyIdResponse200 | PatchV1AssetPolicyPolicyIdResponse400 | PatchV1AssetPolicyPolicyIdResponse401 | PatchV1AssetPolicyPolicyIdResponse404 | PatchV1AssetPolicyPolicyIdResponse500 | PatchV1AssetPolicyPolicyIdResponseDefault
    """

    return (
        await asyncio_detailed(
            policy_id=policy_id,
            client=client,
            body=body,
            update_type=update_type,
        )
    ).parsed

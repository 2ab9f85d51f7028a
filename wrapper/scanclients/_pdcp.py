"""The ProjectDiscovery Cloud Platform client: `PDCP` and `AsyncPDCP`."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Unpack

import httpx

from scanclients._generated.pdcp_client.models.create_scan_response import CreateScanResponse
from scanclients._generated.pdcp_client.resources import AsyncResources, Resources
from scanclients._generated.pdcp_client.resources.scans import AsyncScans, Scans

from . import _answers, _send
from ._base_client import AsyncAPIClient, HttpClient, SyncAPIClient
from ._credentials import read_credentials
from ._flow import Flow
from ._options import ClientOptions, KeyFallback, ServiceSettings, resolve_options
from ._pdcp_body import build_create_request
from ._pdcp_scan_helpers import AsyncScanHelpers, ScanHelpers
from .errors import (
    ConfigurationError,
    CredentialsFileWarning,
    TruncatedTargetsWarning,
)

if TYPE_CHECKING:
    from scanclients._generated.pdcp_client.params import CreateScanRequestParams

__all__ = ["PDCP", "AsyncPDCP"]

SERVICE = ServiceSettings(
    name="PDCP",
    key_header="X-API-Key",
    key_variable="PDCP_API_KEY",
    base_url_variable="PDCP_API_SERVER",
    default_base_url="https://api.projectdiscovery.io",
)


def _options(
    api_key: str | None,
    team_id: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    allow_insecure_http: bool,
    deadline: float | None = None,
    max_body_size: int | None = None,
) -> ClientOptions:
    team = team_id if team_id is not None else os.environ.get("PDCP_TEAM_ID")
    if team is not None and not isinstance(team, str):
        raise ConfigurationError(f"team_id: expected a string, got {type(team).__name__}")
    return resolve_options(
        SERVICE,
        api_key=api_key,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        allow_insecure_http=allow_insecure_http,
        deadline=deadline,
        max_body_size=max_body_size,
        extra_headers=(("X-Team-Id", team.strip()),) if team and team.strip() else (),
        key_fallback=KeyFallback("~/.pdcp/credentials.yaml (nuclei -auth)", _stored_key),
    )


def _stored_key() -> tuple[str, str | None, str] | None:
    """The key of ~/.pdcp/credentials.yaml, read only when no argument or variable gave one."""
    stored = read_credentials()
    if stored is None:
        return None
    if stored.warning is not None:
        # stacklevel: here, resolve_options, _options, the constructor, then the caller.
        warnings.warn(CredentialsFileWarning(stored.warning), stacklevel=5)
    return stored.api_key, stored.server, f"file ({stored.path})"


def _create(
    options: ClientOptions, params: dict[str, Any], stacklevel: int = 6
) -> Flow[CreateScanResponse]:
    body = build_create_request(params).to_dict()
    request = _send.build_request(options, "POST", "/v1/scans", json_body=body)
    response = yield from _send.send(request, options, creates=True)
    created = _answers.created_scan(response, SERVICE.name)
    dropped = created.truncated_scan_targets or 0
    if dropped > 0:
        # stacklevel: this flow, the stepper, the driver, the client's _run, scans.create, then
        # the caller (tests/test_pdcp.py pins it, sync and async); one more from create_and_wait.
        warnings.warn(TruncatedTargetsWarning(created.id or None, dropped), stacklevel=stacklevel)
    return created


class _PDCPConstructor(Generic[HttpClient]):
    """The constructor PDCP and AsyncPDCP share; `_connect` is the sync or async client's."""

    _connect: Callable[[ClientOptions, HttpClient | None], None]

    def __init__(
        self,
        api_key: str | None = None,
        team_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: HttpClient | None = None,
        allow_insecure_http: bool = False,
        deadline: float | None = None,
        max_body_size: int | None = None,
    ) -> None:
        self._connect(
            _options(
                api_key,
                team_id,
                base_url,
                timeout,
                max_retries,
                allow_insecure_http,
                deadline,
                max_body_size,
            ),
            http_client,
        )


class PDCP(Resources, SyncAPIClient, _PDCPConstructor[httpx.Client]):
    """ProjectDiscovery Cloud Platform: every operation as `pd.<resource>.<method>(...)`.

    with PDCP() as pd:   # PDCP_API_KEY, PDCP_TEAM_ID and PDCP_API_SERVER from the environment
        scan = pd.scans.create(targets=["example.com"], templates=["http/cves/"])
        print(pd.scans.get(scan.id).status)
        for item in pd.scans.list(limit=50):    # pages as it goes
            print(item.scan_id)

    The resources and their methods are generated from the spec (docs/api.md lists them).
    """

    @property
    def key_source(self) -> str:
        """Where the key came from: "argument", "environment (PDCP_API_KEY)" or "file (PATH)"."""
        return self._options.key_source

    @property
    def scans(self) -> PDCPScans:
        return PDCPScans(self)


class AsyncPDCP(AsyncResources, AsyncAPIClient, _PDCPConstructor[httpx.AsyncClient]):
    """ProjectDiscovery Cloud Platform, for asyncio: the methods of `PDCP`, as coroutines."""

    @property
    def key_source(self) -> str:
        """Where the key came from: see `PDCP.key_source`."""
        return self._options.key_source

    @property
    def scans(self) -> AsyncPDCPScans:
        return AsyncPDCPScans(self)


class PDCPScans(ScanHelpers, Scans):
    """`pd.scans`: the generated scan operations, and the hand-made helpers `create`, `wait`,
    `create_and_wait`, `findings`, `export` and `import_results` (`_pdcp_scan_helpers`); the
    generated operations whose names the helpers take are `create_api` and `export_api`."""

    _client: PDCP

    def create(self, **params: Unpack[CreateScanRequestParams]) -> CreateScanResponse:
        """Create (trigger) a scan. Every property of the spec's request body is a keyword.

        Nested objects may be the generated models or plain dicts; `private_templates` items may
        also be paths of nuclei template files. A non-zero `truncated_scan_targets` in the answer
        warns with `TruncatedTargetsWarning`. Not retried once it may have reached the service.
        """
        return self._client._run(_create(self._client._options, dict(params)))


class AsyncPDCPScans(AsyncScanHelpers, AsyncScans):
    """`pd.scans` of AsyncPDCP: see `PDCPScans`."""

    _client: AsyncPDCP

    async def create(self, **params: Unpack[CreateScanRequestParams]) -> CreateScanResponse:
        """Create (trigger) a scan: see `PDCP.scans.create`."""
        return await self._client._run(_create(self._client._options, dict(params)))

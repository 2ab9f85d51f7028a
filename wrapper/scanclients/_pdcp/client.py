"""The ProjectDiscovery Cloud Platform client: `PDCP` and `AsyncPDCP`.

Their resources are generated from the spec (`generated/pdcp_client/resources/`, listed in
docs/api.md); `pd.scans` adds the hand-made methods (`_pdcp.scans`, running `_pdcp.flows`), and
`pd.assets` the chunked `upload_list` (`_pdcp.asset_upload`). The options are resolved by
`_pdcp.options`.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

# First, so that httpx comes in without its command line (see there).
from .. import _httpx_import  # noqa: F401

# isort: split
import httpx

from scanclients._generated.pdcp_client.resources import AsyncResources, Resources

from .._core.base_client import AsyncAPIClient, SyncAPIClient
from .._core.options import DEFAULT_MAX_RETRIES
from .options import CredentialsFile, resolve_pdcp_options
from .scans import AsyncPDCPScans, PDCPScans

if TYPE_CHECKING:
    from .asset_upload import AsyncPDCPAssets, PDCPAssets

__all__ = ["PDCP", "AsyncPDCP"]


class PDCP(Resources, SyncAPIClient):
    """ProjectDiscovery Cloud Platform: every operation as `pd.<resource>.<method>(...)`.

    with PDCP() as pd:   # PDCP_API_KEY, PDCP_TEAM_ID and PDCP_API_SERVER from the environment
        scan = pd.scans.create(targets=["example.com"], templates=["http/cves/"])
        print(pd.scans.get(scan.id).status)
        for item in pd.scans.list(limit=50):    # pages as it goes
            print(item.scan_id)

    The resources and their methods are generated from the spec (docs/api.md lists them).
    """

    def __init__(
        self,
        api_key: str | None = None,
        team_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        deadline: float | None = None,
        max_body_size: int | None = None,
    ) -> None:
        credentials = CredentialsFile()
        try:
            options = resolve_pdcp_options(
                credentials,
                api_key=api_key,
                team_id=team_id,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                allow_insecure_http=allow_insecure_http,
                deadline=deadline,
                max_body_size=max_body_size,
            )
        finally:  # an unsafe file is said also when the options then fail
            if credentials.warning is not None:
                warnings.warn(credentials.warning, stacklevel=2)
        super().__init__(options, http_client)

    @property
    def key_source(self) -> str:
        """Where the key came from: "argument", "environment (PDCP_API_KEY)" or "file (PATH)";
        "none" when there is none (only the vulnerability database can then be read)."""
        return self._options.key_source

    @property
    def scans(self) -> PDCPScans:
        return PDCPScans(self)

    @property
    def assets(self) -> PDCPAssets:
        from .asset_upload import PDCPAssets  # imported when first used

        return PDCPAssets(self)


class AsyncPDCP(AsyncResources, AsyncAPIClient):
    """ProjectDiscovery Cloud Platform, for asyncio: the methods of `PDCP`, as coroutines."""

    def __init__(
        self,
        api_key: str | None = None,
        team_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        deadline: float | None = None,
        max_body_size: int | None = None,
    ) -> None:
        credentials = CredentialsFile()
        try:
            options = resolve_pdcp_options(
                credentials,
                api_key=api_key,
                team_id=team_id,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                allow_insecure_http=allow_insecure_http,
                deadline=deadline,
                max_body_size=max_body_size,
            )
        finally:  # an unsafe file is said also when the options then fail
            if credentials.warning is not None:
                warnings.warn(credentials.warning, stacklevel=2)
        super().__init__(options, http_client)

    @property
    def key_source(self) -> str:
        """Where the key came from: see `PDCP.key_source`."""
        return self._options.key_source

    @property
    def scans(self) -> AsyncPDCPScans:
        return AsyncPDCPScans(self)

    @property
    def assets(self) -> AsyncPDCPAssets:
        from .asset_upload import AsyncPDCPAssets  # imported when first used

        return AsyncPDCPAssets(self)

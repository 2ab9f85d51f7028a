"""The HostedScan client: `HostedScan` and `AsyncHostedScan`.

HostedScan has generated models only (public as `scanclients.types.Scan`, `Target`, `Risk`, ...);
its operations are a table (`_hostedscan.operations`) run
by one generic caller (`_hostedscan.flows`), written once for the sync and the async client. The
resources are `_hostedscan.scans`, `_hostedscan.targets`, `_hostedscan.resources` (results,
risks) and `_hostedscan.reports`.
"""

from __future__ import annotations

# First, so that httpx comes in without its command line (see there).
from .. import _httpx_import  # noqa: F401

# isort: split
import httpx

from .._core.base_client import AsyncAPIClient, SyncAPIClient
from .._core.options import DEFAULT_MAX_RETRIES, resolve_options
from .flows import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, ScanRiskGroups
from .operations import SERVICE
from .reports import AsyncHostedScanReports, HostedScanReports
from .resources import (
    AsyncHostedScanResults,
    AsyncHostedScanRisks,
    HostedScanResults,
    HostedScanRisks,
)
from .scans import AsyncHostedScanScans, HostedScanScans
from .targets import AsyncHostedScanTargets, HostedScanTargets

__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "SERVICE",
    "AsyncHostedScan",
    "HostedScan",
    "ScanRiskGroups",
]


class HostedScan(SyncAPIClient):
    """HostedScan.

    with HostedScan() as hs:   # HOSTEDSCAN_API_KEY and HOSTEDSCAN_BASE_URL from the environment
        scan = hs.scans.create_and_wait(type="SSLYZE", targets=["example.com"])
        hs.results.download(scan.results[0].result_id, "report.pdf")
        for risk in hs.risks.list(status="OPEN", threat_level=["HIGH", "MEDIUM"]):
            print(risk.target, risk.risk_definition.title)
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        deadline: float | None = None,
        max_body_size: int | None = None,
    ) -> None:
        options = resolve_options(
            SERVICE,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure_http=allow_insecure_http,
            deadline=deadline,
            max_body_size=max_body_size,
        )
        super().__init__(options, http_client)

    @property
    def scans(self) -> HostedScanScans:
        return HostedScanScans(self)

    @property
    def results(self) -> HostedScanResults:
        return HostedScanResults(self)

    @property
    def targets(self) -> HostedScanTargets:
        return HostedScanTargets(self)

    @property
    def risks(self) -> HostedScanRisks:
        return HostedScanRisks(self)

    @property
    def reports(self) -> HostedScanReports:
        return HostedScanReports(self)


class AsyncHostedScan(AsyncAPIClient):
    """HostedScan, for asyncio: the methods of `HostedScan`, as coroutines."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        deadline: float | None = None,
        max_body_size: int | None = None,
    ) -> None:
        options = resolve_options(
            SERVICE,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure_http=allow_insecure_http,
            deadline=deadline,
            max_body_size=max_body_size,
        )
        super().__init__(options, http_client)

    @property
    def scans(self) -> AsyncHostedScanScans:
        return AsyncHostedScanScans(self)

    @property
    def results(self) -> AsyncHostedScanResults:
        return AsyncHostedScanResults(self)

    @property
    def targets(self) -> AsyncHostedScanTargets:
        return AsyncHostedScanTargets(self)

    @property
    def risks(self) -> AsyncHostedScanRisks:
        return AsyncHostedScanRisks(self)

    @property
    def reports(self) -> AsyncHostedScanReports:
        return AsyncHostedScanReports(self)

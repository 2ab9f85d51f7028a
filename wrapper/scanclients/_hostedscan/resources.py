"""`hs.results` and `hs.risks`, sync and async.

A facade: each method runs its operation of `_hostedscan.operations` on the machinery every PDCP
method runs on (`_core.operation`; lists page with `_core.paging`, files stream with `_core.files`), or a flow
of `_hostedscan.flows`, with arguments checked by `_hostedscan.args`; the sync and async classes
differ only in their signatures and `await`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from scanclients._generated.hostedscan_models import (
    Risk,
    RiskList,
    RiskStatus,
    ScanType,
    ThreatLevel,
)

from .._core.files import AsyncDownload, Download
from .._core.operation import AsyncResource, SyncResource
from .._core.paging import AsyncPager, SyncPager
from .._core.request import Extras
from . import flows
from .args import (
    DEFAULT_MAX_PAGES,
    Escapes,
    FilePath,
    checked_path,
    id_args,
    risks_query,
    saved_path,
)
from .filters import OneOrMany
from .operations import GET_RESULT, LIST_RISKS

if TYPE_CHECKING:
    from .._core.base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncHostedScanResults",
    "AsyncHostedScanRisks",
    "HostedScanResults",
    "HostedScanRisks",
]


# --- results ------------------------------------------------------------------------------------


class HostedScanResults(SyncResource):
    _client: SyncAPIClient

    def download(self, result_id: str, path: FilePath, **escapes: Unpack[Escapes]) -> Path:
        """Stream a result file to `path`, atomically: on any failure nothing is left behind."""
        download: Download = self._call(GET_RESULT, id_args("result_id", result_id), **escapes)
        return saved_path(download.save(checked_path(path)))

    def read(self, result_id: str, **escapes: Unpack[Escapes]) -> bytes:
        """A result file's bytes, in memory (at most the client's `max_body_size`)."""
        flow = flows.read(self._client._options, result_id, Extras(**escapes))
        return self._client._run(flow)


class AsyncHostedScanResults(AsyncResource):
    _client: AsyncAPIClient

    async def download(self, result_id: str, path: FilePath, **escapes: Unpack[Escapes]) -> Path:
        """Stream a result file to `path`, atomically: see `HostedScan.results.download`."""
        download: AsyncDownload = self._call(GET_RESULT, id_args("result_id", result_id), **escapes)
        return saved_path(await download.save(checked_path(path)))

    async def read(self, result_id: str, **escapes: Unpack[Escapes]) -> bytes:
        """A result file's bytes, in memory: see `HostedScan.results.read`."""
        flow = flows.read(self._client._options, result_id, Extras(**escapes))
        return await self._client._run(flow)


# --- risks --------------------------------------------------------------------------------------


class HostedScanRisks(SyncResource):
    _client: SyncAPIClient

    def list(
        self,
        *,
        target_id: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        tags: OneOrMany[str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
        max_items: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        **escapes: Unpack[Escapes],
    ) -> SyncPager[Risk, RiskList]:
        """Every risk matching all the filters given (each one value or a list of values, any
        of which matches), page by page.

        for risk in hs.risks.list(status="OPEN", threat_level=["HIGH", "MEDIUM"]): ...
        """
        query = risks_query(target_id, status, tags, scan_type, threat_level, title)
        pager: SyncPager[Risk, RiskList] = self._call(
            LIST_RISKS, query, max_items, max_pages, **escapes
        )
        return pager

    def get(self, risk_id: str, **escapes: Unpack[Escapes]) -> Risk:
        """A risk."""
        flow = flows.get_risk(self._client._options, risk_id, Extras(**escapes))
        return self._client._run(flow)


class AsyncHostedScanRisks(AsyncResource):
    _client: AsyncAPIClient

    def list(
        self,
        *,
        target_id: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        tags: OneOrMany[str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
        max_items: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        **escapes: Unpack[Escapes],
    ) -> AsyncPager[Risk, RiskList]:
        """Every risk matching all the filters given: see `HostedScan.risks.list`."""
        query = risks_query(target_id, status, tags, scan_type, threat_level, title)
        pager: AsyncPager[Risk, RiskList] = self._call(
            LIST_RISKS, query, max_items, max_pages, **escapes
        )
        return pager

    async def get(self, risk_id: str, **escapes: Unpack[Escapes]) -> Risk:
        """A risk: see `HostedScan.risks.get`."""
        flow = flows.get_risk(self._client._options, risk_id, Extras(**escapes))
        return await self._client._run(flow)

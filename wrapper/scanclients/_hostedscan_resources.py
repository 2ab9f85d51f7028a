"""`hs.results` and `hs.risks`, sync and async.

A facade: each method runs its operation of `_hostedscan_operations` on the machinery every PDCP
method runs on (`_operation`; lists page with `_paging`, files stream with `_files`), or a flow
of `_hostedscan_flows`, with arguments checked by `_hostedscan_args`; the sync and async classes
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

from . import _hostedscan_flows as flows
from ._files import AsyncDownload, Download
from ._hostedscan_args import (
    DEFAULT_MAX_PAGES,
    Escapes,
    FilePath,
    checked_path,
    id_args,
    risks_query,
    saved_path,
)
from ._hostedscan_filters import OneOrMany
from ._hostedscan_operations import GET_RESULT, LIST_RISKS
from ._operation import AsyncResource, SyncResource
from ._paging import AsyncPager, SyncPager
from ._request import Extras

if TYPE_CHECKING:
    from ._hostedscan import AsyncHostedScan, HostedScan

__all__ = [
    "AsyncHostedScanResults",
    "AsyncHostedScanRisks",
    "HostedScanResults",
    "HostedScanRisks",
]


# --- results ------------------------------------------------------------------------------------


class HostedScanResults(SyncResource):
    _client: HostedScan

    def download(self, result_id: str, path: FilePath, **escapes: Unpack[Escapes]) -> Path:
        """Stream a result file to `path`, atomically: on any failure nothing is left behind."""
        download: Download = self._call(GET_RESULT, id_args("result_id", result_id), **escapes)
        return saved_path(download.save(checked_path(path)))

    def read(self, result_id: str, **escapes: Unpack[Escapes]) -> bytes:
        """A result file's bytes, in memory (at most the client's `max_body_size`)."""
        flow = flows.read(self._client._options, result_id, Extras(**escapes))
        return self._client._run(flow)


class AsyncHostedScanResults(AsyncResource):
    _client: AsyncHostedScan

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
    _client: HostedScan

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
    _client: AsyncHostedScan

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

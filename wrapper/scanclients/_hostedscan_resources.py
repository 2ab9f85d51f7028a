"""`hs.results`, `hs.risks` and `hs.reports`, sync and async.

Each method runs its operation of `_hostedscan_operations` on the machinery every PDCP method
runs on (`_operation`; lists page with `_paging`, files stream with `_files`); the sync and async
classes differ only in awaiting.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hostedscan_models import (
    Report,
    ReportFormat,
    Risk,
    RiskList,
    RiskStatus,
    ScanType,
    ThreatLevel,
)

from . import _hostedscan_flows as flows
from ._files import AsyncDownload, Download, Saved
from ._hostedscan_bodies import create_report_body
from ._hostedscan_filters import RISK_FILTERS, OneOrMany, filters_query
from ._hostedscan_flows import checked_id, checked_path, data_of
from ._hostedscan_operations import CREATE_REPORT, GET_REPORT, GET_RESULT, LIST_RISKS
from ._operation import AsyncResource, SyncResource
from ._paging import AsyncPager, SyncPager

if TYPE_CHECKING:
    from ._hostedscan import AsyncHostedScan, HostedScan

__all__ = [
    "AsyncHostedScanReports",
    "AsyncHostedScanResults",
    "AsyncHostedScanRisks",
    "HostedScanReports",
    "HostedScanResults",
    "HostedScanRisks",
]

FilePath = str | os.PathLike[str]


def _saved(result: object) -> Path:
    # These operations answer only a file, so the machinery never reports an export started.
    assert isinstance(result, Saved), result
    return result.path


# --- results ------------------------------------------------------------------------------------


def _result(result_id: str) -> dict[str, Any]:
    return {"result_id": checked_id("result_id", result_id)}


class HostedScanResults(SyncResource):
    _client: HostedScan

    def download(self, result_id: str, path: FilePath) -> Path:
        """Stream a result file to `path`, atomically: on any failure nothing is left behind."""
        download: Download = self._call(GET_RESULT, _result(result_id))
        return _saved(download.save(checked_path(path)))

    def read(self, result_id: str) -> bytes:
        """A result file's bytes, in memory."""
        download: Download = self._call(GET_RESULT, _result(result_id))
        return b"".join(download.iter_bytes())


class AsyncHostedScanResults(AsyncResource):
    _client: AsyncHostedScan

    async def download(self, result_id: str, path: FilePath) -> Path:
        """Stream a result file to `path`, atomically: see `HostedScan.results.download`."""
        download: AsyncDownload = self._call(GET_RESULT, _result(result_id))
        return _saved(await download.save(checked_path(path)))

    async def read(self, result_id: str) -> bytes:
        """A result file's bytes, in memory."""
        download: AsyncDownload = self._call(GET_RESULT, _result(result_id))
        return b"".join([chunk async for chunk in download.aiter_bytes()])


# --- risks --------------------------------------------------------------------------------------


def _risk_filters(**filters: object) -> dict[str, str]:
    return filters_query(RISK_FILTERS, filters)


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
    ) -> SyncPager[Risk, RiskList]:
        """Every risk matching all the filters given (each one value or a list of values, any
        of which matches), page by page.

        for risk in hs.risks.list(status="OPEN", threat_level=["HIGH", "MEDIUM"]): ...
        """
        query = _risk_filters(
            target_id=target_id,
            status=status,
            tags=tags,
            scan_type=scan_type,
            threat_level=threat_level,
            title=title,
        )
        pager: SyncPager[Risk, RiskList] = self._call(LIST_RISKS, query, max_items)
        return pager

    def get(self, risk_id: str) -> Risk:
        """A risk."""
        return self._client._run(flows.get_risk(self._client._options, risk_id))


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
    ) -> AsyncPager[Risk, RiskList]:
        """Every risk matching all the filters given: see `HostedScan.risks.list`."""
        query = _risk_filters(
            target_id=target_id,
            status=status,
            tags=tags,
            scan_type=scan_type,
            threat_level=threat_level,
            title=title,
        )
        pager: AsyncPager[Risk, RiskList] = self._call(LIST_RISKS, query, max_items)
        return pager

    async def get(self, risk_id: str) -> Risk:
        """A risk."""
        return await self._client._run(flows.get_risk(self._client._options, risk_id))


# --- reports ------------------------------------------------------------------------------------


def _report_body(
    report_format: ReportFormat | str,
    target_ids: OneOrMany[str] | None,
    tags: OneOrMany[str] | None,
    **risk_filters: object,
) -> dict[str, Any]:
    return create_report_body(report_format, target_ids, tags, risk_filters)


def _report(report_id: str) -> dict[str, Any]:
    return {"report_id": checked_id("report_id", report_id)}


class HostedScanReports(SyncResource):
    _client: HostedScan

    def create(
        self,
        *,
        format: ReportFormat | str = "PDF",
        target_ids: OneOrMany[str] | None = None,
        tags: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
    ) -> Report:
        """Generate a report (PDF or HTML) of the risks on the targets given by id or by tag,
        filtered as `risks.list`; download it with `download(report.id, path)`."""
        body = _report_body(
            format,
            target_ids,
            tags,
            status=status,
            scan_type=scan_type,
            threat_level=threat_level,
            title=title,
        )
        report: Report = data_of(self._call(CREATE_REPORT, body))
        return report

    def download(self, report_id: str, path: FilePath) -> Path:
        """Stream a report file to `path`, atomically: on any failure nothing is left behind."""
        download: Download = self._call(GET_REPORT, _report(report_id))
        return _saved(download.save(checked_path(path)))

    def create_and_download(
        self,
        path: FilePath,
        *,
        format: ReportFormat | str = "PDF",
        target_ids: OneOrMany[str] | None = None,
        tags: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
    ) -> Path:
        """`create` a report, then `download` it to `path` (atomically). The path is checked
        before the report is created."""
        body = _report_body(
            format,
            target_ids,
            tags,
            status=status,
            scan_type=scan_type,
            threat_level=threat_level,
            title=title,
        )
        checked_path(path)
        report: Report = self._call(CREATE_REPORT, body).data
        return self.download(report.id, path)


class AsyncHostedScanReports(AsyncResource):
    _client: AsyncHostedScan

    async def create(
        self,
        *,
        format: ReportFormat | str = "PDF",
        target_ids: OneOrMany[str] | None = None,
        tags: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
    ) -> Report:
        """Generate a report: see `HostedScan.reports.create`."""
        body = _report_body(
            format,
            target_ids,
            tags,
            status=status,
            scan_type=scan_type,
            threat_level=threat_level,
            title=title,
        )
        report: Report = data_of(await self._call(CREATE_REPORT, body))
        return report

    async def download(self, report_id: str, path: FilePath) -> Path:
        """Stream a report file to `path`, atomically."""
        download: AsyncDownload = self._call(GET_REPORT, _report(report_id))
        return _saved(await download.save(checked_path(path)))

    async def create_and_download(
        self,
        path: FilePath,
        *,
        format: ReportFormat | str = "PDF",
        target_ids: OneOrMany[str] | None = None,
        tags: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
    ) -> Path:
        """`create` a report, then `download` it to `path` (atomically)."""
        body = _report_body(
            format,
            target_ids,
            tags,
            status=status,
            scan_type=scan_type,
            threat_level=threat_level,
            title=title,
        )
        checked_path(path)
        report: Report = (await self._call(CREATE_REPORT, body)).data
        return await self.download(report.id, path)

"""`hs.results`, `hs.risks` and `hs.reports`, sync and async.

Each method builds its request from the operation table and runs the one generic caller; the
sync and async classes differ only in how they run the flow.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hostedscan_models import Report, ReportFormat, Risk, RiskStatus, ScanType, ThreatLevel

from . import _hostedscan_flows as flows
from ._download import AtomicFile
from ._flow import Flow
from ._hostedscan_bodies import create_report_body
from ._hostedscan_filters import RISK_FILTERS, OneOrMany, filters_query
from ._hostedscan_operations import CREATE_REPORT, GET_REPORT, GET_RESULT, LIST_RISKS
from ._options import ClientOptions

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


# --- results ------------------------------------------------------------------------------------


class HostedScanResults:
    def __init__(self, client: HostedScan) -> None:
        self._client = client

    def download(self, result_id: str, path: FilePath) -> Path:
        """Stream a result file to `path`, atomically: on any failure nothing is left behind."""
        options = self._client._options
        return self._client._run(flows.download_file(options, GET_RESULT, result_id, path))

    def read(self, result_id: str) -> bytes:
        """A result file's bytes, in memory."""
        return self._client._run(flows.read_file(self._client._options, GET_RESULT, result_id))


class AsyncHostedScanResults:
    def __init__(self, client: AsyncHostedScan) -> None:
        self._client = client

    async def download(self, result_id: str, path: FilePath) -> Path:
        """Stream a result file to `path`, atomically: see `HostedScan.results.download`."""
        flow = flows.download_file(self._client._options, GET_RESULT, result_id, path)
        return await self._client._run(flow)

    async def read(self, result_id: str) -> bytes:
        """A result file's bytes, in memory."""
        flow = flows.read_file(self._client._options, GET_RESULT, result_id)
        return await self._client._run(flow)


# --- risks --------------------------------------------------------------------------------------


def _risk_pages(options: ClientOptions, filters: dict[str, object]) -> flows.Pages[Risk]:
    return flows.Pages(options, LIST_RISKS, filters_query(RISK_FILTERS, filters))


class HostedScanRisks:
    def __init__(self, client: HostedScan) -> None:
        self._client = client

    def list(
        self,
        *,
        target_id: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        tags: OneOrMany[str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
    ) -> Iterator[Risk]:
        """Every risk matching all the filters given (each one value or a list of values, any
        of which matches), page by page.

        for risk in hs.risks.list(status="OPEN", threat_level=["HIGH", "MEDIUM"]): ...
        """
        filters: dict[str, object] = {"target_id": target_id, "status": status, "tags": tags}
        filters.update(scan_type=scan_type, threat_level=threat_level, title=title)
        return self._iterate(_risk_pages(self._client._options, filters))

    def _iterate(self, pages: flows.Pages[Risk]) -> Iterator[Risk]:
        while not pages.done:
            yield from self._client._run(pages.next_page())

    def get(self, risk_id: str) -> Risk:
        """A risk."""
        return self._client._run(flows.get_risk(self._client._options, risk_id))


class AsyncHostedScanRisks:
    def __init__(self, client: AsyncHostedScan) -> None:
        self._client = client

    def list(
        self,
        *,
        target_id: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        tags: OneOrMany[str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
    ) -> AsyncIterator[Risk]:
        """Every risk matching all the filters given: see `HostedScan.risks.list`."""
        filters: dict[str, object] = {"target_id": target_id, "status": status, "tags": tags}
        filters.update(scan_type=scan_type, threat_level=threat_level, title=title)
        return self._iterate(_risk_pages(self._client._options, filters))

    async def _iterate(self, pages: flows.Pages[Risk]) -> AsyncIterator[Risk]:
        while not pages.done:
            for risk in await self._client._run(pages.next_page()):
                yield risk

    async def get(self, risk_id: str) -> Risk:
        """A risk."""
        return await self._client._run(flows.get_risk(self._client._options, risk_id))


# --- reports ------------------------------------------------------------------------------------


def _create_report(
    options: ClientOptions,
    report_format: ReportFormat | str,
    target_ids: Sequence[str] | None,
    tags: Sequence[str] | None,
    risk_filters: dict[str, object],
) -> Flow[Report]:
    body = create_report_body(report_format, target_ids, tags, risk_filters)
    return flows.call(options, CREATE_REPORT, json_body=body)


def _create_and_download(
    options: ClientOptions, path: FilePath, create: Flow[Report]
) -> Flow[Path]:
    # The path is checked (and its temp file made) before the report is created.
    with AtomicFile(path) as target:
        report = yield from create
        yield from flows.drain_file(options, GET_REPORT, report.id, target)
    return target.path


class HostedScanReports:
    def __init__(self, client: HostedScan) -> None:
        self._client = client

    def create(
        self,
        *,
        format: ReportFormat | str = "PDF",
        target_ids: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
    ) -> Report:
        """Generate a report (PDF or HTML) of the risks on the targets given by id or by tag,
        filtered as `risks.list`; download it with `download(report.id, path)`."""
        filters = {"status": status, "scan_type": scan_type, "threat_level": threat_level}
        flow = _create_report(
            self._client._options, format, target_ids, tags, {**filters, "title": title}
        )
        return self._client._run(flow)

    def download(self, report_id: str, path: FilePath) -> Path:
        """Stream a report file to `path`, atomically: on any failure nothing is left behind."""
        options = self._client._options
        return self._client._run(flows.download_file(options, GET_REPORT, report_id, path))

    def create_and_download(
        self,
        path: FilePath,
        *,
        format: ReportFormat | str = "PDF",
        target_ids: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
    ) -> Path:
        """`create` a report, then `download` it to `path` (atomically)."""
        filters = {"status": status, "scan_type": scan_type, "threat_level": threat_level}
        options = self._client._options
        create = _create_report(options, format, target_ids, tags, {**filters, "title": title})
        return self._client._run(_create_and_download(options, path, create))


class AsyncHostedScanReports:
    def __init__(self, client: AsyncHostedScan) -> None:
        self._client = client

    async def create(
        self,
        *,
        format: ReportFormat | str = "PDF",
        target_ids: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
    ) -> Report:
        """Generate a report: see `HostedScan.reports.create`."""
        filters = {"status": status, "scan_type": scan_type, "threat_level": threat_level}
        flow = _create_report(
            self._client._options, format, target_ids, tags, {**filters, "title": title}
        )
        return await self._client._run(flow)

    async def download(self, report_id: str, path: FilePath) -> Path:
        """Stream a report file to `path`, atomically."""
        options = self._client._options
        return await self._client._run(flows.download_file(options, GET_REPORT, report_id, path))

    async def create_and_download(
        self,
        path: FilePath,
        *,
        format: ReportFormat | str = "PDF",
        target_ids: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
    ) -> Path:
        """`create` a report, then `download` it to `path` (atomically)."""
        filters = {"status": status, "scan_type": scan_type, "threat_level": threat_level}
        options = self._client._options
        create = _create_report(options, format, target_ids, tags, {**filters, "title": title})
        return await self._client._run(_create_and_download(options, path, create))

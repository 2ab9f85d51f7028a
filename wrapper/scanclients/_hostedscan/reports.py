"""`hs.reports`: reports of risks as PDF or HTML, created and downloaded; sync and async.

A facade: each method runs its operation of `_hostedscan.operations` on the machinery every PDCP
method runs on (`_core.operation`; the file streams with `_core.files`), with arguments checked by
`_hostedscan.args`; the sync and async classes differ only in their signatures and `await`.
`with_raw_response` has `create` (its `.parse()` is the `Report`); `download` and
`create_and_download` write files and are not on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from .._core.files import AsyncDownload, Download
from .._core.operation import AsyncRawView, AsyncResource, SyncRawView, SyncResource
from ..errors import ScanClientsError
from .args import (
    Escapes,
    FilePath,
    ReportFormatName,
    checked_path,
    create_report_args,
    data_of,
    id_args,
    saved_path,
)
from .filters import OneOrMany
from .operations import CREATE_REPORT, GET_REPORT

if TYPE_CHECKING:
    from scanclients._generated.hostedscan_models import (
        Report,
        ReportFormat,
        RiskStatus,
        ScanType,
        ThreatLevel,
    )

    from .._core.base_client import AsyncAPIClient, SyncAPIClient
    from .._core.operation import RawResponse

__all__ = [
    "AsyncHostedScanReports",
    "AsyncHostedScanReportsWithRawResponse",
    "HostedScanReports",
    "HostedScanReportsWithRawResponse",
]


class HostedScanReports(SyncResource):
    _client: SyncAPIClient

    @property
    def with_raw_response(self) -> HostedScanReportsWithRawResponse:
        """`create`, answering its `RawResponse` (`.parse()` is the `Report`)."""
        return HostedScanReportsWithRawResponse(self._client)

    def create(
        self,
        *,
        format: ReportFormat | ReportFormatName = "PDF",
        target_ids: OneOrMany[str] | None = None,
        tags: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> Report:
        """Generate a report (PDF or HTML) of the risks on the targets given by id or by tag,
        filtered as `risks.list`; download it with `download(report.id, path)`."""
        body = create_report_args(format, target_ids, tags, status, scan_type, threat_level, title)
        report: Report = data_of(self._call(CREATE_REPORT, body, **escapes))
        return report

    def download(self, report_id: str, path: FilePath, **escapes: Unpack[Escapes]) -> Path:
        """Stream a report file to `path`, atomically: on any failure nothing is left behind."""
        download: Download = self._call(GET_REPORT, id_args("report_id", report_id), **escapes)
        return saved_path(download.save(checked_path(path)))

    def create_and_download(
        self,
        path: FilePath,
        *,
        format: ReportFormat | ReportFormatName = "PDF",
        target_ids: OneOrMany[str] | None = None,
        tags: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
    ) -> Path:
        """`create` a report, then `download` it to `path` (atomically). The path is checked
        before the report is created; an error after the create carries the report's id
        (`created_id`)."""
        body = create_report_args(format, target_ids, tags, status, scan_type, threat_level, title)
        checked_path(path)
        report: Report = self._call(CREATE_REPORT, body).data
        try:
            return self.download(report.id, path)
        except ScanClientsError as error:
            error.note_created(report.id, kind="report")  # download it again by its id
            raise


class AsyncHostedScanReports(AsyncResource):
    _client: AsyncAPIClient

    @property
    def with_raw_response(self) -> AsyncHostedScanReportsWithRawResponse:
        """`create`, answering its `RawResponse` (`.parse()` is the `Report`)."""
        return AsyncHostedScanReportsWithRawResponse(self._client)

    async def create(
        self,
        *,
        format: ReportFormat | ReportFormatName = "PDF",
        target_ids: OneOrMany[str] | None = None,
        tags: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> Report:
        """Generate a report: see `HostedScan.reports.create`."""
        body = create_report_args(format, target_ids, tags, status, scan_type, threat_level, title)
        report: Report = data_of(await self._call(CREATE_REPORT, body, **escapes))
        return report

    async def download(self, report_id: str, path: FilePath, **escapes: Unpack[Escapes]) -> Path:
        """Stream a report file to `path`, atomically: see `HostedScan.reports.download`."""
        download: AsyncDownload = self._call(GET_REPORT, id_args("report_id", report_id), **escapes)
        return saved_path(await download.save(checked_path(path)))

    async def create_and_download(
        self,
        path: FilePath,
        *,
        format: ReportFormat | ReportFormatName = "PDF",
        target_ids: OneOrMany[str] | None = None,
        tags: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
    ) -> Path:
        """`create` a report, then `download` it: see `HostedScan.reports.create_and_download`."""
        body = create_report_args(format, target_ids, tags, status, scan_type, threat_level, title)
        checked_path(path)
        report: Report = (await self._call(CREATE_REPORT, body)).data
        try:
            return await self.download(report.id, path)
        except ScanClientsError as error:
            error.note_created(report.id, kind="report")  # download it again by its id
            raise


class HostedScanReportsWithRawResponse(SyncRawView):
    """`hs.reports.with_raw_response`: `create`, one request."""

    def create(
        self,
        *,
        format: ReportFormat | ReportFormatName = "PDF",
        target_ids: OneOrMany[str] | None = None,
        tags: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[Report]:
        body = create_report_args(format, target_ids, tags, status, scan_type, threat_level, title)
        return self._raw_call(CREATE_REPORT, body, then=data_of, **escapes)


class AsyncHostedScanReportsWithRawResponse(AsyncRawView):
    """`hs.reports.with_raw_response` of AsyncHostedScan: `create`, a coroutine."""

    async def create(
        self,
        *,
        format: ReportFormat | ReportFormatName = "PDF",
        target_ids: OneOrMany[str] | None = None,
        tags: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[Report]:
        body = create_report_args(format, target_ids, tags, status, scan_type, threat_level, title)
        return await self._raw_call(CREATE_REPORT, body, then=data_of, **escapes)

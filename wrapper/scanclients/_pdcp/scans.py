"""`pd.scans`: the generated scan operations and the hand-made methods, sync and async.

The hand-made methods are `create`, `wait`, `create_and_wait`, `findings`, `export` and
`import_results`; the generated operations whose names they take stay reachable as `create_api`
and `export_api` (iterating bytes, an asynchronous export, filters by query). Each method runs a
flow of `_pdcp.flows` (or a generated operation); the sync and async classes differ only in how
they run it. Warnings are given here, at the caller's line (stacklevel 2). `wait`, `findings` and
`export` take a scan as its id or as the object itself (`ScanRef`: the created scan, say).

`with_raw_response` is the generated view plus `create` (the raw create answer); the helpers that
send more than one request or stream to a file (wait, create_and_wait, findings, export,
import_results) are not on it, so reaching for one is a type error and an `AttributeError`.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from scanclients._generated.pdcp_client.resources.scans import (
    AsyncScans,
    AsyncScansWithRawResponse,
    Scans,
    ScansWithRawResponse,
)

from .._core.polling import WaitPlan
from .._core.text import ScanRef, scan_id_of
from . import flows
from .export_stream import DEFAULT_MAX_RECORD_BYTES, FindingsDecoder, PDCPFinding, adecoded, decoded
from .flows import CreatedScan, ExportFormat, ScanProgress
from .nuclei_import import MAX_CHUNK_BYTES, ImportResult, ImportSource
from .wait import DEFAULT_MAX_POLL_INTERVAL, DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT

if TYPE_CHECKING:
    from scanclients._generated.pdcp_client.models.scan_status_item import ScanStatusItem
    from scanclients._generated.pdcp_client.params import CreateScanRequestParams

    from .._core.base_client import AsyncAPIClient, SyncAPIClient
    from .._core.operation import RawResponse

__all__ = [
    "AsyncPDCPScans",
    "AsyncPDCPScansWithRawResponse",
    "PDCPScans",
    "PDCPScansWithRawResponse",
]


class PDCPScansWithRawResponse(ScansWithRawResponse):
    """`pd.scans.with_raw_response`: the generated operations, and `create`."""

    def create(self, **params: Unpack[CreateScanRequestParams]) -> RawResponse[CreatedScan]:
        """`create` answering its `RawResponse`: one request; `.parse()` is the created scan
        `create` returns (checked the same way; the truncation warning is `create`'s alone)."""
        return self._client._run(flows.create_raw(self._client._options, params))


class AsyncPDCPScansWithRawResponse(AsyncScansWithRawResponse):
    """`pd.scans.with_raw_response` of AsyncPDCP: see `PDCPScansWithRawResponse`."""

    async def create(self, **params: Unpack[CreateScanRequestParams]) -> RawResponse[CreatedScan]:
        """`create` answering its `RawResponse`: see `PDCP.scans.with_raw_response.create`."""
        return await self._client._run(flows.create_raw(self._client._options, params))


class PDCPScans(Scans):
    """`pd.scans`: the generated scan operations, and the hand-made `create`, `wait`,
    `create_and_wait`, `findings`, `export` and `import_results`."""

    _client: SyncAPIClient

    @property
    def with_raw_response(self) -> PDCPScansWithRawResponse:
        """The generated operations and `create`, each answering its `RawResponse`."""
        return PDCPScansWithRawResponse(self._client)

    def create(self, **params: Unpack[CreateScanRequestParams]) -> CreatedScan:
        """Create (trigger) a scan. Every property of the spec's request body is a keyword.

        Nested objects may be the generated models or plain dicts; `private_templates` items may
        also be paths of nuclei template files. A non-zero `truncated_scan_targets` in the answer
        warns with `TruncatedTargetsWarning`. Not retried once it may have reached the service.
        """
        created = self._client._run(flows.create(self._client._options, params))
        if (warning := flows.truncation(created)) is not None:
            warnings.warn(warning, stacklevel=2)
        return created

    def wait(
        self,
        scan_id: ScanRef,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ScanProgress | None = None,
    ) -> ScanStatusItem:
        """Poll `GET /v1/scans/{scan_id}` until the scan is final and return it when finished.
        `scan_id` is the id, or the scan itself (what `create` returned, or a `ScanStatusItem`).

        A failed or stopped scan raises `ScanFailedError` (`.scan`, `.failure_reason`); the
        deadline (`timeout` seconds, exact: the polls count against it) raises `WaitTimeoutError`
        with the last scan seen. The interval starts at `poll_interval` and grows by half each
        poll up to `max_poll_interval`. Unknown statuses are waited through. `on_progress` sees
        each scan whose status or progress changed.

            scan = pd.scans.wait(scan_id, timeout=1800, on_progress=lambda s: print(s.progress))
        """
        plan = WaitPlan.checked(timeout, poll_interval, max_poll_interval)
        flow = flows.wait(self._client._options, scan_id_of("scan_id", scan_id), plan, on_progress)
        result: ScanStatusItem = self._client._run(flow)
        return result

    def create_and_wait(
        self,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ScanProgress | None = None,
        **params: Unpack[CreateScanRequestParams],
    ) -> ScanStatusItem:
        """`create(**params)`, then `wait` for that scan. Never a duplicate: any error after the
        create carries the new scan's id as `created_id` and says that the scan exists."""
        plan = WaitPlan.checked(timeout, poll_interval, max_poll_interval)
        created = self._client._run(flows.create(self._client._options, params))
        if (warning := flows.truncation(created)) is not None:
            warnings.warn(warning, stacklevel=2)
        flow = flows.wait_for(self._client._options, created, plan, on_progress)
        result: ScanStatusItem = self._client._run(flow)
        return result

    def findings(
        self, scan_id: ScanRef, *, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    ) -> Iterator[PDCPFinding]:
        """The scan's findings, streamed from its JSON export in constant memory.

        Each is a `PDCPFinding` (template_id, name, severity, host, matched_at, timestamp, and
        the whole record in `raw`). `scan_id` is the id or the scan itself, as for `wait`. A broken record raises `MalformedRecordError` naming it.
        `pd.results.list(...)` stays the way to query findings across scans.
        """
        download = self.export_api(scan_id_of("scan_id", scan_id), type_="json")
        return decoded(download.iter_bytes(), FindingsDecoder(max_record_bytes=max_record_bytes))

    def export(
        self, scan_id: ScanRef, path: str | os.PathLike[str], *, format: ExportFormat = "json"
    ) -> Path:
        """Stream the scan's export (json, csv or pdf) to `path`, atomically: the file appears
        whole or not at all. The generated operation is `export_api`."""
        scan = scan_id_of("scan_id", scan_id)
        download = self.export_api(scan, type_=flows.export_format(format))
        return flows.saved_path(download.save(path))

    def import_results(
        self,
        source: ImportSource,
        *,
        name: str | None = None,
        scan_id: str | None = None,
        start_line: int = 1,
        max_chunk_bytes: int = MAX_CHUNK_BYTES,
        check_first: bool = True,
        on_progress: Callable[[ImportResult], object] | None = None,
    ) -> ImportResult:
        """Import nuclei JSONL results (a path, a file object or an iterable of lines).

        Every line is checked to be a JSON object before anything is sent. The first chunk
        (at most 4 MB of whole lines) creates a scan, the rest are appended; `scan_id=` appends
        to an existing scan from `start_line` on. An interruption raises `ImportInterruptedError`
        naming the scan and the line to resume from; no chunk is ever sent twice on its own.

        `check_first=False` checks the first chunk before sending and each next one while the
        service answers the one before: the first request goes out at once and the check costs
        next to no time (checking first is one more pass over the source: 0.2 s a 100 MB on our
        2-core bench), but a bad line past the first chunk then stops the import part way, an
        `ImportInterruptedError` naming the line, with the lines before it in the scan.

            result = pd.scans.import_results("nuclei.jsonl", name="local run")
        """
        flow = flows.import_results(
            self._client._options,
            source,
            name=name,
            scan_id=scan_id,
            start_line=start_line,
            max_chunk_bytes=max_chunk_bytes,
            check_first=check_first,
            on_progress=on_progress,
        )
        return self._client._run(flow)


class AsyncPDCPScans(AsyncScans):
    """`pd.scans` of AsyncPDCP: the methods of `PDCPScans`, as coroutines."""

    _client: AsyncAPIClient

    @property
    def with_raw_response(self) -> AsyncPDCPScansWithRawResponse:
        """The generated operations and `create`, each answering its `RawResponse`."""
        return AsyncPDCPScansWithRawResponse(self._client)

    async def create(self, **params: Unpack[CreateScanRequestParams]) -> CreatedScan:
        """Create (trigger) a scan: see `PDCP.scans.create`."""
        created = await self._client._run(flows.create(self._client._options, params))
        if (warning := flows.truncation(created)) is not None:
            warnings.warn(warning, stacklevel=2)
        return created

    async def wait(
        self,
        scan_id: ScanRef,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ScanProgress | None = None,
    ) -> ScanStatusItem:
        """Poll until the scan is final: see `PDCP.scans.wait`."""
        plan = WaitPlan.checked(timeout, poll_interval, max_poll_interval)
        flow = flows.wait(self._client._options, scan_id_of("scan_id", scan_id), plan, on_progress)
        result: ScanStatusItem = await self._client._run(flow)
        return result

    async def create_and_wait(
        self,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ScanProgress | None = None,
        **params: Unpack[CreateScanRequestParams],
    ) -> ScanStatusItem:
        """`create`, then `wait`: see `PDCP.scans.create_and_wait`."""
        plan = WaitPlan.checked(timeout, poll_interval, max_poll_interval)
        created = await self._client._run(flows.create(self._client._options, params))
        if (warning := flows.truncation(created)) is not None:
            warnings.warn(warning, stacklevel=2)
        flow = flows.wait_for(self._client._options, created, plan, on_progress)
        result: ScanStatusItem = await self._client._run(flow)
        return result

    def findings(
        self, scan_id: ScanRef, *, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    ) -> AsyncIterator[PDCPFinding]:
        """The scan's findings, streamed (`async for`): see `PDCP.scans.findings`."""
        download = self.export_api(scan_id_of("scan_id", scan_id), type_="json")
        decoder = FindingsDecoder(max_record_bytes=max_record_bytes)
        return adecoded(download.aiter_bytes(), decoder)

    async def export(
        self, scan_id: ScanRef, path: str | os.PathLike[str], *, format: ExportFormat = "json"
    ) -> Path:
        """Stream the scan's export to `path`, atomically: see `PDCP.scans.export`."""
        scan = scan_id_of("scan_id", scan_id)
        download = self.export_api(scan, type_=flows.export_format(format))
        return flows.saved_path(await download.save(path))

    async def import_results(
        self,
        source: ImportSource,
        *,
        name: str | None = None,
        scan_id: str | None = None,
        start_line: int = 1,
        max_chunk_bytes: int = MAX_CHUNK_BYTES,
        check_first: bool = True,
        on_progress: Callable[[ImportResult], object] | None = None,
    ) -> ImportResult:
        """Import nuclei JSONL results: see `PDCP.scans.import_results`."""
        flow = flows.import_results(
            self._client._options,
            source,
            name=name,
            scan_id=scan_id,
            start_line=start_line,
            max_chunk_bytes=max_chunk_bytes,
            check_first=check_first,
            on_progress=on_progress,
        )
        return await self._client._run(flow)

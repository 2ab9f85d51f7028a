"""The hand-made helpers of `pd.scans`: wait, create_and_wait, findings, export, import_results.

They are built on the generated operations (`GET /v1/scans/{scan_id}`, the scan export) and the
shared machinery that serves them; the logic lives in sans-I/O flows and decoders
(`_pdcp_wait`, `_findings_stream`, `_nuclei_import`), so the sync and async classes below only
run them. `export` is a helper name: the generated operation stays reachable as `export_api`
(iterating bytes, an asynchronous export, filters by query).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Unpack, cast

from scanclients._generated.pdcp_client.resources import scans as _generated

from ._files import ExportStarted
from ._findings_stream import DEFAULT_MAX_RECORD_BYTES, FindingsDecoder, PDCPFinding
from ._flow import Flow
from ._nuclei_import import MAX_CHUNK_BYTES, ImportResult, ImportSource, import_flow, prepare
from ._operation import call_flow
from ._operation_spec import Operation
from ._options import ClientOptions
from ._pdcp_wait import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    create_and_wait_flow,
    wait_flow,
)
from ._polling import WaitPlan
from ._request import Extras, build
from .errors import APIError, ValidationError

if TYPE_CHECKING:
    from scanclients._generated.pdcp_client.models.scan_status_item import ScanStatusItem
    from scanclients._generated.pdcp_client.params import CreateScanRequestParams
    from scanclients._generated.pdcp_client.resources.scans import AsyncScans, Scans

    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncScanHelpers", "ExportFormat", "ScanHelpers"]

ExportFormat = Literal["json", "csv", "pdf"]
_FORMATS = ("json", "csv", "pdf")
ScanProgress = Callable[["ScanStatusItem"], object]


def _operation(operation_id: str) -> Operation:
    """The generated operation, found by its operationId (not by a generated private name)."""
    for value in vars(_generated).values():
        if isinstance(value, Operation) and value.operation_id == operation_id:
            return value
    raise LookupError(f"the generated scans resource has no operation {operation_id}")


def _fetcher(options: ClientOptions, scan_id: str) -> Callable[[float], Flow[Any]]:
    """`GET /v1/scans/{scan_id}` as a flow, its request allowed no longer than the time left."""
    op = _operation("get-v1-scans-scan_id")
    build(op, options, {"scan_id": scan_id}, Extras())  # a bad id fails now, before any I/O

    def fetch(time_left: float) -> Flow[Any]:
        read = options.timeout.read
        timeout = time_left if read is None else min(read, time_left)
        request = build(op, options, {"scan_id": scan_id}, Extras(timeout=timeout))
        return (yield from call_flow(op, options, request, False))

    return fetch


def _export_format(format: str) -> ExportFormat:
    if format not in _FORMATS:
        raise ValidationError("format", f"expected one of {', '.join(_FORMATS)}, got {format!r}")
    return cast(ExportFormat, format)


def _saved_path(saved: Any) -> Path:
    if isinstance(saved, ExportStarted):
        raise APIError(
            f"the service started an asynchronous export ({saved.export_id}) instead of"
            " answering the file; fetch it when it is ready",
            service="PDCP",
        )
    return Path(saved.path)


class ScanHelpers:
    """Mixed into `pd.scans` (sync)."""

    _client: SyncAPIClient

    def wait(
        self,
        scan_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ScanProgress | None = None,
    ) -> ScanStatusItem:
        """Poll `GET /v1/scans/{scan_id}` until the scan is final and return it when finished.

        A failed or stopped scan raises `ScanFailedError` (`.scan`, `.failure_reason`); the
        deadline (`timeout` seconds, exact: the polls count against it) raises `WaitTimeoutError`
        with the last scan seen. The interval starts at `poll_interval` and grows by half each
        poll up to `max_poll_interval`. Unknown statuses are waited through. `on_progress` sees
        each scan whose status or progress changed.

            scan = pd.scans.wait(scan_id, timeout=1800, on_progress=lambda s: print(s.progress))
        """
        plan = WaitPlan.checked(timeout, poll_interval, max_poll_interval)
        fetch = _fetcher(self._client._options, scan_id)
        result: ScanStatusItem = self._client._run(wait_flow(plan, fetch, on_progress))
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
        flow = _create_and_wait(
            self._client._options,
            dict(params),
            on_progress,
            WaitPlan.checked(timeout, poll_interval, max_poll_interval),
        )
        result: ScanStatusItem = self._client._run(flow)
        return result

    def findings(
        self, scan_id: str, *, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    ) -> Iterator[PDCPFinding]:
        """The scan's findings, streamed from its JSON export in constant memory.

        Each is a `PDCPFinding` (template_id, name, severity, host, matched_at, timestamp, and
        the whole record in `raw`). A broken record raises `MalformedRecordError` naming it.
        `pd.results.list(...)` stays the way to query findings across scans.
        """
        download = cast("Scans", self).export_api(scan_id, type_="json")
        return _decoded(download.iter_bytes(), FindingsDecoder(max_record_bytes=max_record_bytes))

    def export(
        self, scan_id: str, path: str | os.PathLike[str], *, format: ExportFormat = "json"
    ) -> Path:
        """Stream the scan's export (json, csv or pdf) to `path`, atomically: the file appears
        whole or not at all. The generated operation is `export_api`."""
        return _saved_path(
            cast("Scans", self).export_api(scan_id, type_=_export_format(format)).save(path)
        )

    def import_results(
        self,
        source: ImportSource,
        *,
        name: str | None = None,
        scan_id: str | None = None,
        start_line: int = 1,
        max_chunk_bytes: int = MAX_CHUNK_BYTES,
        on_progress: Callable[[ImportResult], object] | None = None,
    ) -> ImportResult:
        """Import nuclei JSONL results (a path, a file object or an iterable of lines).

        Every line is checked to be a JSON object before anything is sent. The first chunk
        (at most 4 MB of whole lines) creates a scan, the rest are appended; `scan_id=` appends
        to an existing scan from `start_line` on. An interruption raises `ImportInterruptedError`
        naming the scan and the line to resume from; no chunk is ever sent twice on its own.

            result = pd.scans.import_results("nuclei.jsonl", name="local run")
        """
        prepared = prepare(source, start_line=start_line, max_chunk_bytes=max_chunk_bytes)
        flow = import_flow(
            self._client._options, prepared, name=name, scan_id=scan_id, on_progress=on_progress
        )
        return self._client._run(flow)


class AsyncScanHelpers:
    """Mixed into `pd.scans` of AsyncPDCP: the helpers of `ScanHelpers` for asyncio."""

    _client: AsyncAPIClient

    async def wait(
        self,
        scan_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ScanProgress | None = None,
    ) -> ScanStatusItem:
        """Poll until the scan is final: see `PDCP.scans.wait`."""
        plan = WaitPlan.checked(timeout, poll_interval, max_poll_interval)
        fetch = _fetcher(self._client._options, scan_id)
        result: ScanStatusItem = await self._client._run(wait_flow(plan, fetch, on_progress))
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
        flow = _create_and_wait(
            self._client._options,
            dict(params),
            on_progress,
            WaitPlan.checked(timeout, poll_interval, max_poll_interval),
        )
        result: ScanStatusItem = await self._client._run(flow)
        return result

    def findings(
        self, scan_id: str, *, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    ) -> AsyncIterator[PDCPFinding]:
        """The scan's findings, streamed (`async for`): see `PDCP.scans.findings`."""
        download = cast("AsyncScans", self).export_api(scan_id, type_="json")
        decoder = FindingsDecoder(max_record_bytes=max_record_bytes)
        return _adecoded(download.aiter_bytes(), decoder)

    async def export(
        self, scan_id: str, path: str | os.PathLike[str], *, format: ExportFormat = "json"
    ) -> Path:
        """Stream the scan's export to `path`, atomically: see `PDCP.scans.export`."""
        download = cast("AsyncScans", self).export_api(scan_id, type_=_export_format(format))
        return _saved_path(await download.save(path))

    async def import_results(
        self,
        source: ImportSource,
        *,
        name: str | None = None,
        scan_id: str | None = None,
        start_line: int = 1,
        max_chunk_bytes: int = MAX_CHUNK_BYTES,
        on_progress: Callable[[ImportResult], object] | None = None,
    ) -> ImportResult:
        """Import nuclei JSONL results: see `PDCP.scans.import_results`."""
        prepared = prepare(source, start_line=start_line, max_chunk_bytes=max_chunk_bytes)
        flow = import_flow(
            self._client._options, prepared, name=name, scan_id=scan_id, on_progress=on_progress
        )
        return await self._client._run(flow)


def _create_and_wait(
    options: ClientOptions,
    params: dict[str, Any],
    on_progress: ScanProgress | None,
    plan: WaitPlan,
) -> Flow[Any]:
    from ._pdcp import _create  # the create helper's flow (validation, TruncatedTargetsWarning)

    def wait(scan_id: str) -> Flow[Any]:
        return wait_flow(plan, _fetcher(options, scan_id), on_progress)

    return create_and_wait_flow(_create(options, params, stacklevel=7), wait)


def _decoded(chunks: Iterator[bytes], decoder: FindingsDecoder) -> Iterator[PDCPFinding]:
    for chunk in chunks:
        yield from decoder.feed(chunk)
    yield from decoder.close()


async def _adecoded(
    chunks: AsyncIterator[bytes], decoder: FindingsDecoder
) -> AsyncIterator[PDCPFinding]:
    async for chunk in chunks:
        for finding in decoder.feed(chunk):
            yield finding
    for finding in decoder.close():
        yield finding

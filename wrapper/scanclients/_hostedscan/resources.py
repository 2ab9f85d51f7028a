"""`hs.results` and `hs.risks`, sync and async.

A facade: each method runs its operation of `_hostedscan.operations` on the machinery every PDCP
method runs on (`_core.operation`; lists page with `_core.paging`, files stream with `_core.files`), or a flow
of `_hostedscan.flows`, with arguments checked by `_hostedscan.args`; the sync and async classes
differ only in their signatures and `await`. `hs.risks.with_raw_response` has `list` (one page)
and `get`; `hs.results` has no raw view (`download` and `read` are files: a raw one would be a
download too), and `hs.results.with_streaming_response.read(result_id)` is the open file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from .._core.files import AsyncDownload, Download
from .._core.operation import (
    AsyncRawView,
    AsyncResource,
    AsyncStreamingView,
    SyncRawView,
    SyncResource,
    SyncStreamingView,
)
from .._core.paging import AsyncPager, SyncPager
from .._core.request import Extras
from . import flows
from .args import (
    DEFAULT_MAX_PAGES,
    Escapes,
    FilePath,
    checked_path,
    data_of,
    id_args,
    risks_query,
    saved_path,
)
from .filters import OneOrMany
from .operations import GET_RESULT, GET_RISK, LIST_RISKS

if TYPE_CHECKING:
    from scanclients._generated.hostedscan_models import (
        Risk,
        RiskList,
        RiskStatus,
        ScanType,
        ThreatLevel,
    )

    from .._core.base_client import AsyncAPIClient, SyncAPIClient
    from .._core.operation import AsyncStreamedCall, RawResponse, StreamedCall

__all__ = [
    "AsyncHostedScanResults",
    "AsyncHostedScanResultsWithStreamingResponse",
    "AsyncHostedScanRisks",
    "AsyncHostedScanRisksWithRawResponse",
    "HostedScanResults",
    "HostedScanResultsWithStreamingResponse",
    "HostedScanRisks",
    "HostedScanRisksWithRawResponse",
]


# --- results ------------------------------------------------------------------------------------


class HostedScanResults(SyncResource):
    _client: SyncAPIClient

    @property
    def with_streaming_response(self) -> HostedScanResultsWithStreamingResponse:
        """`read` as a context manager over the open file: `iter_bytes()`, `iter_lines()`."""
        return HostedScanResultsWithStreamingResponse(self._client)

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

    @property
    def with_streaming_response(self) -> AsyncHostedScanResultsWithStreamingResponse:
        """`read` as an `async with` over the open file: `iter_bytes()`, `iter_lines()`."""
        return AsyncHostedScanResultsWithStreamingResponse(self._client)

    async def download(self, result_id: str, path: FilePath, **escapes: Unpack[Escapes]) -> Path:
        """Stream a result file to `path`, atomically: see `HostedScan.results.download`."""
        download: AsyncDownload = self._call(GET_RESULT, id_args("result_id", result_id), **escapes)
        return saved_path(await download.save(checked_path(path)))

    async def read(self, result_id: str, **escapes: Unpack[Escapes]) -> bytes:
        """A result file's bytes, in memory: see `HostedScan.results.read`."""
        flow = flows.read(self._client._options, result_id, Extras(**escapes))
        return await self._client._run(flow)


# --- risks --------------------------------------------------------------------------------------


class HostedScanResultsWithStreamingResponse(SyncStreamingView):
    def read(self, result_id: str, **escapes: Unpack[Escapes]) -> StreamedCall[bytes]:
        """The result file, open: `with hs.results.with_streaming_response.read(id) as file:`."""
        return self._streamed_call(GET_RESULT, id_args("result_id", result_id), **escapes)


class AsyncHostedScanResultsWithStreamingResponse(AsyncStreamingView):
    def read(self, result_id: str, **escapes: Unpack[Escapes]) -> AsyncStreamedCall[bytes]:
        """The result file, open: `async with ... .read(id) as file:`."""
        return self._streamed_call(GET_RESULT, id_args("result_id", result_id), **escapes)


class HostedScanRisks(SyncResource):
    _client: SyncAPIClient

    @property
    def with_raw_response(self) -> HostedScanRisksWithRawResponse:
        """`list` (one page) and `get`, each answering its `RawResponse`."""
        return HostedScanRisksWithRawResponse(self._client)

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

    @property
    def with_raw_response(self) -> AsyncHostedScanRisksWithRawResponse:
        """`list` (one page) and `get`, each answering its `RawResponse`."""
        return AsyncHostedScanRisksWithRawResponse(self._client)

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


class HostedScanRisksWithRawResponse(SyncRawView):
    """`hs.risks.with_raw_response`: `.parse()` is what `hs.risks.<method>` returns."""

    def list(
        self,
        *,
        target_id: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        tags: OneOrMany[str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[RiskList]:
        query = risks_query(target_id, status, tags, scan_type, threat_level, title)
        return self._raw_call(LIST_RISKS, query, **escapes)

    def get(self, risk_id: str, **escapes: Unpack[Escapes]) -> RawResponse[Risk]:
        return self._raw_call(GET_RISK, id_args("risk_id", risk_id), then=data_of, **escapes)


class AsyncHostedScanRisksWithRawResponse(AsyncRawView):
    """`hs.risks.with_raw_response` of AsyncHostedScan: coroutines of `RawResponse`."""

    async def list(
        self,
        *,
        target_id: OneOrMany[str] | None = None,
        status: OneOrMany[RiskStatus | str] | None = None,
        tags: OneOrMany[str] | None = None,
        scan_type: OneOrMany[ScanType | str] | None = None,
        threat_level: OneOrMany[ThreatLevel | str] | None = None,
        title: OneOrMany[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[RiskList]:
        query = risks_query(target_id, status, tags, scan_type, threat_level, title)
        return await self._raw_call(LIST_RISKS, query, **escapes)

    async def get(self, risk_id: str, **escapes: Unpack[Escapes]) -> RawResponse[Risk]:
        return await self._raw_call(GET_RISK, id_args("risk_id", risk_id), then=data_of, **escapes)

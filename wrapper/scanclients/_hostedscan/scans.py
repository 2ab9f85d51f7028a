"""`hs.scans`: create, follow, list scans, and join a finished scan to its risks; sync and async.

A facade: each method runs a flow of `_hostedscan.flows`, or its operation on the machinery every
PDCP method runs on (`_core.operation`), with arguments checked by `_hostedscan.args`. The sync and
async classes differ only in their signatures and `await` (and `risks`, fetched concurrently).
`wait` takes a scan as its id or as the object itself (`ScanRef`), `risks` a `Scan` or its id.

`with_raw_response` has `create`, `get` and `list` (one page), each one request whose `.parse()`
is what the plain method returns; `wait`, `create_and_wait` and `risks` send many requests and
are not on it (a type error, and an `AttributeError` before any request).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from .._core.operation import AsyncRawView, AsyncResource, SyncRawView, SyncResource
from .._core.paging import AsyncPager, SyncPager
from .._core.request import Extras
from .._core.text import ScanRef, scan_id_of
from . import flows
from .args import DEFAULT_MAX_PAGES, Escapes, ScanTypeName, data_of, id_args, scans_query
from .bodies import create_scan_body
from .filters import OneOrMany
from .flows import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    ProgressCallback,
    ScanRiskGroups,
)
from .operations import CREATE_SCAN, GET_SCAN, LIST_SCANS

if TYPE_CHECKING:
    from scanclients._generated.hostedscan_models import Risk, Scan, ScanList, ScanState, ScanType

    from .._core.base_client import AsyncAPIClient, SyncAPIClient
    from .._core.operation import RawResponse

__all__ = [
    "DEFAULT_MAX_PAGES",
    "RISK_FETCH_CONCURRENCY",
    "AsyncHostedScanScans",
    "AsyncHostedScanScansWithRawResponse",
    "HostedScanScans",
    "HostedScanScansWithRawResponse",
]

RISK_FETCH_CONCURRENCY = 8
"""How many risks `AsyncHostedScan.scans.risks` fetches at once."""


# --- scans ------------------------------------------------------------------------------------


class HostedScanScans(SyncResource):
    _client: SyncAPIClient

    @property
    def with_raw_response(self) -> HostedScanScansWithRawResponse:
        """`create`, `get` and `list` (one page), each answering its `RawResponse`."""
        return HostedScanScansWithRawResponse(self._client)

    def create(
        self,
        *,
        type: ScanType | ScanTypeName,
        targets: Iterable[str] | None = None,
        target_ids: Iterable[str] | None = None,
        use_authentication: bool | None = None,
        **escapes: Unpack[Escapes],
    ) -> Scan:
        """Start a scan of `targets` and/or saved `target_ids` with scanner `type` (e.g. "NMAP").

        `use_authentication=True` runs it logged in, with the Selenium recording uploaded to each
        target (`targets.upload_recording`). Not retried once it may have reached the service
        (see `errors.APIError.maybe_created`).
        """
        options, extras = self._client._options, Extras(**escapes)
        flow = flows.create(options, type, targets, target_ids, use_authentication, extras)
        return self._client._run(flow)

    def get(self, scan_id: str, **escapes: Unpack[Escapes]) -> Scan:
        """The scan as it is now."""
        flow = flows.get(self._client._options, scan_id, Extras(**escapes))
        return self._client._run(flow)

    def list(
        self,
        *,
        state: OneOrMany[ScanState | str] | None = None,
        type: OneOrMany[ScanType | str] | None = None,
        scheduled_by: OneOrMany[str] | None = None,
        max_items: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        **escapes: Unpack[Escapes],
    ) -> SyncPager[Scan, ScanList]:
        """Every scan (of the states, types and schedulers given), fetching pages as needed.

        `.pages()` gives each page; `max_items` caps how many scans are listed. An empty page
        ends the listing; more than `max_pages` pages is an `UnexpectedResponseError` (raise the
        bound to list more).
        """
        query = scans_query(state, type, scheduled_by)
        pager: SyncPager[Scan, ScanList] = self._call(
            LIST_SCANS, query, max_items, max_pages, **escapes
        )
        return pager

    def wait(
        self,
        scan_id: ScanRef,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> Scan:
        """Poll until the scan is final: return it on SUCCEEDED, raise `ScanFailedError` on FAILED
        or OVER_LIMIT, `WaitTimeoutError` at the deadline. `on_progress` sees each changed scan.
        `scan_id` is the id, or the scan itself (what `create` returned)."""
        scan = scan_id_of("scan_id", scan_id)
        flow = flows.wait(
            self._client._options,
            scan,
            timeout,
            poll_interval,
            on_progress,
            max_poll_interval=max_poll_interval,
        )
        return self._client._run(flow)

    def create_and_wait(
        self,
        *,
        type: ScanType | ScanTypeName,
        targets: Iterable[str] | None = None,
        target_ids: Iterable[str] | None = None,
        use_authentication: bool | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> Scan:
        """`create`, then `wait` for the new scan."""
        options = self._client._options
        creating = flows.create(options, type, targets, target_ids, use_authentication)
        flow = flows.create_and_wait(
            options,
            creating,
            timeout,
            poll_interval,
            on_progress,
            max_poll_interval=max_poll_interval,
        )
        return self._client._run(flow)

    def risks(self, scan: Scan | str) -> ScanRiskGroups:
        """A finished scan's risks, fetched: `.new_open`, `.still_open` and `.closed` lists.

        `scan` is a scan id, or a `Scan` already fetched (then it is not fetched again).
        """
        options = self._client._options
        ids = self._client._run(flows.risk_ids(options, scan))
        fetched = {i: self._client._run(flows.get_risk(options, i)) for i in flows.unique_ids(ids)}
        return flows.group_risks(ids, fetched)


class AsyncHostedScanScans(AsyncResource):
    _client: AsyncAPIClient

    @property
    def with_raw_response(self) -> AsyncHostedScanScansWithRawResponse:
        """`create`, `get` and `list` (one page), each answering its `RawResponse`."""
        return AsyncHostedScanScansWithRawResponse(self._client)

    async def create(
        self,
        *,
        type: ScanType | ScanTypeName,
        targets: Iterable[str] | None = None,
        target_ids: Iterable[str] | None = None,
        use_authentication: bool | None = None,
        **escapes: Unpack[Escapes],
    ) -> Scan:
        """Start a scan: see `HostedScan.scans.create`."""
        options, extras = self._client._options, Extras(**escapes)
        flow = flows.create(options, type, targets, target_ids, use_authentication, extras)
        return await self._client._run(flow)

    async def get(self, scan_id: str, **escapes: Unpack[Escapes]) -> Scan:
        """The scan as it is now: see `HostedScan.scans.get`."""
        flow = flows.get(self._client._options, scan_id, Extras(**escapes))
        return await self._client._run(flow)

    def list(
        self,
        *,
        state: OneOrMany[ScanState | str] | None = None,
        type: OneOrMany[ScanType | str] | None = None,
        scheduled_by: OneOrMany[str] | None = None,
        max_items: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        **escapes: Unpack[Escapes],
    ) -> AsyncPager[Scan, ScanList]:
        """Every scan (filtered as `HostedScan.scans.list`), fetching pages as needed."""
        query = scans_query(state, type, scheduled_by)
        pager: AsyncPager[Scan, ScanList] = self._call(
            LIST_SCANS, query, max_items, max_pages, **escapes
        )
        return pager

    async def wait(
        self,
        scan_id: ScanRef,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> Scan:
        """Poll until the scan is final: see `HostedScan.scans.wait`."""
        scan = scan_id_of("scan_id", scan_id)
        flow = flows.wait(
            self._client._options,
            scan,
            timeout,
            poll_interval,
            on_progress,
            max_poll_interval=max_poll_interval,
        )
        return await self._client._run(flow)

    async def create_and_wait(
        self,
        *,
        type: ScanType | ScanTypeName,
        targets: Iterable[str] | None = None,
        target_ids: Iterable[str] | None = None,
        use_authentication: bool | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> Scan:
        """`create`, then `wait` for the new scan: see `HostedScan.scans.create_and_wait`."""
        options = self._client._options
        creating = flows.create(options, type, targets, target_ids, use_authentication)
        flow = flows.create_and_wait(
            options,
            creating,
            timeout,
            poll_interval,
            on_progress,
            max_poll_interval=max_poll_interval,
        )
        return await self._client._run(flow)

    async def risks(self, scan: Scan | str) -> ScanRiskGroups:
        """A finished scan's risks: see `HostedScan.scans.risks`. Fetched concurrently, at most
        `RISK_FETCH_CONCURRENCY` at a time; on a failure the other fetches are cancelled."""
        import asyncio  # here: a sync caller's cold start need not import it

        options = self._client._options
        ids = await self._client._run(flows.risk_ids(options, scan))
        limit = asyncio.Semaphore(RISK_FETCH_CONCURRENCY)

        async def fetch(risk_id: str) -> Risk:
            async with limit:
                return await self._client._run(flows.get_risk(options, risk_id))

        try:
            async with asyncio.TaskGroup() as group:
                tasks = {i: group.create_task(fetch(i)) for i in flows.unique_ids(ids)}
        except BaseExceptionGroup as failures:
            # The first failure, as the sync client raises it; the others were cancelled.
            raise failures.exceptions[0] from None
        return flows.group_risks(ids, {i: task.result() for i, task in tasks.items()})


class HostedScanScansWithRawResponse(SyncRawView):
    """`hs.scans.with_raw_response`: `.parse()` is what `hs.scans.<method>` returns."""

    def create(
        self,
        *,
        type: ScanType | ScanTypeName,
        targets: Iterable[str] | None = None,
        target_ids: Iterable[str] | None = None,
        use_authentication: bool | None = None,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[Scan]:
        body = create_scan_body(type, targets, target_ids, use_authentication)
        return self._raw_call(CREATE_SCAN, body, then=data_of, **escapes)

    def get(self, scan_id: str, **escapes: Unpack[Escapes]) -> RawResponse[Scan]:
        return self._raw_call(GET_SCAN, id_args("scan_id", scan_id), then=data_of, **escapes)

    def list(
        self,
        *,
        state: OneOrMany[ScanState | str] | None = None,
        type: OneOrMany[ScanType | str] | None = None,
        scheduled_by: OneOrMany[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[ScanList]:
        return self._raw_call(LIST_SCANS, scans_query(state, type, scheduled_by), **escapes)


class AsyncHostedScanScansWithRawResponse(AsyncRawView):
    """`hs.scans.with_raw_response` of AsyncHostedScan: coroutines of `RawResponse`."""

    async def create(
        self,
        *,
        type: ScanType | ScanTypeName,
        targets: Iterable[str] | None = None,
        target_ids: Iterable[str] | None = None,
        use_authentication: bool | None = None,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[Scan]:
        body = create_scan_body(type, targets, target_ids, use_authentication)
        return await self._raw_call(CREATE_SCAN, body, then=data_of, **escapes)

    async def get(self, scan_id: str, **escapes: Unpack[Escapes]) -> RawResponse[Scan]:
        return await self._raw_call(GET_SCAN, id_args("scan_id", scan_id), then=data_of, **escapes)

    async def list(
        self,
        *,
        state: OneOrMany[ScanState | str] | None = None,
        type: OneOrMany[ScanType | str] | None = None,
        scheduled_by: OneOrMany[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[ScanList]:
        return await self._raw_call(LIST_SCANS, scans_query(state, type, scheduled_by), **escapes)

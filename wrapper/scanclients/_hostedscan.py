"""The HostedScan client: `HostedScan` and `AsyncHostedScan`.

HostedScan has generated models only (public as `scanclients.types.Scan`, `ScanState`, ...); the
requests are built here and sent through the shared transport. Every flow below is written once and run by the sync or the async driver.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx
import pydantic

from scanclients._generated.hostedscan_models import (
    Scan,
    ScanEnvelope,
    ScanList,
    ScanState,
    ScanType,
)

from . import _transport
from ._client import AsyncClient, HttpClient, SyncClient
from ._deadline import Deadline
from ._download import AtomicFile
from ._flow import Drain, Flow, Sleep
from ._model_problem import first_problem
from ._options import ClientOptions, ServiceSettings, resolve_options
from ._text import check_text
from .errors import (
    APITimeoutError,
    ScanClientsError,
    ScanFailedError,
    UnexpectedResponseError,
    ValidationError,
    WaitTimeoutError,
)

__all__ = ["AsyncHostedScan", "HostedScan"]

SERVICE = ServiceSettings(
    name="HostedScan",
    key_header="X-HOSTEDSCAN-API-KEY",
    key_variable="HOSTEDSCAN_API_KEY",
    base_url_variable="HOSTEDSCAN_BASE_URL",
    default_base_url="https://api.hostedscan.com",
)

FINAL_FAILURES = frozenset({ScanState.FAILED, ScanState.OVER_LIMIT})
DEFAULT_WAIT_TIMEOUT = 3600.0
DEFAULT_POLL_INTERVAL = 10.0
# 500 scans a page: five million scans. A service handing out fresh tokens forever stops here.
DEFAULT_MAX_PAGES = 10_000

ProgressCallback = Callable[[Scan], object]
Model = TypeVar("Model", bound=pydantic.BaseModel)


# --- requests and parsing ---------------------------------------------------------------------


def _create(
    options: ClientOptions,
    scan_type: ScanType | str,
    targets: Iterable[str] | None,
    target_ids: Iterable[str] | None,
) -> Flow[Scan]:
    body = _create_body(scan_type, targets, target_ids)
    request = _transport.build_request(options, "POST", "/v1/scans", json_body=body)
    response = yield from _transport.send(request, options, creates=True)
    return _parse(response, ScanEnvelope, maybe_created=True).data


def _create_body(
    scan_type: ScanType | str, targets: Iterable[str] | None, target_ids: Iterable[str] | None
) -> dict[str, Any]:
    known = [member.value for member in ScanType]
    if scan_type not in known:
        raise ValidationError(
            "type", f"unknown scan type {scan_type!r}; valid types: {', '.join(known)}"
        )
    body: dict[str, Any] = {"type": str(ScanType(scan_type).value)}
    for name, values in (("targets", targets), ("target_ids", target_ids)):
        if values is not None:
            body[name] = _strings(name, values)
    if not body.get("targets") and not body.get("target_ids"):
        raise ValidationError("targets", "give targets or target_ids (at least one, not empty)")
    return body


def _strings(name: str, values: Iterable[str]) -> list[str]:
    # Any iterable but a string or a mapping; a generator is consumed here, once.
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise ValidationError(name, f"expected a list of strings, got {type(values).__name__}")
    listed = list(values)
    for index, value in enumerate(listed):
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(f"{name}[{index}]", f"expected a non-empty string, got {value!r}")
        check_text(f"{name}[{index}]", value)
    return listed


def _resource_path(prefix: str, name: str, resource_id: str) -> str:
    if not isinstance(resource_id, str) or not resource_id.strip():
        raise ValidationError(name, f"expected a non-empty id, got {resource_id!r}")
    check_text(name, resource_id)
    segment = quote(resource_id, safe="")
    if segment in (".", ".."):
        # A bare dot segment would be resolved away by URL normalisation ("/v1/results/." is
        # "/v1/results"): encoded, it stays the id it is.
        segment = segment.replace(".", "%2E")
    return f"{prefix}/{segment}"


def _get(options: ClientOptions, scan_id: str, deadline: Deadline | None = None) -> Flow[Scan]:
    path = _resource_path("/v1/scans", "scan_id", scan_id)
    request = _transport.build_request(options, "GET", path)
    response = yield from _transport.send(request, options, deadline=deadline)
    return _parse(response, ScanEnvelope).data


def _parse(response: httpx.Response, model: type[Model], *, maybe_created: bool = False) -> Model:
    body = _transport.json_body(response, SERVICE.name, maybe_created=maybe_created)
    try:
        return model.model_validate(body)
    except RecursionError:
        raise UnexpectedResponseError(
            f"the response is nested too deeply to be a {model.__name__}",
            service=SERVICE.name,
            response=response,
            maybe_created=maybe_created,
        ) from None
    except pydantic.ValidationError as error:
        raise UnexpectedResponseError(
            f"the response is not a valid {model.__name__}: {first_problem(error)}",
            service=SERVICE.name,
            response=response,
            maybe_created=maybe_created,
        ) from None


class _Pages:
    """List Scans, page by page: follows `next_page_token` until a page has none or is empty,
    and at most `max_pages` pages (an `UnexpectedResponseError` says to raise the bound)."""

    def __init__(self, options: ClientOptions, max_pages: int) -> None:
        if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
            raise ValidationError("max_pages", f"expected a whole number >= 1, got {max_pages!r}")
        self._options = options
        self._token: str | None = None
        self._seen: set[str] = set()
        self._left = max_pages
        self._max_pages = max_pages
        self.done = False

    def next_page(self) -> Flow[list[Scan]]:
        params = {"page_token": self._token} if self._token else None
        request = _transport.build_request(self._options, "GET", "/v1/scans", params=params)
        response = yield from _transport.send(request, self._options)
        page = _parse(response, ScanList)
        self._left -= 1
        token = page.next_page_token if page.data else None  # an empty page ends the list
        if token and self._left == 0:
            raise UnexpectedResponseError(
                f"still more pages after {self._max_pages}: pass a larger max_pages to list more",
                service=SERVICE.name,
                response=response,
            )
        if token and token in self._seen:
            # A service that hands back a token twice would otherwise be listed forever.
            raise UnexpectedResponseError(
                f"next_page_token {token!r} was already followed",
                service=SERVICE.name,
                response=response,
            )
        self._seen.add(token or "")
        self._token = token
        self.done = not token
        return page.data


def _wait(
    options: ClientOptions,
    scan_id: str,
    timeout: float,
    poll_interval: float,
    on_progress: ProgressCallback | None,
) -> Flow[Scan]:
    _positive("timeout", timeout)
    _positive("poll_interval", poll_interval)
    until = Deadline.after(timeout)  # the polls' requests count against it too
    deadline = until.at
    last: tuple[object, object] | None = None
    seen: Scan | None = None
    while True:
        try:
            scan = yield from _get(
                options, scan_id, until.earliest(Deadline.after(options.deadline))
            )
        except APITimeoutError:
            if seen is not None and until.remaining() <= 0:
                raise WaitTimeoutError(seen, timeout) from None
            raise
        seen = scan
        if on_progress is not None and (scan.state, scan.progress) != last:
            on_progress(scan)
        last = (scan.state, scan.progress)
        if scan.state == ScanState.SUCCEEDED:
            return scan
        if scan.state in FINAL_FAILURES:
            raise ScanFailedError(scan)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(scan, timeout)
        yield Sleep(min(poll_interval, remaining))


def _positive(name: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(name, f"expected a number of seconds, got {value!r}")
    if value <= 0:
        raise ValidationError(name, f"must be greater than 0, got {value!r}")


def _create_and_wait(
    options: ClientOptions,
    scan_type: ScanType | str,
    targets: Iterable[str] | None,
    target_ids: Iterable[str] | None,
    timeout: float,
    poll_interval: float,
    on_progress: ProgressCallback | None,
) -> Flow[Scan]:
    _positive("timeout", timeout)
    _positive("poll_interval", poll_interval)
    scan = yield from _create(options, scan_type, targets, target_ids)
    try:
        return (yield from _wait(options, scan.id, timeout, poll_interval, on_progress))
    except ScanFailedError as error:
        error.created_id = scan.id
        raise
    except ScanClientsError as error:
        # The scan exists: the caller must follow it, not create another one.
        error.note_created(scan.id)
        raise


def _read(options: ClientOptions, result_id: str) -> Flow[bytes]:
    request = _result_request(options, result_id)
    response = yield from _transport.send(request, options)
    return response.content


def _download(options: ClientOptions, result_id: str, path: str | os.PathLike[str]) -> Flow[Path]:
    request = _result_request(options, result_id)
    until = _transport.call_deadline(options, None)
    with AtomicFile(path) as target:  # nothing at `path` unless every byte arrived
        response = yield from _transport.send(request, options, stream=True, deadline=until)
        try:
            yield Drain(response, target.write, until)
        except httpx.HTTPError as error:
            raise _transport.connection_error(
                error, request, SERVICE.name, deadline=until
            ) from error
    return target.path


def _result_request(options: ClientOptions, result_id: str) -> httpx.Request:
    path = _resource_path("/v1/results", "result_id", result_id)
    # A result file is any content type, not JSON.
    return _transport.build_request(options, "GET", path, headers={"Accept": "*/*"})


# --- the clients ------------------------------------------------------------------------------


def _options(
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    allow_insecure_http: bool,
    deadline: float | None = None,
    max_body_size: int | None = None,
) -> ClientOptions:
    return resolve_options(
        SERVICE,
        api_key=api_key,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        allow_insecure_http=allow_insecure_http,
        deadline=deadline,
        max_body_size=max_body_size,
    )


class _HostedScanConstructor(Generic[HttpClient]):
    """The constructor HostedScan and AsyncHostedScan share; `_connect` is the client's own."""

    _connect: Callable[[ClientOptions, HttpClient | None], None]

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: HttpClient | None = None,
        allow_insecure_http: bool = False,
        deadline: float | None = None,
        max_body_size: int | None = None,
    ) -> None:
        self._connect(
            _options(
                api_key,
                base_url,
                timeout,
                max_retries,
                allow_insecure_http,
                deadline,
                max_body_size,
            ),
            http_client,
        )


class HostedScan(SyncClient, _HostedScanConstructor[httpx.Client]):
    """HostedScan.

    with HostedScan() as hs:   # HOSTEDSCAN_API_KEY and HOSTEDSCAN_BASE_URL from the environment
        scan = hs.scans.create_and_wait(type="SSLYZE", targets=["example.com"])
        hs.results.download(scan.results[0].result_id, "report.pdf")
    """

    @property
    def scans(self) -> HostedScanScans:
        return HostedScanScans(self)

    @property
    def results(self) -> HostedScanResults:
        return HostedScanResults(self)


class AsyncHostedScan(AsyncClient, _HostedScanConstructor[httpx.AsyncClient]):
    """HostedScan, for asyncio: the methods of `HostedScan`, as coroutines."""

    @property
    def scans(self) -> AsyncHostedScanScans:
        return AsyncHostedScanScans(self)

    @property
    def results(self) -> AsyncHostedScanResults:
        return AsyncHostedScanResults(self)


class HostedScanScans:
    def __init__(self, client: HostedScan) -> None:
        self._client = client

    def create(
        self,
        *,
        type: ScanType | str,
        targets: Iterable[str] | None = None,
        target_ids: Iterable[str] | None = None,
    ) -> Scan:
        """Start a scan of `targets` and/or saved `target_ids` with scanner `type` (e.g. "NMAP").

        Not retried once it may have reached the service (see `errors.APIError.maybe_created`).
        """
        return self._client._run(_create(self._client._options, type, targets, target_ids))

    def get(self, scan_id: str) -> Scan:
        """The scan as it is now."""
        return self._client._run(_get(self._client._options, scan_id))

    def list(self, *, max_pages: int = DEFAULT_MAX_PAGES) -> Iterator[Scan]:
        """Every scan, fetching the next page as the iteration reaches it (at most `max_pages`)."""
        pages = _Pages(self._client._options, max_pages)
        while not pages.done:
            yield from self._client._run(pages.next_page())

    def wait(
        self,
        scan_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> Scan:
        """Poll until the scan is final: return it on SUCCEEDED, raise `ScanFailedError` on FAILED
        or OVER_LIMIT, `WaitTimeoutError` at the deadline. `on_progress` sees each changed scan."""
        flow = _wait(self._client._options, scan_id, timeout, poll_interval, on_progress)
        return self._client._run(flow)

    def create_and_wait(
        self,
        *,
        type: ScanType | str,
        targets: Iterable[str] | None = None,
        target_ids: Iterable[str] | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> Scan:
        """`create`, then `wait` for the new scan."""
        options = self._client._options
        flow = _create_and_wait(
            options, type, targets, target_ids, timeout, poll_interval, on_progress
        )
        return self._client._run(flow)


class AsyncHostedScanScans:
    def __init__(self, client: AsyncHostedScan) -> None:
        self._client = client

    async def create(
        self,
        *,
        type: ScanType | str,
        targets: Iterable[str] | None = None,
        target_ids: Iterable[str] | None = None,
    ) -> Scan:
        """Start a scan: see `HostedScan.scans.create`."""
        return await self._client._run(_create(self._client._options, type, targets, target_ids))

    async def get(self, scan_id: str) -> Scan:
        """The scan as it is now."""
        return await self._client._run(_get(self._client._options, scan_id))

    async def list(self, *, max_pages: int = DEFAULT_MAX_PAGES) -> AsyncIterator[Scan]:
        """Every scan, fetching the next page as the iteration reaches it (at most `max_pages`)."""
        pages = _Pages(self._client._options, max_pages)
        while not pages.done:
            for scan in await self._client._run(pages.next_page()):
                yield scan

    async def wait(
        self,
        scan_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> Scan:
        """Poll until the scan is final: see `HostedScan.scans.wait`."""
        flow = _wait(self._client._options, scan_id, timeout, poll_interval, on_progress)
        return await self._client._run(flow)

    async def create_and_wait(
        self,
        *,
        type: ScanType | str,
        targets: Iterable[str] | None = None,
        target_ids: Iterable[str] | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> Scan:
        """`create`, then `wait` for the new scan."""
        options = self._client._options
        flow = _create_and_wait(
            options, type, targets, target_ids, timeout, poll_interval, on_progress
        )
        return await self._client._run(flow)


class HostedScanResults:
    def __init__(self, client: HostedScan) -> None:
        self._client = client

    def download(self, result_id: str, path: str | os.PathLike[str]) -> Path:
        """Stream a result file to `path`, atomically: on any failure nothing is left behind."""
        return self._client._run(_download(self._client._options, result_id, path))

    def read(self, result_id: str) -> bytes:
        """A result file's bytes, in memory."""
        return self._client._run(_read(self._client._options, result_id))


class AsyncHostedScanResults:
    def __init__(self, client: AsyncHostedScan) -> None:
        self._client = client

    async def download(self, result_id: str, path: str | os.PathLike[str]) -> Path:
        """Stream a result file to `path`, atomically: see `HostedScan.results.download`."""
        return await self._client._run(_download(self._client._options, result_id, path))

    async def read(self, result_id: str) -> bytes:
        """A result file's bytes, in memory."""
        return await self._client._run(_read(self._client._options, result_id))

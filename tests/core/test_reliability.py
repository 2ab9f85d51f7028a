"""Reliability: every fault of the mock, for every operation, sync and async (the fault matrix, a
test per cell); fuzzed answers. (Bad input: test_refused_inputs.py; the key: test_key_never_shows.py;
cancellation: test_cancellation.py.)"""

from __future__ import annotations

import asyncio
import gzip
import inspect
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanclients import PDCP, AsyncHostedScan, AsyncPDCP, HostedScan, errors
from scanclients._core.paging import SyncPager
from tests.faults import CELLS, KINDS, OUTCOMES, STEADY, matrix
from tests.helpers import KEY, Recorder, fast_retries, report

FAULTS = [
    *STEADY,
    "fail-first:2:server-error",
    "fail-first:2:unavailable",
]
OPERATIONS = list(KINDS)


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_retries(monkeypatch)


def _clients(mock: Any, asynchronous: bool) -> tuple[Any, Any]:
    # Well under the 1 s of the `slow:1` fault, well over a normal answer on a loaded machine.
    options = {"api_key": KEY, "timeout": 0.6}
    if asynchronous:
        return AsyncPDCP(base_url=mock.pdcp_url, **options), AsyncHostedScan(
            base_url=mock.hostedscan_url, **options
        )
    return PDCP(base_url=mock.pdcp_url, **options), HostedScan(
        base_url=mock.hostedscan_url, **options
    )


def _call(operation: str, pd: Any, hs: Any, scan_id: str, result_id: str, path: Any) -> Any:
    calls: dict[str, Callable[[], Any]] = {
        "pdcp create": lambda: pd.scans.create(targets=["example.com"]),
        "hostedscan create": lambda: hs.scans.create(type="NMAP", targets=["example.com"]),
        "get": lambda: hs.scans.get(scan_id),
        "list": lambda: hs.scans.list(),
        "wait": lambda: hs.scans.wait(scan_id, timeout=5, poll_interval=0.01),
        "download": lambda: hs.results.download(result_id, path),
    }
    return calls[operation]()


async def _outcome(awaitable_or_value: Any) -> Any:
    if hasattr(awaitable_or_value, "__aiter__"):
        return [item async for item in awaitable_or_value]
    if inspect.iscoroutine(awaitable_or_value):
        return await awaitable_or_value
    if hasattr(awaitable_or_value, "__next__") or isinstance(awaitable_or_value, SyncPager):
        return list(awaitable_or_value)
    return awaitable_or_value


def _run_cell(mock: Any, fault: str, operation: str, asynchronous: bool, tmp_path: Any) -> str:
    mock.reset()
    mock.settings.fault = None
    pd, hs = _clients(mock, asynchronous)
    target = tmp_path / f"{operation}-{fault}-{asynchronous}.bin".replace(":", "_")

    async def cell() -> str:
        scan = await _outcome(hs.scans.create(type="NMAP", targets=["example.com"]))
        result_id = scan.results[0].result_id
        before = mock.stats()
        mock.settings.fault = fault
        outcome = OUTCOMES[fault]
        expected = getattr(outcome, KINDS[operation])
        try:
            await _outcome(_call(operation, pd, hs, scan.id, result_id, target))
        except errors.ScanClientsError as error:
            assert expected is not None, f"{operation} {fault}: raised {error!r}"
            assert type(error) is expected, f"{operation} {fault}: {error!r}"
            created = (
                mock.stats()[operation.split()[0]] - before[operation.split()[0]]
                if "create" in operation
                else 0
            )
            if "create" in operation:
                assert error.maybe_created is outcome.maybe_created, f"{operation} {fault}"
                assert created == (1 if error.maybe_created else 0), (
                    f"{operation} {fault}: {created}"
                )
            if operation == "download":
                assert not target.exists()
                assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
            return type(error).__name__ + ("*" if getattr(error, "maybe_created", False) else "")
        else:
            assert expected is None, f"{operation} {fault}: succeeded, expected {expected.__name__}"
            if "create" in operation:
                assert mock.stats()[operation.split()[0]] - before[operation.split()[0]] == 1
            return "ok"
        finally:
            mock.settings.fault = None

    async def closing() -> str:
        try:
            return await cell()
        finally:
            for client in (pd, hs):
                await _outcome(client.close())

    return asyncio.run(closing())


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=[o.replace(" ", "_") for o in OPERATIONS])
@pytest.mark.parametrize("fault", FAULTS)
def test_fault_matrix(fault, operation, asynchronous, mock, tmp_path, request) -> None:
    # Each cell records how it ended, for the matrix printed at the end of the run.
    cells = request.config.stash.setdefault(CELLS, {})
    cells[fault, asynchronous, operation] = "FAILED"
    try:
        cells[fault, asynchronous, operation] = _run_cell(
            mock, fault, operation, asynchronous, tmp_path
        )
    finally:
        report(request.config, "fault matrix", matrix(cells))


# --- fuzzed answers: only scanclients errors come out ---------------------------------------

_bodies = st.one_of(
    st.binary(max_size=300),
    st.just(b'{"data": {"id": "s1", "state": "RUN'),
    st.just(b'{"message": "ok", "truncated-scan-targets": 3'),
    st.builds(
        json.dumps,
        st.recursive(
            st.none()
            | st.booleans()
            | st.integers()
            | st.floats(allow_nan=False)
            | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(
                    st.sampled_from(
                        [
                            "data",
                            "id",
                            "state",
                            "message",
                            "results",
                            "next_page_token",
                            "progress",
                            "truncated-scan-targets",
                            "x",
                        ]
                    ),
                    inner,
                    max_size=5,
                )
            ),
            max_leaves=12,
        ),
    ).map(str.encode),
    st.builds(lambda n: b'{"message": "' + b"A" * n + b'"}', st.integers(0, 200_000)),
    # deep nesting: no parser may let a RecursionError out
    st.builds(
        lambda n, inner: b'{"data": ' + inner * n + b"}",
        st.integers(500, 5_000),
        st.sampled_from([b"[", b'{"a":']),
    ),
    st.builds(lambda n: b"[" * n + b"]" * n, st.integers(500, 5_000)),
)
_BOMBS = [gzip.compress(b"\0" * mib * 1024 * 1024) for mib in (2, 8)]
# Compressed answers: the body gzipped (or a small gzip bomb), sent with its content-encoding.
_encoded = st.one_of(
    st.tuples(st.just(""), _bodies),
    st.tuples(st.just("gzip"), _bodies.map(gzip.compress)),
    st.tuples(st.just("gzip"), st.sampled_from(_BOMBS)),
    st.tuples(st.sampled_from(["gzip", "deflate", "br", "identity, gzip"]), st.binary(max_size=64)),
)
_headers = st.fixed_dictionaries(
    {
        "content-type": st.sampled_from(
            [
                "application/json",
                "text/html",
                "application/xml",
                "text/plain",
                "",
                "application/json; charset=latin-1",
                "\x00",
            ]
        )
    },
    optional={
        "retry-after": st.text(max_size=12),
        "retry-after-ms": st.text(max_size=8),
        "x-request-id": st.text(max_size=12),
    },
)
_METHODS = ["pdcp create", "hostedscan create", "get", "list", "wait", "read", "download"]


@given(
    method=st.sampled_from(_METHODS),
    status=st.integers(100, 599),
    headers=_headers,
    encoded=_encoded,
)
@settings(
    max_examples=5000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@pytest.mark.filterwarnings("ignore::scanclients.TruncatedTargetsWarning")
def test_fuzzed_answers_raise_only_scanclients_errors(
    method, status, headers, encoded, tmp_path_factory
) -> None:
    encoding, body = encoded
    safe_headers = {k: v for k, v in headers.items() if v.isprintable() and v.isascii()}
    if encoding:
        safe_headers["content-encoding"] = encoding
    recorder = Recorder(
        # A stream, not content: the client reads (and decodes) it itself, within its bounds.
        lambda request: httpx.Response(status, stream=httpx.ByteStream(body), headers=safe_headers)
    )
    options = {
        "api_key": KEY,
        "max_retries": 0,
        "http_client": recorder.client(),
        "max_body_size": 1024 * 1024,
    }
    _call_fuzzed(method, options, tmp_path_factory)


def _call_fuzzed(method: str, options: dict[str, Any], tmp_path_factory: Any) -> None:
    try:
        if method == "pdcp create":
            PDCP(**options).scans.create(targets=["example.com"])
        else:
            hs = HostedScan(**options)
            {
                "hostedscan create": lambda: hs.scans.create(type="NMAP", targets=["a.com"]),
                "get": lambda: hs.scans.get("s1"),
                "list": lambda: list(hs.scans.list()),
                "wait": lambda: hs.scans.wait("s1", timeout=0.01, poll_interval=0.005),
                "read": lambda: hs.results.read("r1"),
                "download": lambda: hs.results.download("r1", tmp_path_factory.mktemp("dl") / "f"),
            }[method]()
    except errors.ScanClientsError:
        pass


class _SlowStream(httpx.SyncByteStream):
    """A body that arrives a few bytes at a time, `pause` seconds apart, for ever."""

    def __init__(self, start: bytes, pause: float) -> None:
        self._start, self._pause = start, pause

    def __iter__(self) -> Any:
        yield self._start
        while True:
            time.sleep(self._pause)
            yield b" "


@given(
    method=st.sampled_from(_METHODS), status=st.sampled_from([200, 201, 404, 500]), start=_bodies
)
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@pytest.mark.filterwarnings("ignore::scanclients.TruncatedTargetsWarning")
def test_fuzzed_slow_answers_end_by_the_deadline(method, status, start, tmp_path_factory) -> None:
    recorder = Recorder(
        lambda request: httpx.Response(status, stream=_SlowStream(start[:2000], 0.02))
    )
    options = {"api_key": KEY, "max_retries": 0, "http_client": recorder.client(), "deadline": 0.2}
    started = time.monotonic()
    _call_fuzzed(method, options, tmp_path_factory)
    assert time.monotonic() - started < 1.5

"""Reliability: every fault of the mock, for every operation, sync and async; fuzzed answers; bad
input that never leaves the client; secrets that never show; cancellation that leaves nothing."""

from __future__ import annotations

import asyncio
import gzip
import inspect
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanclients import PDCP, AsyncHostedScan, AsyncPDCP, HostedScan, errors
from scanclients._paging import SyncPager
from tests.faults import CELLS, KINDS, OUTCOMES, STEADY, matrix
from tests.helpers import KEY, ROOT, Recorder, report

FAULTS = [
    *STEADY,
    "fail-first:2:server-error",
    "fail-first:2:unavailable",
]
OPERATIONS = list(KINDS)


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("scanclients._retry.INITIAL_DELAY", 0.01)


def _clients(mock: Any, asynchronous: bool) -> tuple[Any, Any]:
    options = {"api_key": KEY, "timeout": 0.3}
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


# --- bad input: a clear error naming the problem, and the mock receives nothing ----------------

BAD_CALLS: list[tuple[str, Callable[[Any, Any, Any], Any], str]] = [
    ("empty targets", lambda pd, hs, p: pd.scans.create(targets=[]), "targets: must not be empty"),
    (
        "non-string target",
        lambda pd, hs, p: pd.scans.create(targets=[3]),
        "targets[0]: Input should be a valid string",
    ),
    (
        "blank target",
        lambda pd, hs, p: pd.scans.create(targets=[" "]),
        "targets[0]: must not be blank",
    ),
    (
        "targets as a string",
        lambda pd, hs, p: pd.scans.create(targets="a.com"),
        "targets: 'str' instances are not allowed",
    ),
    (
        "unknown keyword",
        lambda pd, hs, p: pd.scans.create(tragets=["a.com"]),
        "tragets: unknown argument",
    ),
    (
        "wrong enum",
        lambda pd, hs, p: pd.scans.create(agent_behavior="all"),
        "agent_behavior: Input should be 'distribute' or 'mirror'",
    ),
    (
        "bool as int",
        lambda pd, hs, p: pd.scans.create(recommended=1),
        "recommended: Input should be a valid boolean",
    ),
    (
        "asset filter unknown key",
        lambda pd, hs, p: pd.scans.create(asset_filters={"x": 1}),
        "asset_filters.x: unknown argument",
    ),
    (
        "asset filter bad time",
        lambda pd, hs, p: pd.scans.create(asset_filters={"time": "ever"}),
        "asset_filters.time: Input should be",
    ),
    (
        "enumeration id missing",
        lambda pd, hs, p: pd.scans.create(enumeration_ids=[{}]),
        "enumeration_ids[0].id: Field required",
    ),
    (
        "CIDR /33",
        lambda pd, hs, p: pd.scans.create(exclusions=["10.0.0.0/33"]),
        "exclusions[0]: pattern '10.0.0.0/33' is not a valid",
    ),
    (
        "empty pattern",
        lambda pd, hs, p: pd.scans.create(exclusions=[""]),
        "exclusions[0]: empty pattern",
    ),
    (
        "bare plus",
        lambda pd, hs, p: pd.scans.create(exclusions=["+"]),
        "exclusions[0]: a bare '+' includes nothing",
    ),
    (
        "pattern with a space",
        lambda pd, hs, p: pd.scans.create(exclusions=["a b.com"]),
        "contains white space",
    ),
    (
        "missing template file",
        lambda pd, hs, p: pd.scans.create(private_templates=[p / "none.yaml"]),
        "no such template file",
    ),
    (
        "binary template file",
        lambda pd, hs, p: pd.scans.create(private_templates=[p / "binary.yaml"]),
        "is not UTF-8 text",
    ),
    (
        "empty template file",
        lambda pd, hs, p: pd.scans.create(private_templates=[p / "empty.yaml"]),
        "is empty",
    ),
    (
        "template half given",
        lambda pd, hs, p: pd.scans.create(private_templates=[{"name": "a"}]),
        "private_templates[0].contents: Field required",
    ),
    (
        "unknown scan type",
        lambda pd, hs, p: hs.scans.create(type="NUCLEI", targets=["a.com"]),
        "type: unknown scan type 'NUCLEI'; valid types: NMAP",
    ),
    (
        "no targets at all",
        lambda pd, hs, p: hs.scans.create(type="NMAP"),
        "targets: give targets or target_ids",
    ),
    (
        "empty target ids",
        lambda pd, hs, p: hs.scans.create(type="NMAP", target_ids=[]),
        "targets: give targets or target_ids",
    ),
    (
        "None target",
        lambda pd, hs, p: hs.scans.create(type="NMAP", targets=[None]),
        "targets[0]: expected a non-empty string",
    ),
    ("blank scan id", lambda pd, hs, p: hs.scans.get(""), "scan_id: expected a non-empty id"),
    ("non-string scan id", lambda pd, hs, p: hs.scans.get(7), "scan_id: expected a non-empty id"),
    (
        "zero timeout",
        lambda pd, hs, p: hs.scans.wait("s", timeout=0),
        "timeout: must be greater than 0",
    ),
    (
        "negative timeout",
        lambda pd, hs, p: hs.scans.wait("s", timeout=-1),
        "timeout: must be greater than 0",
    ),
    (
        "zero poll interval",
        lambda pd, hs, p: hs.scans.wait("s", poll_interval=0),
        "poll_interval: must be greater than 0",
    ),
    (
        "negative poll interval",
        lambda pd, hs, p: hs.scans.wait("s", poll_interval=-2),
        "poll_interval: must be greater than 0",
    ),
    (
        "text poll interval",
        lambda pd, hs, p: hs.scans.wait("s", poll_interval="5"),
        "poll_interval: expected a number of seconds",
    ),
    (
        "create_and_wait zero timeout",
        lambda pd, hs, p: hs.scans.create_and_wait(type="NMAP", targets=["a.com"], timeout=0),
        "timeout: must be greater than 0",
    ),
    ("download into a directory", lambda pd, hs, p: hs.results.download("r", p), "is a directory"),
    (
        "download into a missing directory",
        lambda pd, hs, p: hs.results.download("r", p / "no" / "f"),
        "does not exist",
    ),
    (
        "blank result id",
        lambda pd, hs, p: hs.results.read(" "),
        "result_id: expected a non-empty id",
    ),
]


@pytest.mark.parametrize(
    ("case", "call", "message"), BAD_CALLS, ids=[case for case, _, _ in BAD_CALLS]
)
def test_bad_input_is_refused_and_the_mock_receives_nothing(
    case, call, message, mock, tmp_path
) -> None:
    (tmp_path / "binary.yaml").write_bytes(b"\xff\xfe\xfa")
    (tmp_path / "empty.yaml").write_text("")
    with (
        PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd,
        HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs,
    ):
        with pytest.raises(errors.ValidationError) as caught:
            call(pd, hs, tmp_path)
    assert message in str(caught.value)
    assert mock.requests() == {"pdcp": 0, "hostedscan": 0}


@pytest.mark.parametrize(
    ("construct", "message"),
    [
        (lambda: PDCP(api_key=""), "PDCP_API_KEY"),
        (lambda: HostedScan(api_key="   "), "HOSTEDSCAN_API_KEY"),
        (
            lambda: PDCP(api_key=KEY, base_url="http://scanner.example.com"),
            "plain HTTP to a remote host",
        ),
        (
            lambda: HostedScan(api_key=KEY, base_url="http://192.0.2.1:8086"),
            "plain HTTP to a remote host",
        ),
        (lambda: PDCP(api_key=KEY, timeout=-1), "timeout: must be a positive number"),
        (lambda: PDCP(api_key=KEY, max_retries=-1), "max_retries"),
    ],
)
def test_bad_configuration_is_refused_at_construction(construct, message) -> None:
    with pytest.raises(errors.ConfigurationError, match=message):
        construct()


def test_the_bad_input_cases_number_at_least_thirty() -> None:
    assert len(BAD_CALLS) >= 30


# --- the key never shows --------------------------------------------------------------------

SECRET = "sk-SECRET-MARKER-7f3a9c"

_SECRET_SCRIPT = """
import asyncio, httpx, logging, warnings
from scanclients import PDCP, HostedScan, AsyncHostedScan, errors
from scanclients.mock import serve
shown = []
with serve(scan_seconds=0, max_targets=0) as svc:
    pd = PDCP(api_key=KEY, base_url=svc.pdcp_url, max_retries=1)
    hs = HostedScan(api_key=KEY, base_url=svc.hostedscan_url, max_retries=1)
    shown += [repr(pd), str(pd), repr(hs), repr(hs.with_options(timeout=2)), repr(pd._options), str(pd._options.api_key)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pd.scans.create(targets=["example.com"])
    shown += [str(w.message) for w in caught]
    scan = hs.scans.create_and_wait(type="NMAP", targets=["example.com"], poll_interval=0.01)
    shown.append(repr(scan))
    for fault in ["server-error", "bad-gateway", "disconnect", "invalid-json", "rate-limit:0"]:
        svc.settings.fault = fault
        for call in (lambda: pd.scans.create(targets=["a.com"]), lambda: hs.scans.get(scan.id), lambda: hs.results.read("x")):
            try:
                call()
            except errors.ScanClientsError as error:
                shown += [str(error), repr(error), repr(error.__dict__), repr(getattr(error, "request", None))]
    svc.settings.fault = None
    for bad in (lambda: PDCP(api_key=KEY, base_url="http://remote.example"), lambda: pd.scans.create(targets=[1])):
        try:
            bad()
        except errors.ScanClientsError as error:
            shown += [str(error), repr(error)]
    async def run():
        async with AsyncHostedScan(api_key=KEY, base_url=svc.hostedscan_url) as client:
            shown.append(repr(await client.scans.get(scan.id)))
            shown.append(repr(client))
    asyncio.run(run())
print("\\n".join(shown))
"""


def test_the_key_appears_nowhere_in_logs_output_errors_or_reprs(mock, tmp_path) -> None:
    env = {**os.environ, "SCANCLIENTS_LOG": "debug"}
    script = _SECRET_SCRIPT.replace("KEY", repr(SECRET))
    library = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert library.returncode == 0, library.stderr
    assert "attempt 1/2" in library.stderr  # the debug log was on
    command_env = {
        **env,
        "PDCP_API_KEY": SECRET,
        "HOSTEDSCAN_API_KEY": SECRET,
        "PDCP_API_SERVER": mock.pdcp_url,
        "HOSTEDSCAN_BASE_URL": mock.hostedscan_url,
    }
    mock.settings.fault = "server-error"
    commands = [
        ["pdcp", "create", "-t", "example.com", "--debug"],
        ["hostedscan", "get", "nope", "--debug"],
        ["hostedscan", "list", "--debug", "--json"],
        ["pdcp", "create", "--set", "recommended=maybe", "--debug"],
    ]
    outputs = []
    for arguments in commands:
        result = subprocess.run(
            [sys.executable, "-m", "scanclients", *arguments],
            capture_output=True,
            text=True,
            env=command_env,
        )
        outputs += [result.stdout, result.stderr]
    assert any("Traceback" in text for text in outputs)
    everything = library.stdout + library.stderr + "".join(outputs)
    assert everything.count(SECRET) == 0


# --- cancellation and cut downloads ---------------------------------------------------------


async def test_cancelling_wait_mid_poll_leaves_no_task_and_no_open_connection(mock) -> None:
    mock.settings.scan_seconds = 60
    mock.settings.fault = "slow:0.5"  # cancel while a poll is in flight
    async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        mock.settings.fault = None
        scan = await hs.scans.create(type="NMAP", targets=["example.com"])
        mock.settings.fault = "slow:0.5"
        task = asyncio.create_task(hs.scans.wait(scan.id, poll_interval=0.01))
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []
        pool = hs._http._transport._pool  # type: ignore[attr-defined]
        assert [c for c in pool.connections if not (c.is_idle() or c.is_closed())] == []
    mock.settings.fault = None


async def test_an_async_download_cut_short_leaves_nothing(mock, tmp_path) -> None:
    async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        scan = await hs.scans.create_and_wait(
            type="NMAP", targets=["example.com"], poll_interval=0.01
        )
        mock.settings.fault = "truncated"
        with pytest.raises(errors.APIConnectionError):
            await hs.results.download(scan.results[0].result_id, tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []

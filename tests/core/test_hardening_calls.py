"""Issue 16, what a hostile server does to a call: every call ends by its deadline, reads a bounded
body, stops paging, survives deep nesting, keeps its key at home, and fails with a typed error.
Each case is a small server on 127.0.0.1 (tests/hostile.py) behaving badly on purpose."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import tracemalloc
from typing import Any

import httpx
import pytest

from scanclients import PDCP, AsyncHostedScan, AsyncPDCP, HostedScan, errors
from tests.helpers import KEY
from tests.hostile import (
    SCAN,
    HostileServer,
    answer,
    fixed,
    gzip_bomb,
    settle,
    slow_body,
    slow_headers,
)

DEADLINE = 0.3


def _clients(url: str, asynchronous: bool, **options: Any) -> tuple[Any, Any]:
    settings = {"api_key": KEY, "base_url": url, "timeout": 2, **options}
    if asynchronous:
        return AsyncPDCP(**settings), AsyncHostedScan(**settings)
    return PDCP(**settings), HostedScan(**settings)


def _run(asynchronous: bool, call: Any, *clients: Any) -> Any:
    async def go() -> Any:
        try:
            return await settle(call())
        finally:
            for client in clients:
                await settle(client.close())

    return asyncio.run(go())


OPERATIONS = {
    "pdcp create": lambda pd, hs, path: pd.scans.create(targets=["example.com"]),
    "hostedscan create": lambda pd, hs, path: hs.scans.create(type="NMAP", targets=["a.com"]),
    "get": lambda pd, hs, path: hs.scans.get("s1"),
    "list": lambda pd, hs, path: hs.scans.list(),
    "read": lambda pd, hs, path: hs.results.read("r1"),
    "download": lambda pd, hs, path: hs.results.download("r1", path),
}
CASES = [(op, "headers") for op in OPERATIONS] + [
    (op, "body") for op in ("pdcp create", "get", "read", "download")
]


# --- finding 1: one overall deadline --------------------------------------------------------


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("operation", "slow"), CASES)
def test_a_server_sending_a_byte_at_a_time_is_cut_at_the_deadline(
    operation, slow, asynchronous, tmp_path
) -> None:
    behaviour = slow_headers() if slow == "headers" else slow_body()
    with HostileServer(behaviour) as server:
        pd, hs = _clients(server.url, asynchronous, deadline=DEADLINE)
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError, match=r"overall deadline of 0\.3 s") as caught:
            _run(asynchronous, lambda: OPERATIONS[operation](pd, hs, tmp_path / "f"), pd, hs)
        elapsed = time.monotonic() - started
    assert elapsed < DEADLINE + 1.0, elapsed
    assert caught.value.maybe_created is ("create" in operation)
    assert not list(tmp_path.iterdir())  # a download cut short leaves nothing


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_wait_timeout_includes_its_requests(asynchronous) -> None:
    with HostileServer(slow_headers()) as server:
        pd, hs = _clients(server.url, asynchronous)  # the per-call deadline stays 300 s
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            _run(asynchronous, lambda: hs.scans.wait("s1", timeout=0.4, poll_interval=0.1), pd, hs)
    assert time.monotonic() - started < 1.5


def test_the_deadline_is_per_client_and_per_copy() -> None:
    hs = HostedScan(api_key=KEY, deadline=12)
    assert (hs.deadline, hs.with_options(deadline=3).deadline, hs.deadline) == (12, 3, 12)
    assert HostedScan(api_key=KEY).deadline == 300
    with pytest.raises(errors.ConfigurationError, match="deadline"):
        HostedScan(api_key=KEY, deadline=float("inf"))


def test_a_retry_that_cannot_finish_by_the_deadline_is_not_started() -> None:
    with HostileServer(fixed(503, b"{}", {"retry-after": "5"})) as server:
        hs = HostedScan(api_key=KEY, base_url=server.url, deadline=1, max_retries=5)
        started = time.monotonic()
        with pytest.raises(errors.InternalServerError):
            hs.scans.get("s1")
    assert time.monotonic() - started < 0.5
    assert len(server.requests) == 1


# --- finding 2: bounded bodies, streamed files ----------------------------------------------


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_gzip_bomb_is_refused_within_the_size_limit(asynchronous) -> None:
    bomb = gzip_bomb(64 * 1024 * 1024)
    with HostileServer(fixed(200, bomb, {"content-encoding": "gzip"})) as server:
        pd, hs = _clients(server.url, asynchronous, max_body_size=1024 * 1024)
        tracemalloc.start()
        try:
            with pytest.raises(errors.UnexpectedResponseError, match="1048576-byte limit"):
                _run(asynchronous, lambda: hs.scans.get("s1"), pd, hs)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, peak


@pytest.mark.parametrize("operation", ["get", "download"])
def test_an_error_body_is_kept_only_up_to_its_bound(operation, tmp_path) -> None:
    bomb = gzip_bomb(32 * 1024 * 1024)
    with HostileServer(fixed(500, bomb, {"content-encoding": "gzip"})) as server:
        hs = HostedScan(api_key=KEY, base_url=server.url, max_retries=0)
        with pytest.raises(errors.InternalServerError) as caught:
            OPERATIONS[operation](None, hs, tmp_path / "f")
    assert len(caught.value.response.content) == 256 * 1024


def test_read_is_bounded_and_download_is_streamed(tmp_path) -> None:
    file = b"%PDF" + b"x" * (3 * 1024 * 1024)
    headers = {"content-type": "application/pdf"}
    with HostileServer(fixed(200, file, headers)) as server:
        hs = HostedScan(api_key=KEY, base_url=server.url, max_body_size=1024 * 1024)
        with pytest.raises(errors.UnexpectedResponseError, match="max_body_size"):
            hs.results.read("r1")
        assert hs.results.download("r1", tmp_path / "r.pdf").read_bytes() == file


# --- finding 3: pagers stop -----------------------------------------------------------------


def _pages(data: bytes) -> Any:
    counter = iter(range(10**9))

    def behave(connection: Any, head: bytes, server: HostileServer) -> None:
        number = next(counter)
        # `{n}` in `data` makes each page's items new (not a cycle: the bound must stop it).
        items = data.replace(b"{n}", b"%d" % number)
        body = b'{"data": ' + items + b', "next_page_token": "t' + b"%d" % number + b'"}'
        connection.sendall(answer(200, body))

    return behave


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_empty_page_ends_the_listing(asynchronous) -> None:
    with HostileServer(_pages(b"[]")) as server:
        pd, hs = _clients(server.url, asynchronous)
        assert _run(asynchronous, lambda: hs.scans.list(), pd, hs) == []
    assert len(server.requests) == 1


def test_fresh_tokens_for_ever_stop_at_max_pages() -> None:
    scan = json.dumps({**json.loads(SCAN)["data"], "id": "s{n}"}).encode()
    with HostileServer(_pages(b"[" + scan + b"]")) as server:
        hs = HostedScan(api_key=KEY, base_url=server.url)
        with pytest.raises(errors.UnexpectedResponseError, match="pass a larger max_pages"):
            list(hs.scans.list(max_pages=5))
        with pytest.raises(errors.ValidationError, match="max_pages"):
            list(hs.scans.list(max_pages=0))
    assert len(server.requests) == 5


# --- finding 5: deep nesting ----------------------------------------------------------------

DEEP = b"[" * 200_000 + b"]" * 200_000


@pytest.mark.parametrize(
    ("operation", "status", "expected", "maybe_created"),
    [
        ("get", 200, errors.UnexpectedResponseError, False),
        ("get", 500, errors.InternalServerError, False),
        ("hostedscan create", 200, errors.UnexpectedResponseError, True),
        ("pdcp create", 200, errors.UnexpectedResponseError, True),
        ("pdcp create", 502, errors.InternalServerError, True),
    ],
)
def test_deeply_nested_json_raises_a_typed_error(
    operation, status, expected, maybe_created
) -> None:
    body = b'{"data": ' + DEEP + b', "message": ' + DEEP + b"}"
    with HostileServer(fixed(status, body)) as server:
        pd, hs = _clients(server.url, False, max_retries=0)
        with pytest.raises(expected) as caught:
            OPERATIONS[operation](pd, hs, None)
    assert type(caught.value) is expected
    assert caught.value.maybe_created is maybe_created


# --- finding 7: closed clients, close during a call, a second event loop --------------------


def test_a_closed_client_raises_client_closed_error(mock) -> None:
    hs = HostedScan(api_key=KEY, base_url=mock.hostedscan_url)
    hs.close()
    with pytest.raises(errors.ClientClosedError, match="closed"):
        hs.scans.get("s1")

    async def use_closed() -> None:
        client = AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url)
        await client.close()
        await client.scans.get("s1")

    with pytest.raises(errors.ClientClosedError):
        asyncio.run(use_closed())


def test_closing_a_sync_client_during_a_call_raises_client_closed_error() -> None:
    with HostileServer(slow_headers()) as server:
        hs = HostedScan(api_key=KEY, base_url=server.url, deadline=1.5)
        closer = threading.Timer(0.3, hs.close)
        closer.start()
        with pytest.raises(errors.ClientClosedError):
            hs.scans.get("s1")
        closer.join()


def test_closing_an_async_client_during_a_call_raises_client_closed_error() -> None:
    async def scenario(url: str) -> None:
        hs = AsyncHostedScan(api_key=KEY, base_url=url, deadline=2)
        call = asyncio.create_task(hs.scans.get("s1"))
        await asyncio.sleep(0.3)
        await hs.close()
        await call

    with HostileServer(slow_headers()) as server, pytest.raises(errors.ClientClosedError):
        asyncio.run(scenario(server.url))


def test_an_async_client_used_in_a_second_event_loop_raises_event_loop_error(mock) -> None:
    hs = AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url)
    scan = asyncio.run(hs.scans.create(type="NMAP", targets=["a.com"]))
    with pytest.raises(errors.EventLoopError, match="one client per loop"):
        asyncio.run(hs.scans.get(scan.id))
    assert mock.requests()["hostedscan"] == 1


# --- findings 11 and 12: the key stays with the base URL ------------------------------------


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_redirect_is_not_followed_even_by_an_injected_client(asynchronous) -> None:
    with HostileServer(fixed(200, SCAN)) as elsewhere:
        moved = fixed(302, b"", {"location": elsewhere.url + "/v1/scans/s1"})
        with HostileServer(moved) as server:
            http: Any = (httpx.AsyncClient if asynchronous else httpx.Client)(follow_redirects=True)
            hs = (AsyncHostedScan if asynchronous else HostedScan)(
                api_key=KEY, base_url=server.url, http_client=http
            )
            with pytest.raises(errors.APIStatusError, match=r"redirect to .* not followed"):
                _run(asynchronous, lambda: hs.scans.get("s1"), hs)
            _run(asynchronous, lambda: http.aclose() if asynchronous else http.close())
    assert elsewhere.requests == []


def test_a_proxy_from_the_environment_never_sees_a_plain_http_key(monkeypatch) -> None:
    with HostileServer(fixed(200, SCAN)) as proxy, HostileServer(fixed(200, SCAN)) as server:
        for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.setenv(name, proxy.url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        with HostedScan(api_key=KEY, base_url=server.url) as hs:
            assert hs.scans.get("s1").id == "s1"
        with httpx.Client() as plain:  # the control: httpx alone would go through the proxy
            plain.get(server.url + "/v1/scans/s1")
    assert len(server.requests) == 1
    assert len(proxy.requests) == 1
    assert KEY.encode() not in proxy.requests[0]


# --- finding 14: create_and_wait says what it created ---------------------------------------


def _created_then_502(connection: Any, head: bytes, server: HostileServer) -> None:
    if head.startswith(b"POST"):
        connection.sendall(answer(200, SCAN))
    else:
        connection.sendall(answer(502, b"<html><title>502 Bad Gateway</title></html>"))


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_failed_poll_after_create_names_the_created_scan(asynchronous) -> None:
    with HostileServer(_created_then_502) as server:
        pd, hs = _clients(server.url, asynchronous)
        hs = hs.with_options(max_retries=0)
        with pytest.raises(errors.InternalServerError) as caught:
            _run(
                asynchronous,
                lambda: hs.scans.create_and_wait(
                    type="NMAP", targets=["a.com"], poll_interval=0.01
                ),
                pd,
            )
    error = caught.value
    assert (error.created_id, error.maybe_created) == ("s1", True)
    assert "The scan s1 was created" in str(error)
    assert "may have been created" not in str(error)


def test_the_command_line_prints_the_created_scan(monkeypatch) -> None:
    from click.testing import CliRunner

    from scanclients._cli import cli

    with HostileServer(_created_then_502) as server:
        monkeypatch.setenv("HOSTEDSCAN_API_KEY", KEY)
        monkeypatch.setenv("HOSTEDSCAN_BASE_URL", server.url)
        result = CliRunner().invoke(
            cli,
            [
                "hostedscan",
                "create",
                "--type",
                "NMAP",
                "-t",
                "a.com",
                "--wait",
                "--poll-interval",
                "0.01",
            ],
        )
    assert result.exit_code == 1
    assert "created: s1" in result.stderr
    assert "Bad Gateway" in result.stderr

"""Every way of reading a streamed body ends by the call's deadline and within its size bound:
`pd.scans.findings`, `Download.iter_bytes`, `save`, and their async twins, against servers that drip
the body or send small gzip bombs. Hostile servers: tests/hostile.py."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanclients import PDCP, AsyncPDCP, errors
from tests.helpers import KEY, Recorder
from tests.hostile import HostileServer, fixed, gzip_bomb

HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n"


def _drip(start: bytes = b"[", every: float = 0.05) -> Any:
    """A 200 whose body starts at once, then comes a space every `every` seconds, for ever."""

    def behave(connection: socket.socket, head: bytes, server: HostileServer) -> None:
        connection.sendall(HEAD + start)
        while not server.stopping.is_set():
            connection.sendall(b" ")
            time.sleep(every)

    return behave


def _sync_reads(pd: PDCP, tmp: Path) -> dict[str, Callable[[], object]]:
    return {
        "findings": lambda: list(pd.scans.findings("s1")),
        "iter_bytes": lambda: list(pd.scans.export_api("s1", type_="json").iter_bytes()),
        "save": lambda: pd.scans.export("s1", tmp / "export.json"),
    }


async def _async_read(pd: AsyncPDCP, how: str, tmp: Path) -> object:
    if how == "findings":
        return [finding async for finding in pd.scans.findings("s1")]
    if how == "iter_bytes":
        return [chunk async for chunk in pd.scans.export_api("s1", type_="json").aiter_bytes()]
    return await pd.scans.export("s1", tmp / "export.json")


READS = ["findings", "iter_bytes", "save"]


@pytest.mark.parametrize("how", READS)
def test_a_dripping_export_ends_by_the_deadline(how: str, tmp_path: Path) -> None:
    with HostileServer(_drip()) as server:
        pd = PDCP(api_key=KEY, base_url=server.url, deadline=1, max_retries=0)
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError, match="overall deadline"):
            _sync_reads(pd, tmp_path)[how]()
        took = time.monotonic() - started
        pd.close()
    assert 0.9 <= took < 2.0, took


@pytest.mark.parametrize("how", READS)
def test_an_async_dripping_export_ends_by_the_deadline(how: str, tmp_path: Path) -> None:
    async def go() -> None:
        async with AsyncPDCP(api_key=KEY, base_url=server.url, deadline=1, max_retries=0) as pd:
            await _async_read(pd, how, tmp_path)

    with HostileServer(_drip()) as server:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError, match="overall deadline"):
            asyncio.run(go())
        took = time.monotonic() - started
    assert 0.9 <= took < 2.0, took


def test_a_dripping_export_through_an_injected_client_ends_by_the_deadline() -> None:
    class Drip(httpx.SyncByteStream):
        def __iter__(self) -> Any:
            yield b"["
            while True:
                time.sleep(0.02)
                yield b" "

    recorder = Recorder(lambda request: httpx.Response(200, stream=Drip()))
    pd = PDCP(api_key=KEY, http_client=recorder.client(), deadline=0.5, max_retries=0)
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError):
        list(pd.scans.findings("s1"))
    assert time.monotonic() - started < 1.5


def _gzip_answer(status: int, decoded: bytes) -> Any:
    return fixed(status, gzip.compress(decoded, compresslevel=9), {"content-encoding": "gzip"})


@pytest.mark.parametrize("how", READS)
def test_gzipped_blank_lines_on_a_200_stop_at_max_body_size(how: str, tmp_path: Path) -> None:
    with HostileServer(_gzip_answer(200, b"\n" * (64 * 1024 * 1024))) as server:
        pd = PDCP(api_key=KEY, base_url=server.url, max_body_size=1024 * 1024, max_retries=0)
        started = time.monotonic()
        tracemalloc.start()
        try:
            with pytest.raises(errors.UnexpectedResponseError, match="1048576 bytes"):
                _sync_reads(pd, tmp_path)[how]()
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        pd.close()
    assert time.monotonic() - started < 3
    assert peak < 8 * 1024 * 1024, peak
    assert not (tmp_path / "export.json").exists()


@pytest.mark.parametrize("how", READS)
def test_an_async_gzip_bomb_stream_stops_at_max_body_size(how: str, tmp_path: Path) -> None:
    async def go() -> None:
        async with AsyncPDCP(
            api_key=KEY, base_url=server.url, max_body_size=1024 * 1024, max_retries=0
        ) as pd:
            await _async_read(pd, how, tmp_path)

    with HostileServer(_gzip_answer(200, b" " * (64 * 1024 * 1024))) as server:
        with pytest.raises(errors.UnexpectedResponseError, match="1048576 bytes"):
            asyncio.run(go())


def test_a_streamed_gzip_body_comes_in_bounded_chunks() -> None:
    body = b"[" + b" " * (8 * 1024 * 1024) + b"]"
    with HostileServer(_gzip_answer(200, body)) as server:
        with PDCP(api_key=KEY, base_url=server.url, max_body_size=16 * 1024 * 1024) as pd:
            chunks = list(pd.scans.export_api("s1", type_="json").iter_bytes())
    assert b"".join(chunks) == body
    assert max(len(chunk) for chunk in chunks) <= 64 * 1024


def test_a_gzip_bomb_answering_201_is_refused_without_inflating(tmp_path: Path) -> None:
    bomb = gzip_bomb(64 * 1024 * 1024)
    with HostileServer(fixed(201, bomb, {"content-encoding": "gzip"})) as server:
        with PDCP(api_key=KEY, base_url=server.url, max_retries=0) as pd:
            tracemalloc.start()
            try:
                with pytest.raises(errors.UnexpectedResponseError, match="JSON answer is over"):
                    pd.scans.export_api("s1", type_="json", async_=True).save(tmp_path / "x")
                with pytest.raises(errors.UnexpectedResponseError, match="over") as caught:
                    list(pd.scans.export_api("s1", type_="json", async_=True).iter_bytes())
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, peak  # of a 64 MiB bomb: never inflated whole
    assert len(caught.value.response.content) == 1024 * 1024  # the error keeps the start


def test_an_uncompressed_file_larger_than_max_body_size_is_still_saved(tmp_path: Path) -> None:
    file = b"[" + b" " * (3 * 1024 * 1024) + b"]"
    with HostileServer(fixed(200, file)) as server:
        with PDCP(api_key=KEY, base_url=server.url, max_body_size=1024 * 1024) as pd:
            saved = pd.scans.export("s1", tmp_path / "big.json")
    assert saved.read_bytes() == file


# --- fuzzed drip streams ------------------------------------------------------------------------


class _Dripping(httpx.SyncByteStream):
    def __init__(self, start: bytes, piece: bytes, pause: float) -> None:
        self._start, self._piece, self._pause = start, piece, pause

    def __iter__(self) -> Any:
        yield self._start
        while True:
            time.sleep(self._pause)
            yield self._piece


@given(
    how=st.sampled_from(READS),
    start=st.sampled_from([b"[", b"", b"\n", b'[{"template-id": "x"},', b"{}\n"]),
    piece=st.sampled_from([b" ", b"\n", b"\n\n\n\n", b'{"a": 1}\n', b"[" * 64]),
    pause=st.floats(0.005, 0.05),
    gzipped=st.booleans(),
)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_fuzzed_drip_streams_end_by_the_deadline(
    how: str, start: bytes, piece: bytes, pause: float, gzipped: bool, tmp_path_factory: Any
) -> None:
    if gzipped:
        # One gzip member per piece: each decodes to the piece (a stream of members is valid gzip).
        start, piece = gzip.compress(start), gzip.compress(piece)
    headers = {"content-encoding": "gzip"} if gzipped else {}
    recorder = Recorder(
        lambda request: httpx.Response(200, stream=_Dripping(start, piece, pause), headers=headers)
    )
    pd = PDCP(api_key=KEY, http_client=recorder.client(), deadline=0.3, max_retries=0)
    started = time.monotonic()
    with contextlib.suppress(errors.ScanClientsError):
        _sync_reads(pd, tmp_path_factory.mktemp("drip"))[how]()
    assert time.monotonic() - started < 1.0

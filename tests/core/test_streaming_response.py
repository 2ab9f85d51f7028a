"""`with_streaming_response`: a context manager over the open answer (issue 26).

Nothing is sent before the `with`; the body is read as bytes, lines or whole, within the call's
deadline, and `read()`/`parse()` hold at most `max_body_size` bytes; the answer is closed on exit.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from scanclients import PDCP, AsyncHostedScan, AsyncPDCP, HostedScan
from scanclients.errors import UnexpectedResponseError
from tests.helpers import KEY

# The body split where a line end and a two-byte UTF-8 character fall across chunks.
CHUNKS = [b"first li", b"ne\r\nsecond \xc3", b"\xa9\n\nthird"]
LINES = ["first line", "second \u00e9", "", "third"]


class _ChunkedServer:
    """HTTP/1.1 on 127.0.0.1 answering every request with `chunks`, one chunk per write."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.requests = 0
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            with connection:
                data = b""
                while b"\r\n\r\n" not in data:
                    data += connection.recv(65536)
                self.requests += 1
                connection.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\n"
                    b"x-request-id: req-7\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n"
                )
                for part in self.chunks:
                    connection.sendall(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                connection.sendall(b"0\r\n\r\n")

    def __enter__(self) -> _ChunkedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.socket.close()
        self.thread.join(timeout=5)


@pytest.fixture
def server() -> Iterator[_ChunkedServer]:
    with _ChunkedServer(CHUNKS) as running:
        yield running


def test_nothing_is_sent_before_the_with_and_lines_cross_chunks(server: _ChunkedServer) -> None:
    with PDCP(api_key=KEY, base_url=server.url) as pd:
        call = pd.scans.with_streaming_response.export_api("s1")
        assert server.requests == 0
        with call as response:
            assert server.requests == 1
            assert (response.status_code, response.request_id) == (200, "req-7")
            assert response.headers["content-type"] == "application/octet-stream"
            assert list(response.iter_lines()) == LINES
        assert response.http_response.is_closed


def test_iter_bytes_gives_the_body_and_parse_the_plain_result(server: _ChunkedServer) -> None:
    with PDCP(api_key=KEY, base_url=server.url) as pd:
        with pd.scans.with_streaming_response.export_api("s1") as response:
            assert b"".join(response.iter_bytes()) == b"".join(CHUNKS)
        with pd.scans.with_streaming_response.export_api("s1") as response:
            assert response.parse() == b"".join(CHUNKS)
        assert b"".join(pd.scans.export_api("s1").iter_bytes()) == b"".join(CHUNKS)


def test_read_holds_at_most_max_body_size_while_iter_bytes_streams_on() -> None:
    big = [b"x" * 1000 + b"\n"] * 3
    with (
        _ChunkedServer(big) as server,
        PDCP(api_key=KEY, base_url=server.url, max_body_size=1024) as pd,
    ):
        with pd.scans.with_streaming_response.export_api("s1") as response:
            with pytest.raises(UnexpectedResponseError, match="max_body_size"):
                response.read()
        with pd.scans.with_streaming_response.export_api("s1") as response:
            assert b"".join(response.iter_bytes()) == b"".join(big)


async def test_the_async_view_streams_lines_and_closes(server: _ChunkedServer) -> None:
    async with AsyncPDCP(api_key=KEY, base_url=server.url) as pd:
        async with pd.scans.with_streaming_response.export_api("s1") as response:
            assert [line async for line in response.iter_lines()] == LINES
        assert response.http_response.is_closed
        async with pd.scans.with_streaming_response.export_api("s1") as response:
            assert await response.parse() == b"".join(CHUNKS)


def test_a_json_answer_streams_and_parses_to_the_plain_result(mock) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        created = pd.scans.create(targets=["example.com"])
        with pd.scans.with_streaming_response.get(created.id) as response:
            parsed = response.parse()
        # The mock's scan moves on between two reads: the same scan, of the plain method's type.
        plain = pd.scans.get(created.id)
        assert type(parsed) is type(plain)
        assert parsed.scan_id == plain.scan_id == created.id
        with pd.scans.with_streaming_response.list(limit=1) as response:
            page: Any = response.parse()
        assert page.data is not None
        assert len(page.data) == 1


def test_a_hostedscan_result_file_streams(mock) -> None:
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        scan = hs.scans.wait(
            hs.scans.create(type="NMAP", targets=["example.com"]), poll_interval=0.01
        )
        result_id = scan.results[0].result_id
        before = mock.requests()["hostedscan"]
        with hs.results.with_streaming_response.read(result_id) as response:
            streamed = b"".join(response.iter_bytes())
        assert mock.requests()["hostedscan"] == before + 1
        assert streamed == hs.results.read(result_id)


async def test_an_async_hostedscan_result_file_streams(mock) -> None:
    async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        created = await hs.scans.create(type="NMAP", targets=["example.com"])
        scan = await hs.scans.wait(created, poll_interval=0.01)
        result_id = scan.results[0].result_id
        async with hs.results.with_streaming_response.read(result_id) as response:
            streamed = await response.read()
        assert streamed == await hs.results.read(result_id)

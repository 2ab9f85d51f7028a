"""File answers: streamed to disk atomically or iterated, never buffered whole; async exports."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from scanclients import PDCP, AsyncPDCP
from scanclients._core.files import ExportStarted, Saved
from scanclients.errors import APIConnectionError, UnexpectedResponseError, ValidationError
from tests.helpers import Recorder
from tests.resource_tools import KEY

CHUNK = b"x" * 65536


class _Stream(httpx.SyncByteStream):
    """A body produced chunk by chunk; `produced` counts what the client pulled so far."""

    def __init__(self, chunks: int, fail_after: int | None = None) -> None:
        self.chunks, self.fail_after, self.produced = chunks, fail_after, 0

    def __iter__(self) -> Iterator[bytes]:
        for index in range(self.chunks):
            if self.fail_after is not None and index == self.fail_after:
                raise httpx.ReadError("connection reset mid-body")
            self.produced += 1
            yield CHUNK


def _client(handler) -> PDCP:
    return PDCP(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def _file(stream: httpx.SyncByteStream) -> httpx.Response:
    return httpx.Response(200, stream=stream, headers={"content-type": "application/octet-stream"})


def test_export_is_lazy_and_saves_atomically(tmp_path: Path) -> None:
    recorder = Recorder(lambda r: _file(_Stream(16)))
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        download = pd.scans.export_api("s1", type_="csv")
        assert recorder.requests == []  # nothing sent until it is used
        saved = download.save(tmp_path / "scan.csv")
    assert isinstance(saved, Saved)
    assert saved.size == 16 * len(CHUNK)
    assert (tmp_path / "scan.csv").stat().st_size == saved.size
    assert [p.name for p in tmp_path.iterdir()] == ["scan.csv"]
    assert recorder.requests[0].url.params["type"] == "csv"


def test_iter_bytes_streams_chunk_by_chunk() -> None:
    stream = _Stream(64)
    with _client(lambda r: _file(stream)) as pd:
        chunks = pd.scans.export_api("s1").iter_bytes()
        first = next(chunks)
        # Only the first chunks were pulled off the wire: the body is not buffered whole.
        assert len(first) > 0
        assert stream.produced < 64
        rest = sum(len(c) for c in chunks)
    assert len(first) + rest == 64 * len(CHUNK)


def test_a_body_cut_short_leaves_no_file_and_is_a_typed_error(tmp_path: Path) -> None:
    with _client(lambda r: _file(_Stream(16, fail_after=3))) as pd:
        with pytest.raises(APIConnectionError, match="reset"):
            pd.scans.export_api("s1").save(tmp_path / "scan.json")
    assert list(tmp_path.iterdir()) == []


def test_an_async_export_comes_back_as_export_started(tmp_path: Path) -> None:
    recorder = Recorder(lambda r: httpx.Response(201, json={"export_id": "exp-1"}))
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        started = pd.scans.export_api("s1", async_=True).save(tmp_path / "scan.pdf")
    assert isinstance(started, ExportStarted)
    assert started.export_id == "exp-1"
    assert started.status_code == 201
    assert recorder.requests[0].url.params["async"] == "true"
    assert list(tmp_path.iterdir()) == []


def test_iter_bytes_of_an_async_export_says_so() -> None:
    with _client(lambda r: httpx.Response(201, json={"export_id": "exp-1"})) as pd:
        with pytest.raises(UnexpectedResponseError, match="no file"):
            list(pd.scans.export_api("s1", async_=True).iter_bytes())


def test_a_bad_path_fails_before_any_request(tmp_path: Path) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    with _client(refuse) as pd, pytest.raises(ValidationError, match="does not exist"):
        pd.scans.export_api("s1").save(tmp_path / "missing" / "scan.csv")


async def test_async_save_and_aiter_bytes_over_loopback(tmp_path: Path) -> None:
    body = b"".join(CHUNK for _ in range(8))
    server = _LoopbackFileServer(body)
    with server:
        async with AsyncPDCP(api_key=KEY, base_url=server.url) as pd:
            saved = await pd.scans.export_api("s1").save(tmp_path / "scan.csv")
            streamed = b"".join([c async for c in pd.scans.export_api("s1").aiter_bytes()])
    assert isinstance(saved, Saved)
    assert (tmp_path / "scan.csv").read_bytes() == body
    assert streamed == body


class _LoopbackFileServer:
    """A tiny HTTP/1.1 server on 127.0.0.1 answering every request with one chunked file."""

    def __init__(self, body: bytes) -> None:
        import socket

        self.body = body
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.stopped = False

    def _serve(self) -> None:
        while not self.stopped:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            with connection:
                data = b""
                while b"\r\n\r\n" not in data:
                    data += connection.recv(65536)
                connection.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\n"
                    b"transfer-encoding: chunked\r\nconnection: close\r\n\r\n"
                )
                for start in range(0, len(self.body), len(CHUNK)):
                    part = self.body[start : start + len(CHUNK)]
                    connection.sendall(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                connection.sendall(b"0\r\n\r\n")

    def __enter__(self) -> _LoopbackFileServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopped = True
        self.socket.close()
        self.thread.join(timeout=5)

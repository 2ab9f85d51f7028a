"""A hostile HTTP server on 127.0.0.1 for the hardening tests: each connection is handed to a
function that reads the request and writes whatever it likes (slowly, huge, broken)."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Self

from scanclients._core.paging import SyncPager

Behaviour = Callable[[socket.socket, bytes, "HostileServer"], None]


class HostileServer:
    """`with HostileServer(behaviour) as server: ... server.url ...`; `server.requests` keeps the
    head of every request received."""

    def __init__(self, behaviour: Behaviour) -> None:
        self._behaviour = behaviour
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.requests: list[bytes] = []
        self.stopping = threading.Event()
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> Self:
        accepting = threading.Thread(target=self._accept, daemon=True)
        accepting.start()
        self._threads.append(accepting)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stopping.set()
        for thread in self._threads:
            thread.join(5)
        self._listener.close()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            try:
                head = _read_head(connection)
                self.requests.append(head)
                self._behaviour(connection, head, self)
            except OSError:
                pass  # the client gave up: that is what these tests want


def _read_head(connection: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            missing = int(line.split(b":")[1]) - len(rest)
            while missing > 0:
                chunk = connection.recv(missing)
                if not chunk:
                    break
                missing -= len(chunk)
    return head


def answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> bytes:
    fields = {
        "content-type": "application/json",
        "content-length": str(len(body)),
        "connection": "close",  # one request a connection: no reuse of a closed one
        **(headers or {}),
    }
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in fields.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def trickle(data: bytes, every: float = 0.1) -> Behaviour:
    """Send `data` one byte at a time, `every` seconds apart, then keep trickling spaces."""

    def behave(connection: socket.socket, head: bytes, server: HostileServer) -> None:
        for index in range(len(data)):
            if server.stopping.is_set():
                return
            connection.sendall(data[index : index + 1])
            time.sleep(every)
        while not server.stopping.is_set():
            connection.sendall(b" ")
            time.sleep(every)

    return behave


def slow_headers() -> Behaviour:
    return trickle(b"HTTP/1.1 200 OK\r\nx-padding: " + b"a" * 10_000)


def slow_body() -> Behaviour:
    start = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n"

    def behave(connection: socket.socket, head: bytes, server: HostileServer) -> None:
        connection.sendall(start)
        trickle(b'{"data": ' + b" " * 99_000)(connection, head, server)

    return behave


def fixed(status: int, body: bytes, headers: dict[str, str] | None = None) -> Behaviour:
    def behave(connection: socket.socket, head: bytes, server: HostileServer) -> None:
        connection.sendall(answer(status, body, headers))

    return behave


def gzip_bomb(decoded_size: int) -> bytes:
    return gzip.compress(b"\0" * decoded_size, compresslevel=9)


async def settle(value: object) -> object:
    """The result of a client call, sync or async: awaited, or its iterator drained."""
    import inspect

    if hasattr(value, "__aiter__"):
        return [item async for item in value]  # type: ignore[attr-defined]
    if inspect.iscoroutine(value):
        return await value
    if hasattr(value, "__next__") or isinstance(value, SyncPager):
        return list(value)  # type: ignore[call-overload]
    return value


SCAN = (
    b'{"data": {"id": "s1", "type": "NMAP", "state": "RUNNING", "progress": 5, "results": [],'
    b' "requested_targets": [], "resolved_targets": [], "skipped_targets": []}}'
)

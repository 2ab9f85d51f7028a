"""The minimal HTTP/1.1 servers `make bench` measures against: a few lines of asyncio in a process
of their own, so that what is measured is the client, not the validating mock service. The
connection handling is here once; `bench.py` (B1-B7) and `bench_pdcp.py` (B8, B9) each give what
to answer.

    python scripts/bench_server.py --serve PORT_FILE    # B1-B7's server; writes its port first
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

# method, path, and the writer the answer goes to.
Answer = Callable[[str, str, asyncio.StreamWriter], Awaitable[None]]

CREATED = json.dumps({"id": "b1", "message": "scan created", "truncated-scan-targets": 0}).encode()
SCAN = json.dumps(
    {"data": {"id": "b1", "type": "NMAP", "state": "RUNNING", "progress": 40}}
).encode()
STATUS = json.dumps(  # PDCP's answer to GET /v1/scans/{id}
    {
        "scan_id": "b1",
        "status": "running",
        "scan_time_elapsed": "1m",
        "progress": 40,
        "failure_reason": "",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:01:00Z",
        "total_target": 1,
        "completed_at": "",
        "total_scan": 1,
        "total_template": 1,
        "name": "bench",
        "is_oss": False,
        "is_cloud": True,
        "total_result": 0,
    }
).encode()
TARGET = json.dumps({"data": {"id": "t1", "target": "example.com", "tags": []}}).encode()


async def _connection(
    answer: Answer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, *lines = head.decode("latin-1").split("\r\n")
            length = next((int(x[15:]) for x in lines if x[:15].lower() == "content-length:"), 0)
            while length:  # read (and drop) an upload without holding it
                length -= len(await reader.read(min(length, 1 << 20)))
            method, path, _ = request_line.split(" ", 2)
            await answer(method, path, writer)
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def json_reply(writer: asyncio.StreamWriter, body: bytes) -> None:
    writer.write(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )
    await writer.drain()


def serve(answer: Answer, port_file: str) -> None:
    """Serve on a free loopback port, written to `port_file` once listening, until killed."""

    async def forever() -> None:
        server = await asyncio.start_server(
            lambda reader, writer: _connection(answer, reader, writer),
            "127.0.0.1",
            0,
            backlog=1024,
        )
        Path(port_file).write_text(str(server.sockets[0].getsockname()[1]))  # noqa: ASYNC240
        async with server:
            await server.serve_forever()

    asyncio.run(forever())


def start_server(tmp: Path, script: str = __file__) -> tuple[subprocess.Popen[bytes], str]:
    """`script --serve PORT_FILE` in its own process, and its URL once it listens."""
    port_file = tmp / "port"
    process = subprocess.Popen([sys.executable, script, "--serve", str(port_file)])
    deadline = time.monotonic() + 10
    while not port_file.exists() or not port_file.read_text():
        if time.monotonic() > deadline:
            process.terminate()
            raise SystemExit("bench: the server did not start")
        time.sleep(0.01)
    return process, f"http://127.0.0.1:{port_file.read_text()}"


async def _answer(method: str, path: str, writer: asyncio.StreamWriter) -> None:
    # PDCP's create answer at /v1/scans; HostedScan's scan (or target) under /hostedscan/.
    if path.startswith("/hostedscan/v1/targets"):
        await json_reply(writer, TARGET)
    elif method == "GET" and path.startswith("/v1/scans/"):
        await json_reply(writer, STATUS)
    else:
        hostedscan = path.startswith("/hostedscan") or method == "GET"
        await json_reply(writer, SCAN if hostedscan else CREATED)


if __name__ == "__main__":
    serve(_answer, sys.argv[2])

"""The minimal HTTP/1.1 server `make bench` measures against: a few lines of asyncio in its own
process, answering PDCP's create at /v1/scans and HostedScan's scan under /hostedscan/, so that
what is measured is the client, not the validating mock service.

    python scripts/bench_server.py PORT_FILE     # writes the port it listens on, then serves
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

CREATED = json.dumps({"id": "b1", "message": "scan created", "truncated-scan-targets": 0}).encode()
SCAN = json.dumps(
    {"data": {"id": "b1", "type": "NMAP", "state": "RUNNING", "progress": 40}}
).encode()


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, *header_lines = head.decode("latin-1").split("\r\n")
            length = 0
            for line in header_lines:
                if line[:15].lower() == "content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            method, path, _ = request_line.split(" ", 2)
            # PDCP's create answer at /v1/scans; HostedScan's scan under /hostedscan/.
            body = SCAN if path.startswith("/hostedscan") or method == "GET" else CREATED
            writer.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                + str(len(body)).encode()
                + b"\r\n\r\n"
                + body
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def _serve(port_file: str) -> None:
    server = await asyncio.start_server(_handle, "127.0.0.1", 0, backlog=1024)
    Path(port_file).write_text(str(server.sockets[0].getsockname()[1]))  # noqa: ASYNC240  (once, at start)
    async with server:
        await server.serve_forever()


def start_server(tmp: Path) -> tuple[subprocess.Popen[bytes], str]:
    port_file = tmp / "port"
    process = subprocess.Popen([sys.executable, __file__, str(port_file)])
    deadline = time.monotonic() + 10
    while not port_file.exists() or not port_file.read_text():
        if time.monotonic() > deadline:
            raise SystemExit("bench: the server did not start")
        time.sleep(0.01)
    return process, f"http://127.0.0.1:{port_file.read_text()}"


if __name__ == "__main__":
    asyncio.run(_serve(sys.argv[1]))

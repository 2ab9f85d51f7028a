"""Bench rows of the PDCP scan helpers (run by `make bench`, or alone):

    python scripts/bench_pdcp.py [--quick] [--json FILE]

B8 findings of a 100,000-finding scan, iterated from the streamed export: peak RSS growth of the
   client process (and, for contrast, of reading the same export whole with httpx and json).
B9 import of a 100 MB nuclei JSONL file: throughput of `pd.scans.import_results` against raw
   httpx posting the same 4 MB chunks, checked as sent (`check_first=False`: each chunk checked
   as it is read, the goal's row) and checked first (the default: every line before the first
   byte, which costs one more pass over the file; its row says how much).

Both run against a minimal asyncio HTTP server in its own process (not the validating mock, whose
own cost would hide the client's). Goals are reported, not asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from bench_report import report
from bench_server import json_reply, serve, start_server

KEY = "bench-key"
CHUNK = 4 * 1024 * 1024
FINDING = {
    "template-id": "tech-detect",
    "template-path": "http/technologies/tech-detect.yaml",
    "info": {"name": "Wappalyzer Technology Detection", "severity": "info", "tags": ["tech"]},
    "type": "http",
    "host": "https://example.com",
    "matched-at": "https://example.com/",
    "ip": "93.184.216.34",
    "timestamp": "2026-01-01T00:00:00Z",
    "matcher-status": True,
}


# --- the server (its own process) -------------------------------------------------------------


async def _answer(method: str, path: str, writer: asyncio.StreamWriter) -> None:
    if method == "GET" and "/export" in path:
        await _stream_export(writer, int(path.split("/")[3].lstrip("n")))
    else:
        await json_reply(
            writer, b'{"id": "b1", "message": "ok"}' if method == "POST" else b'{"message": "ok"}'
        )


async def _stream_export(writer: asyncio.StreamWriter, count: int) -> None:
    writer.write(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\n"
        b"transfer-encoding: chunked\r\n\r\n"
    )
    record = json.dumps(FINDING).encode()
    batch = 1000
    for start in range(0, count, batch):
        part = (b"[" if start == 0 else b",") + b",".join([record] * min(batch, count - start))
        writer.write(b"%x\r\n%s\r\n" % (len(part), part))
        await writer.drain()
    writer.write(b"1\r\n]\r\n0\r\n\r\n")
    await writer.drain()


# --- B7 ---------------------------------------------------------------------------------------


def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def b8_findings(url: str, count: int) -> dict[str, float]:
    from scanclients import PDCP

    with PDCP(api_key=KEY, base_url=url) as pd:
        sum(1 for _ in pd.scans.findings("n1000"))  # warm: imports, pool, decoder
        before, peak, seen = _rss(), 0, 0
        started = time.perf_counter()
        for seen, _ in enumerate(pd.scans.findings(f"n{count}"), start=1):
            if seen % 5000 == 0:
                peak = max(peak, _rss())
        elapsed = time.perf_counter() - started
        peak = max(peak, _rss())
    assert seen == count, seen
    with httpx.Client() as http:
        whole_before = _rss()
        findings = json.loads(http.get(f"{url}/v1/scans/n{count}/export").content)
        whole = _rss() - whole_before
        del findings
    return {
        "findings": count,
        "rss_growth_mb": (peak - before) / 1e6,
        "seconds": elapsed,
        "whole_json_growth_mb": whole / 1e6,
    }


# --- B8 ---------------------------------------------------------------------------------------


def _write_results(path: Path, megabytes: int) -> int:
    line = (json.dumps({**FINDING, "response": "HTTP/1.1 200 OK\r\n" + "x" * 600}) + "\n").encode()
    count = megabytes * 1024 * 1024 // len(line)
    with path.open("wb") as out:
        for _ in range(count // 1000):
            out.write(line * 1000)
        out.write(line * (count % 1000))
    return path.stat().st_size


def _raw_chunks(path: Path) -> list[bytes]:
    chunks: list[bytes] = []
    current: list[bytes] = []
    size = 0
    with path.open("rb") as source:
        for line in source:
            if size + len(line) > CHUNK:
                chunks.append(b"".join(current))
                current, size = [], 0
            current.append(line)
            size += len(line)
    chunks.append(b"".join(current))
    return chunks


def b9_import(url: str, path: Path, repeats: int) -> dict[str, float]:
    """MB/s of raw httpx and of `import_results`, checked first (the default) and checked as
    sent, taken in turns (best of `repeats`), so that drift falls on all three alike."""
    from scanclients import PDCP
    from scanclients._pdcp.nuclei_import import prepare

    size = path.stat().st_size
    headers = {"X-API-Key": KEY, "Content-Type": "application/octet-stream"}

    def raw() -> None:
        with httpx.Client(headers=headers) as http:
            first, *rest = _raw_chunks(path)
            scan_id = http.post(f"{url}/v1/scans/import", content=first).json()["id"]
            for chunk in rest:
                http.patch(f"{url}/v1/scans/{scan_id}/import", content=chunk).raise_for_status()

    def ours(check_first: bool) -> Callable[[], object]:
        def run() -> None:
            with PDCP(api_key=KEY, base_url=url) as pd:
                pd.scans.import_results(path, name="bench", check_first=check_first)

        return run

    contenders: dict[str, Callable[[], object]] = {
        "raw httpx": raw,
        "checked first": ours(True),
        "checked as sent": ours(False),
        # What import_results does before the first byte is sent, alone.
        "line check": lambda: prepare(path).close(),
    }
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(repeats):
        for name, run in contenders.items():
            started = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - started)
    megabytes = size / 1e6
    return {
        "line check s": best["line check"],
        "scanclients MB/s without the line check": megabytes
        / max(best["checked first"] - best["line check"], 1e-9),
        "megabytes": megabytes,
        "raw httpx MB/s": megabytes / best["raw httpx"],
        "scanclients MB/s": megabytes / best["checked first"],
        "scanclients checked as sent MB/s": megabytes / best["checked as sent"],
    }


# --- report -----------------------------------------------------------------------------------


def measure(quick: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        server, url = start_server(Path(tmp), __file__)
        try:
            results = Path(tmp) / "results.jsonl"
            _write_results(results, 10 if quick else 100)
            return {
                "B8": b8_findings(url, 10_000 if quick else 100_000),
                "B9": b9_import(url, results, 1 if quick else 6),
            }
        finally:
            server.terminate()
            server.wait()


def rows(figures: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    b8, b9 = figures["B8"], figures["B9"]
    ratio = b9["scanclients MB/s"] / b9["raw httpx MB/s"]
    as_sent = b9["scanclients checked as sent MB/s"] / b9["raw httpx MB/s"]
    return [
        (
            f"B8 findings of {b8['findings']:,}: RSS growth",
            f"{b8['rss_growth_mb']:.1f} MB",
            "",
            f"constant (< 20 MB)  {'met' if b8['rss_growth_mb'] < 20 else 'MISSED'}",
        ),
        (
            "B8   same export read whole (httpx + json)",
            f"{b8['whole_json_growth_mb']:.1f} MB",
            "",
            "(contrast)",
        ),
        (
            f"B9 import {b9['megabytes']:.0f} MB: raw httpx",
            f"{b9['raw httpx MB/s']:.0f} MB/s",
            "1.00x",
            "",
        ),
        (
            f"B9 import {b9['megabytes']:.0f} MB: scanclients, checked as sent",
            f"{b9['scanclients checked as sent MB/s']:.0f} MB/s",
            f"{as_sent:.2f}x",
            f">= 0.90x  {'met' if as_sent >= 0.9 else 'MISSED'}",
        ),
        (
            f"B9 import {b9['megabytes']:.0f} MB: scanclients, checked first (default)",
            f"{b9['scanclients MB/s']:.0f} MB/s",
            f"{ratio:.2f}x",
            "(every line before the first byte)",
        ),
        (
            f"B9   the check first alone: {b9['line check s']:.2f} s; sending after it",
            f"{b9['scanclients MB/s without the line check']:.0f} MB/s",
            f"{b9['scanclients MB/s without the line check'] / b9['raw httpx MB/s']:.2f}x",
            "(informative)",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", dest="json_file")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(_answer, args.serve)
        return 0
    figures = measure(args.quick)
    report(rows(figures), figures, args.json_file)
    return 0


if __name__ == "__main__":
    sys.exit(main())

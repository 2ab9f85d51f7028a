"""`make bench`: what the wrapper costs over the HTTP it sends, measured side by side.

    python scripts/bench.py [--json FILE] [--quick]

Every figure is taken in the same run against one minimal HTTP/1.1 server (a few lines of asyncio
in its own process, not the validating mock service, whose own cost would hide the wrapper's),
and reported as a ratio to raw httpx doing the same request. Goals are reported, not asserted.

B1 sync call latency (median, p99; and, with valgrind installed, instructions per call:
bench_instructions.py) · B2 async throughput (best of rounds in turns) · B3 cold import · B4 a create with
100,000 targets · B5 regeneration wall time (both specs, prepared and checked) · B6 RSS growth over
20,000 creates · B7 a cold process to its first answer: the library (both services) and one
command of each CLI group, each against a raw httpx process sending the same request
(bench_cold.py) · B8 findings of a 100,000-finding scan at constant memory · B9 a 100 MB nuclei
import (B8 and B9 in bench_pdcp.py)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bench_cold
import bench_instructions
import httpx
from bench_report import print_table, report, rows
from bench_server import start_server

ROOT = Path(__file__).resolve().parent.parent
KEY = "bench-key"
# --- measurements -----------------------------------------------------------------------------


def _interleaved(
    calls: dict[str, Callable[[], Any]], count: int, warmup: int = 200
) -> dict[str, list[float]]:
    """Microseconds per call of each contender, taken in turns so that drift on a shared machine
    (another process, a CPU frequency change) falls on all of them alike."""
    for _ in range(warmup):
        for call in calls.values():
            call()
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(count):
        for name, call in calls.items():
            started = time.perf_counter_ns()
            call()
            samples[name].append((time.perf_counter_ns() - started) / 1000)
    return samples


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_us": statistics.median(ordered),
        "p99_us": ordered[int(len(ordered) * 0.99) - 1],
    }


def b1_sync(url: str, count: int) -> dict[str, Any]:
    from scanclients import PDCP, HostedScan

    body = {"targets": ["example.com"], "templates": ["http/cves/"], "name": "bench"}
    headers = {"X-API-Key": KEY, "Accept": "application/json"}
    hs_body = {"type": "NMAP", "targets": ["example.com"]}
    hs_headers = {"X-HOSTEDSCAN-API-KEY": KEY, "Accept": "application/json"}
    with (
        httpx.Client(base_url=url) as raw,
        PDCP(api_key=KEY, base_url=url) as pd,
        HostedScan(api_key=KEY, base_url=f"{url}/hostedscan") as hs,
    ):
        contests: dict[str, dict[str, Callable[[], Any]]] = {
            "pdcp create": {
                "raw httpx": lambda: raw.post("/v1/scans", json=body, headers=headers).json(),
                "scanclients": lambda: pd.scans.create(**body),  # type: ignore[arg-type]
            },
            "hostedscan create": {
                "raw httpx": lambda: raw.post(
                    "/hostedscan/v1/scans", json=hs_body, headers=hs_headers
                ).json(),
                "scanclients": lambda: hs.scans.create(type="NMAP", targets=["example.com"]),
            },
            "hostedscan get": {
                "raw httpx": lambda: raw.get("/hostedscan/v1/scans/b1", headers=hs_headers).json(),
                "scanclients": lambda: hs.scans.get("b1"),
            },
        }
        results = {
            operation: {
                name: _summary(values) for name, values in _interleaved(calls, count).items()
            }
            for operation, calls in contests.items()
        }
    return results


def b2_async(url: str, total: int, concurrency: int, rounds: int = 4) -> dict[str, float]:
    """Creates per second at `concurrency`, each contender's best of `rounds` rounds of
    `total / rounds` creates, the rounds taken in turns (raw, scanclients, raw, ...) so that drift
    on a shared machine falls on both alike, as B1's calls are."""
    from scanclients import AsyncPDCP

    body = {"targets": ["example.com"], "name": "bench"}
    headers = {"X-API-Key": KEY, "Accept": "application/json"}
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
    per_round = max(total // rounds, 1)

    async def run(call: Callable[[], Any], count: int) -> float:
        gate = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with gate:
                await call()

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(count)))
        return count / (time.perf_counter() - started)

    async def both() -> dict[str, float]:
        async with (
            httpx.AsyncClient(base_url=url, limits=limits) as raw,
            AsyncPDCP(api_key=KEY, base_url=url) as pd,
        ):

            async def raw_call() -> Any:
                return (await raw.post("/v1/scans", json=body, headers=headers)).json()

            calls: dict[str, Callable[[], Any]] = {
                "raw httpx": raw_call,
                "scanclients": lambda: pd.scans.create(**body),  # type: ignore[arg-type]
            }
            for call in calls.values():
                await run(call, 200)  # warm-up
            rates: dict[str, list[float]] = {name: [] for name in calls}
            for _ in range(rounds):
                for name, call in calls.items():
                    rates[name].append(await run(call, per_round))
        return {name: max(values) for name, values in rates.items()}

    return asyncio.run(both())


def b3_import(repeats: int) -> dict[str, float]:
    def best(module: str) -> float:
        code = (
            f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
        )
        return min(
            float(
                subprocess.run(
                    [sys.executable, "-c", code], capture_output=True, text=True, check=True
                ).stdout
            )
            for _ in range(repeats)
        )

    return {
        "httpx": best("httpx") * 1000,
        "scanclients": best("scanclients") * 1000,
        "PDCP": best("httpx; from scanclients import PDCP") * 1000,
        "HostedScan": best("httpx; from scanclients import HostedScan") * 1000,
    }


def b4_big(url: str, repeats: int) -> dict[str, float]:
    from scanclients import PDCP

    targets = [f"host-{i}.example.com" for i in range(100_000)]
    headers = {"X-API-Key": KEY, "Accept": "application/json"}
    with httpx.Client(base_url=url) as raw, PDCP(api_key=KEY, base_url=url) as pd:
        calls: dict[str, Callable[[], Any]] = {
            "raw httpx": lambda: raw.post(
                "/v1/scans", json={"targets": targets}, headers=headers
            ).json(),
            "scanclients": lambda: pd.scans.create(targets=targets),
        }
        samples = _interleaved(calls, repeats, warmup=2)
    return {name: statistics.median(values) / 1000 for name, values in samples.items()}


def b5_regeneration() -> tuple[float, float]:
    """Wall and CPU seconds (the generator and every process it runs) of one regeneration: on a
    shared machine the wall time depends on the others' load, the CPU time far less."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"],
        check=True,
        capture_output=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def b6_memory(url: str, count: int) -> float:
    from scanclients import PDCP

    def rss() -> int:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    with PDCP(api_key=KEY, base_url=url) as pd:
        for _ in range(1000):
            pd.scans.create(targets=["example.com"])
        before = rss()
        for _ in range(count):
            pd.scans.create(targets=["example.com"])
        return (rss() - before) / 1_000_000


# --- report -----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", dest="json_file", help="also write the figures to this file")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, for a smoke run")
    parser.add_argument("--only-first-call", action="store_true", help="B7 alone")
    args = parser.parse_args()
    if args.only_first_call:
        print_table(bench_cold.rows(bench_cold.measure(8)))
        return 0
    scale = 10 if args.quick else 1

    with tempfile.TemporaryDirectory() as tmp:
        server, url = start_server(Path(tmp))
        try:
            figures: dict[str, Any] = {
                "B1": b1_sync(url, 2000 // scale),
                "B2": b2_async(url, 5000 // scale, 64),
                "B3": b3_import(10 // min(scale, 5)),
                "B4": b4_big(url, 15 if not args.quick else 1),
                **dict(zip(("B5", "B5 cpu"), b5_regeneration(), strict=True)),
                "B6": b6_memory(url, 20_000 // scale),
                "B7": bench_cold.cold_starts(url, 8 // min(scale, 4)),
            }
        finally:
            server.terminate()
            server.wait()
    if bench_instructions.available() and not args.quick:  # B1 in instructions: load-proof
        try:
            figures["B1 instructions"] = bench_instructions.measure()
        except RuntimeError as error:  # informative only: the other figures are still printed
            print(f"bench: no instruction counts: {error}", file=sys.stderr)
    import bench_pdcp  # B8, B9: the PDCP scan helpers, against their own server

    figures.update(bench_pdcp.measure(args.quick))
    counted = figures.get("B1 instructions")
    table = rows(figures, bench_instructions.rows(counted) if counted else None)
    report(
        table + bench_cold.rows(figures["B7"]) + bench_pdcp.rows(figures), figures, args.json_file
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""B7 of `make bench`: a cold process to its first answer, the library's and the command line's,
each against a raw httpx process sending the same request in the same run (or alone):

    python scripts/bench_cold.py [--quick] [--json FILE]

Each figure is the wall time of a whole fresh process (interpreter start, imports, client, one
request, the answer parsed and printed), best of `repeats`, the contenders taken in turns so that
drift on a shared machine falls on both. The command line is the installed `scanclients` script
with `--json` (what a shell loop or a CI step reads); its raw counterpart prints the answer's JSON.
One case per command group that talks to a service: `pdcp`, `pdcp scans`, `hostedscan`,
`hostedscan targets` (`findings`, `webhook` and `mock` send nothing).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_report import report
from bench_server import start_server

KEY = "bench-key"
PDCP_HEADERS = {"X-API-Key": KEY}
HS_HEADERS = {"X-HOSTEDSCAN-API-KEY": KEY}

LIBRARY_GOAL, CLI_GOAL = 1.25, 1.5


def _raw(method: str, url: str, headers: dict[str, str], body: Any = None) -> str:
    """A raw httpx process: one request, the answer read as JSON and printed."""
    sent = f", json={body!r}" if body is not None else ""
    return (
        "import httpx, json, sys\n"
        f"r = httpx.request({method!r}, {url!r}, headers={headers!r}{sent})\n"
        "sys.stdout.write(json.dumps(r.raise_for_status().json()))"
    )


def _raw_with_a_model(url: str, headers: dict[str, str]) -> str:
    """A raw httpx process that reads the answer into a one-field pydantic model: what importing
    pydantic and building a first model add to raw httpx, which any client returning pydantic
    models pays (scanclients saves a part of it elsewhere: it imports httpx without httpx's own
    command line, which `import httpx` loads with click, rich and pygments when installed)."""
    return (
        "import httpx, json, sys\n"
        "from pydantic import BaseModel, ConfigDict\n"
        "class Scan(BaseModel):\n"
        "    model_config = ConfigDict(extra='allow')\n"
        "    id: str\n"
        f"r = httpx.request('GET', {url!r}, headers={headers!r})\n"
        "scan = Scan.model_validate(r.raise_for_status().json()['data'])\n"
        "sys.stdout.write(json.dumps(dict(scan)))"
    )


def floors(url: str) -> dict[str, list[str]]:
    """A reference for the cases whose answer is a pydantic model (HostedScan's): raw httpx with
    one pydantic model."""
    url = f"{url}/hostedscan/v1/scans/b1"
    return {"library: HostedScan get": [sys.executable, "-c", _raw_with_a_model(url, HS_HEADERS)]}


def cases(url: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(name, kind, raw httpx argv, scanclients argv) of every cold-start case."""
    python = sys.executable
    script = Path(python).with_name("scanclients")
    command = [str(script)] if script.exists() else [python, "-m", "scanclients"]
    hs = f"{url}/hostedscan"
    pdcp_create = _raw("POST", f"{url}/v1/scans", PDCP_HEADERS, {"targets": ["example.com"]})
    return [
        (
            "library: PDCP create",
            "library",
            [python, "-c", pdcp_create],
            [
                python,
                "-c",
                "from scanclients import PDCP\n"
                f"PDCP(api_key={KEY!r}, base_url={url!r}).scans.create(targets=['example.com'])",
            ],
        ),
        (
            "library: HostedScan get",
            "library",
            [python, "-c", _raw("GET", f"{hs}/v1/scans/b1", HS_HEADERS)],
            [
                python,
                "-c",
                "from scanclients import HostedScan\n"
                f"HostedScan(api_key={KEY!r}, base_url={hs!r}).scans.get('b1')",
            ],
        ),
        (
            "cli: pdcp create",
            "cli",
            [python, "-c", pdcp_create],
            [*command, "pdcp", "create", "-t", "example.com", "--json"],
        ),
        (
            "cli: pdcp scans get",
            "cli",
            [python, "-c", _raw("GET", f"{url}/v1/scans/b1", PDCP_HEADERS)],
            [*command, "pdcp", "scans", "get", "b1", "--json"],
        ),
        (
            "cli: hostedscan get",
            "cli",
            [python, "-c", _raw("GET", f"{hs}/v1/scans/b1", HS_HEADERS)],
            [*command, "hostedscan", "get", "b1", "--json"],
        ),
        (
            "cli: hostedscan targets get",
            "cli",
            [python, "-c", _raw("GET", f"{hs}/v1/targets/t1", HS_HEADERS)],
            [*command, "hostedscan", "targets", "get", "t1", "--json"],
        ),
    ]


def cold_starts(url: str, repeats: int, only: str = "") -> dict[str, dict[str, float]]:
    """Milliseconds of each case's fastest process, raw httpx and scanclients, in turns (the
    cases whose name contains `only`, when given)."""
    # Byte-code caching on, as for any installed package (pip compiles httpx at install).
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environment.update(
        PDCP_API_KEY=KEY,
        PDCP_API_SERVER=url,
        HOSTEDSCAN_API_KEY=KEY,
        HOSTEDSCAN_BASE_URL=f"{url}/hostedscan",
        NO_COLOR="1",
    )
    figures: dict[str, dict[str, float]] = {}
    floor_of = floors(url)
    for name, kind, raw, ours in cases(url):
        if only not in name:
            continue
        contenders = [("raw httpx", raw), ("scanclients", ours)]
        if name in floor_of:
            contenders.append(("floor", floor_of[name]))
        best = {contender: float("inf") for contender, _ in contenders}
        cpu = {f"{contender} cpu": float("inf") for contender, _ in contenders}
        for turn in range(repeats + 1):  # the first turn writes the byte code
            for contender, argv in contenders:
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                started = time.perf_counter()
                run = subprocess.run(argv, capture_output=True, text=True, env=environment)
                elapsed = (time.perf_counter() - started) * 1000
                if run.returncode != 0:
                    raise SystemExit(f"bench: {name} ({contender}) failed: {run.stderr[-2000:]}")
                if turn:
                    best[contender] = min(best[contender], elapsed)
                    cpu[f"{contender} cpu"] = min(cpu[f"{contender} cpu"], _cpu_ms(before))
        figures[name] = {**best, **cpu, "kind": 0.0 if kind == "library" else 1.0}
    return figures


def _cpu_ms(before: resource.struct_rusage) -> float:
    # The CPU time of the process that just ended: on a shared machine, far less at the mercy of
    # the others' load than its wall time (the goal's measure).
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000


def rows(figures: dict[str, dict[str, float]]) -> list[tuple[str, str, str, str]]:
    table = []
    for name, figure in figures.items():
        ratio = figure["scanclients"] / figure["raw httpx"]
        goal = LIBRARY_GOAL if figure["kind"] == 0.0 else CLI_GOAL
        table.append(
            (
                f"B7 cold process, {name}",
                f"{figure['scanclients']:.0f} ms (raw {figure['raw httpx']:.0f})",
                f"{ratio:.2f}x",
                f"<= {goal}x  {'met' if ratio <= goal else 'MISSED'}",
            )
        )
        if "floor" in figure:
            table.append(
                (
                    "B7   reference: raw httpx + 1 pydantic model",
                    f"{figure['floor']:.0f} ms",
                    f"{figure['floor'] / figure['raw httpx']:.2f}x",
                    f"(scanclients at {figure['scanclients'] / figure['floor']:.2f}x of it)",
                )
            )
        if "scanclients cpu" in figure:
            cpu_ratio = figure["scanclients cpu"] / figure["raw httpx cpu"]
            table.append(
                (
                    "B7   its CPU time",
                    f"{figure['scanclients cpu']:.0f} ms (raw {figure['raw httpx cpu']:.0f})",
                    f"{cpu_ratio:.2f}x",
                    "(informative)",
                )
            )
    return table


def measure(repeats: int, only: str = "") -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        server, url = start_server(Path(tmp))
        try:
            return cold_starts(url, repeats, only)
        finally:
            server.terminate()
            server.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", dest="json_file")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--repeats", type=int, default=8)
    parser.add_argument("--only", default="", help="the cases whose name contains this text")
    args = parser.parse_args()
    figures = measure(2 if args.quick else args.repeats, args.only)
    report(rows(figures), figures, args.json_file)
    return 0


if __name__ == "__main__":
    sys.exit(main())

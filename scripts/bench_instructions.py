"""B1's calls counted in CPU instructions, when valgrind is installed: a figure the machine's load
cannot move, where B1's wall-time medians move by +-5% from run to run.

    python scripts/bench_instructions.py [--json FILE]

Each contender (raw httpx or scanclients, one B1 operation) runs in a process of its own under
callgrind: a warm-up (models built, the connection open), then `CALLS` calls between two calls of
`os.getppid`, on entry to which callgrind writes what it has counted so far (`--dump-before`). The
second part over `CALLS` is what one call costs the client process in user-space instructions;
interpreter start and imports are in the first. System calls are not in it (strace counts 11 per
create for both contenders). Two processes at a time (the machine's two cores): instruction counts
do not depend on the load.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench_report import report
from bench_server import start_server

CALLS = 100
KEY = "bench-key"

# One call of each contender, as in bench.b1_sync; `pd`, `hs` and `raw` are made by _PROCESS.
CONTESTS = {
    "pdcp create": {
        "raw httpx": "raw.post('/v1/scans', json={'targets': ['example.com'], 'templates': "
        "['http/cves/'], 'name': 'bench'}, headers=PDCP_HEADERS).json()",
        "scanclients": "pd.scans.create(targets=['example.com'], templates=['http/cves/'], "
        "name='bench')",
    },
    "hostedscan create": {
        "raw httpx": "raw.post('/hostedscan/v1/scans', json={'type': 'NMAP', 'targets': "
        "['example.com']}, headers=HS_HEADERS).json()",
        "scanclients": "hs.scans.create(type='NMAP', targets=['example.com'])",
    },
    "hostedscan get": {
        "raw httpx": "raw.get('/hostedscan/v1/scans/b1', headers=HS_HEADERS).json()",
        "scanclients": "hs.scans.get('b1')",
    },
}

_PROCESS = """
import sys
import httpx
from scanclients import PDCP, HostedScan
import os
url, calls = sys.argv[1], int(sys.argv[2])
KEY = {key!r}
PDCP_HEADERS = {{"X-API-Key": KEY, "Accept": "application/json"}}
HS_HEADERS = {{"X-HOSTEDSCAN-API-KEY": KEY, "Accept": "application/json"}}
raw = httpx.Client(base_url=url)
pd = PDCP(api_key=KEY, base_url=url)
hs = HostedScan(api_key=KEY, base_url=url + "/hostedscan")
for _ in range(20):
    {call}
os.getppid()  # callgrind writes the count so far (start, imports, warm-up)
for _ in range(calls):
    {call}
os.getppid()  # and again: the calls alone
"""


def available() -> bool:
    return shutil.which("valgrind") is not None


def _instructions(code: str, url: str, out: Path) -> float:
    """Instructions per call of the process `code` (see the module's docstring)."""
    run = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--dump-before=os_getppid",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            code,
            url,
            str(CALLS),
        ],
        capture_output=True,
        text=True,
    )
    calls = out.with_name(out.name + ".2")  # the second part: between the two getppid
    found = re.search(r"^totals: (\d+)", calls.read_text() if calls.exists() else "", re.M)
    if run.returncode != 0 or found is None:
        raise RuntimeError(f"callgrind failed: {run.stderr[-2000:]}")
    return int(found.group(1)) / CALLS


def measure() -> dict[str, dict[str, float]]:
    """Instructions per call of each B1 operation, raw httpx and scanclients."""
    with tempfile.TemporaryDirectory() as tmp:
        server, url = start_server(Path(tmp))
        try:
            jobs = [
                (operation, contender, _PROCESS.format(key=KEY, call=call))
                for operation, contenders in CONTESTS.items()
                for contender, call in contenders.items()
            ]

            def one(index: int) -> float:
                return _instructions(jobs[index][2], url, Path(tmp) / f"callgrind.{index}")

            with ThreadPoolExecutor(2) as pool:
                counts = list(pool.map(one, range(len(jobs))))
        finally:
            server.terminate()
            server.wait()
    figures: dict[str, dict[str, float]] = {}
    for (operation, contender, _), count in zip(jobs, counts, strict=True):
        figures.setdefault(operation, {})[contender] = count
    return figures


def rows(figures: dict[str, dict[str, float]]) -> list[tuple[str, str, str, str]]:
    table = []
    for operation, by_contender in figures.items():
        raw, ours = by_contender["raw httpx"], by_contender["scanclients"]
        table.append(
            (
                f"B1   {operation}: instructions per call",
                f"{ours / 1e6:.2f} M (raw {raw / 1e6:.2f} M)",
                f"{ours / raw:.2f}x",
                "(informative: the load cannot move it)",
            )
        )
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", dest="json_file")
    args = parser.parse_args()
    if not available():
        print("bench: valgrind is not installed; no instruction counts")
        return 0
    try:
        figures = measure()
    except RuntimeError as error:
        raise SystemExit(f"bench: {error}") from None
    report(rows(figures), figures, args.json_file)
    return 0


if __name__ == "__main__":
    sys.exit(main())

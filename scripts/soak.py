"""`make soak`: load against the mock service, outside `make test` (it takes a minute or more).

- async: 10,000 PDCP creates at concurrency 200 through one AsyncPDCP;
- sync: one PDCP client shared by 16 threads, 10,000 creates in all.
Each must end with zero errors and all scan ids distinct, and after close() the process's open
file descriptors must be back to where they started. The mock runs in its own process, so that
its sockets are not counted and its work does not share this process's GIL.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from scanclients import PDCP, AsyncPDCP

KEY = "soak-key"


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def start_mock() -> tuple[subprocess.Popen[str], str]:
    mock = subprocess.Popen(
        [sys.executable, "-m", "scanclients.mock", "--pdcp-port", "0", "--hostedscan-port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert mock.stdout is not None
    for line in mock.stdout:
        found = re.match(r"PDCP mock:\s+(\S+)", line)
        if found:
            return mock, found[1]
    raise SystemExit("soak: the mock service did not start")


async def async_load(url: str, total: int, concurrency: int) -> tuple[list[str], int]:
    errors = 0
    ids: list[str] = []
    gate = asyncio.Semaphore(concurrency)
    async with AsyncPDCP(api_key=KEY, base_url=url) as pd:

        async def one(i: int) -> None:
            nonlocal errors
            async with gate:
                try:
                    ids.append((await pd.scans.create(targets=[f"h{i}.example.com"])).id or "")
                except Exception as error:  # counted, not raised: the figure is the point
                    errors += 1
                    print(f"  error: {error!r}", file=sys.stderr)

        await asyncio.gather(*(one(i) for i in range(total)))
    return ids, errors


def sync_load(url: str, total: int, threads: int) -> tuple[list[str], int]:
    errors = 0
    with PDCP(api_key=KEY, base_url=url) as pd:

        def one(i: int) -> str | None:
            nonlocal errors
            try:
                return pd.scans.create(targets=[f"h{i}.example.com"]).id
            except Exception as error:
                errors += 1
                print(f"  error: {error!r}", file=sys.stderr)
                return None

        with ThreadPoolExecutor(max_workers=threads) as pool:
            ids = [i for i in pool.map(one, range(total)) if i]
    return ids, errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--creates", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--threads", type=int, default=16)
    args = parser.parse_args()
    mock, url = start_mock()
    failed = False
    try:
        for name, run in (
            ("async", lambda: asyncio.run(async_load(url, args.creates, args.concurrency))),
            ("sync", lambda: sync_load(url, args.creates, args.threads)),
        ):
            before = open_descriptors()
            started = time.perf_counter()
            ids, errors = run()
            elapsed = time.perf_counter() - started
            after = open_descriptors()
            distinct = len(set(ids))
            ok = errors == 0 and distinct == args.creates and after <= before
            failed |= not ok
            print(
                f"{name:5}: {args.creates} creates in {elapsed:.1f} s ({args.creates / elapsed:.0f}/s),"
                f" errors {errors}, distinct ids {distinct}, open fds {before} -> {after}"
                f"  {'OK' if ok else 'FAILED'}"
            )
    finally:
        mock.send_signal(signal.SIGTERM)
        mock.wait(timeout=10)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

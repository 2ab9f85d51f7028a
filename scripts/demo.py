"""`make demo`: the main job end to end, against the bundled mock service.

Starts `python -m scanclients.mock` on free loopback ports; on PDCP creates a scan and follows it
to the end with a progress bar, summarises its findings by severity and exports them to a CSV
file; on HostedScan creates a scan, follows it and downloads its PDF report; prints a summary and
stops the mock. Exits 0 when every step worked.
"""

from __future__ import annotations

import itertools
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from scanclients import PDCP, HostedScan, errors
from scanclients._pdcp.wait import status_of
from scanclients.types import Scan

DEMO_KEY = "demo-key"
RANK = {name: rank for rank, name in enumerate(("critical", "high", "medium", "low", "info"))}


def start_mock() -> tuple[subprocess.Popen[str], str, str]:
    # Free ports, the demo's own key, and the mock's default scan time: the demo shows what
    # anyone starting `scanclients mock` sees.
    options = {"--pdcp-port": "0", "--hostedscan-port": "0", "--api-key": DEMO_KEY}
    command = [sys.executable, "-m", "scanclients.mock", *itertools.chain(*options.items())]
    mock = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    urls: dict[str, str] = {}
    deadline = time.monotonic() + 15
    assert mock.stdout is not None
    while len(urls) < 2 and time.monotonic() < deadline:
        line = mock.stdout.readline()
        if not line:
            break
        found = re.match(r"(PDCP|HostedScan) mock:\s+(\S+)", line)
        if found:
            urls[found[1]] = found[2]
    if len(urls) < 2:
        mock.kill()
        raise SystemExit("demo: the mock service did not start")
    return mock, urls["PDCP"], urls["HostedScan"]


def draw(done: int, state: str) -> None:
    bar = "#" * (done // 5) + "." * (20 - done // 5)
    line = f"  [{bar}] {done:3d}%  {state:<10}"
    if sys.stdout.isatty():
        print(f"\r{line}", end="", flush=True)  # one line, redrawn
    else:
        print(line, flush=True)


def show_progress(scan: Scan) -> None:
    draw(scan.progress or 0, str(scan.state))


def show_pdcp_progress(scan: Any) -> None:
    draw(scan.progress or 0, status_of(scan))


def pdcp_part(url: str, folder: Path) -> tuple[str, Counter[str], Path]:
    """Create a scan, wait for it with progress, summarise its findings, export them."""
    with PDCP(api_key=DEMO_KEY, base_url=url) as pd:
        print("PDCP: creating a scan and following it:")
        scan = pd.scans.create_and_wait(
            targets=["example.com", "203.0.113.10"],
            templates=["http/cves/"],
            name="demo nightly",
            exclusions=["*.staging.example.com"],
            timeout=60,
            poll_interval=0.25,
            max_poll_interval=0.5,
            on_progress=show_pdcp_progress,
        )
        if sys.stdout.isatty():
            print()
        severities = Counter(f.severity or "unknown" for f in pd.scans.findings(scan.scan_id))
        ranked = sorted(severities.items(), key=lambda item: RANK.get(item[0], len(RANK)))
        print("PDCP findings by severity: " + ", ".join(f"{n} {s}" for s, n in ranked))
        export = pd.scans.export(scan.scan_id, folder / "pdcp-findings.csv", format="csv")
    return scan.scan_id, severities, export


def main() -> int:
    mock, pdcp_url, hostedscan_url = start_mock()
    print(f"mock service up: PDCP {pdcp_url}, HostedScan {hostedscan_url}\n")
    try:
        folder = Path(tempfile.mkdtemp(prefix="scanclients-demo-"))
        pdcp_scan, severities, export = pdcp_part(pdcp_url, folder)

        with HostedScan(api_key=DEMO_KEY, base_url=hostedscan_url) as hs:
            scan = hs.scans.create(type="SSLYZE", targets=["example.com"])
            print(f"HostedScan: scan {scan.id} created, following it:")
            scan = hs.scans.wait(scan.id, timeout=60, poll_interval=0.25, on_progress=show_progress)
            if sys.stdout.isatty():
                print()
            pdf = next(r for r in scan.results or [] if r.content_type == "application/pdf")
            report = folder / "report.pdf"
            hs.results.download(pdf.result_id, report)

        size = report.stat().st_size
        assert report.read_bytes().startswith(b"%PDF-"), "the report is not a PDF"
        print("\nSummary")
        print(f"  PDCP scan        {pdcp_scan}  finished, {sum(severities.values())} findings")
        print(f"  PDCP export      {export} ({export.stat().st_size} bytes)")
        print(f"  HostedScan scan  {scan.id}  {scan.state}, {len(scan.results or [])} result files")
        print(f"  PDF report       {report} ({size} bytes)")
        return 0
    except errors.ScanClientsError as error:
        print(f"\ndemo failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        mock.send_signal(signal.SIGTERM)
        try:
            mock.wait(timeout=10)
        except subprocess.TimeoutExpired:
            mock.kill()
        print(f"mock service stopped (exit {mock.returncode})")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())

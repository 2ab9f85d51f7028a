"""`make demo`: the main job end to end, against the bundled mock service.

Starts `python -m scanclients.mock` on free loopback ports, creates a PDCP scan and a HostedScan
scan through the wrapper, follows the HostedScan scan to the end, downloads its PDF report,
prints a summary, and stops the mock. Exits 0 when every step worked.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scanclients import PDCP, HostedScan, errors
from scanclients.types import Scan

DEMO_KEY = "demo-key"


def start_mock() -> tuple[subprocess.Popen[str], str, str]:
    command = [
        sys.executable, "-m", "scanclients.mock",
        "--pdcp-port", "0", "--hostedscan-port", "0",
        "--scan-seconds", "4", "--api-key", DEMO_KEY,
    ]  # fmt: skip
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


def show_progress(scan: Scan) -> None:
    done = scan.progress or 0
    bar = "#" * (done // 5) + "." * (20 - done // 5)
    line = f"  [{bar}] {done:3d}%  {scan.state:<10}"
    if sys.stdout.isatty():
        print(f"\r{line}", end="", flush=True)  # one line, redrawn
    else:
        print(line, flush=True)


def main() -> int:
    mock, pdcp_url, hostedscan_url = start_mock()
    print(f"mock service up: PDCP {pdcp_url}, HostedScan {hostedscan_url}\n")
    try:
        with PDCP(api_key=DEMO_KEY, base_url=pdcp_url) as pd:
            created = pd.scans.create(
                targets=["example.com", "203.0.113.10"],
                templates=["http/cves/"],
                name="demo nightly",
                exclusions=["*.staging.example.com"],
            )
        print(f"PDCP: scan {created.id} created ({created.message})")

        with HostedScan(api_key=DEMO_KEY, base_url=hostedscan_url) as hs:
            scan = hs.scans.create(type="SSLYZE", targets=["example.com"])
            print(f"HostedScan: scan {scan.id} created, following it:")
            scan = hs.scans.wait(scan.id, timeout=60, poll_interval=0.25, on_progress=show_progress)
            if sys.stdout.isatty():
                print()
            pdf = next(r for r in scan.results or [] if r.content_type == "application/pdf")
            report = Path(tempfile.mkdtemp(prefix="scanclients-demo-")) / "report.pdf"
            hs.results.download(pdf.result_id, report)

        size = report.stat().st_size
        assert report.read_bytes().startswith(b"%PDF-"), "the report is not a PDF"
        print("\nSummary")
        print(
            f"  PDCP scan        {created.id}  targets dropped: {created.truncated_scan_targets or 0}"
        )
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

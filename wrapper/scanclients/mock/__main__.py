"""`python -m scanclients.mock`: serve both mock APIs until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence

from ._faults import parse_fault

__all__ = ["main", "parser"]


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="scanclients mock",
        description="Serve local mock PDCP and HostedScan APIs that check every request against their specs.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--pdcp-port", type=int, default=8085, help="PDCP port (default 8085; 0 picks one)"
    )
    p.add_argument(
        "--hostedscan-port",
        type=int,
        default=8086,
        help="HostedScan port (default 8086; 0 picks one)",
    )
    p.add_argument("--api-key", help="accept only this API key (default: any non-blank key)")
    p.add_argument(
        "--scan-seconds",
        type=float,
        default=10.0,
        help="how long a scan (HostedScan or PDCP) runs (default 10)",
    )
    p.add_argument(
        "--page-size", type=int, default=500, help="scans per List Scans page (default 500)"
    )
    p.add_argument("--max-targets", type=int, help="PDCP targets beyond this are truncated")
    p.add_argument("--fault", help="inject this fault into every request (see the README)")
    p.add_argument(
        "--pdcp-spec", help="serve this PDCP OpenAPI document instead of the shipped one"
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        from ._server import MockService
        from ._service import Settings
    except ImportError as error:
        from . import MISSING_EXTRA

        print(f"scanclients mock: {MISSING_EXTRA} ({error})", file=sys.stderr)
        return 2
    if args.fault:
        try:
            parse_fault(args.fault)
        except ValueError as error:
            print(f"scanclients mock: {error}", file=sys.stderr)
            return 2
    settings = Settings(
        api_key=args.api_key,
        scan_seconds=args.scan_seconds,
        page_size=args.page_size,
        max_targets=args.max_targets,
        fault=args.fault,
        pdcp_spec=args.pdcp_spec,
    )
    service = MockService(
        host=args.host,
        pdcp_port=args.pdcp_port,
        hostedscan_port=args.hostedscan_port,
        settings=settings,
    )
    try:
        service.start()
    except (OSError, RuntimeError) as error:
        print(f"scanclients mock: cannot start: {error}", file=sys.stderr)
        return 1
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    print(f"PDCP mock:       {service.pdcp_url}", flush=True)
    print(f"HostedScan mock: {service.hostedscan_url}", flush=True)
    print("Ctrl-C to stop.", flush=True)
    stop.wait()
    service.stop()
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

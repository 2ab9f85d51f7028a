"""`python -m scanclients.mock`: serve both mock APIs until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import dataclasses
import signal
import sys
import threading
from collections.abc import Sequence

from . import serve
from ._faults import parse_fault
from ._settings import HOST, Settings

__all__ = ["main", "parser"]

# The localhost servers of the two specs: a client set up from a spec's servers finds the mock.
# (`serve()` and `MockService` pick free ports instead: test suites run side by side.)
PDCP_PORT = 8085
HOSTEDSCAN_PORT = 8086

_DEFAULTS = Settings()
_SETTINGS = {field.name for field in dataclasses.fields(Settings)}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="scanclients mock",
        description="Serve local mock PDCP and HostedScan APIs that check every request against their specs.",
    )
    p.add_argument("--host", default=HOST, help="address to listen on (default %(default)s)")
    p.add_argument(
        "--pdcp-port",
        type=int,
        default=PDCP_PORT,
        help="PDCP port (default %(default)s; 0 picks one)",
    )
    p.add_argument(
        "--hostedscan-port",
        type=int,
        default=HOSTEDSCAN_PORT,
        help="HostedScan port (default %(default)s; 0 picks one)",
    )
    # The options below are `Settings` fields, by the same names and with its defaults.
    p.add_argument(
        "--api-key",
        default=_DEFAULTS.api_key,
        help="accept only this API key (default: any non-blank key)",
    )
    p.add_argument(
        "--scan-seconds",
        type=float,
        default=_DEFAULTS.scan_seconds,
        help="how long a scan (HostedScan or PDCP) runs; 0: instant (default %(default)g)",
    )
    p.add_argument(
        "--page-size",
        type=int,
        default=_DEFAULTS.page_size,
        help="items per page of HostedScan's lists (default %(default)s)",
    )
    p.add_argument(
        "--max-targets",
        type=int,
        default=_DEFAULTS.max_targets,
        help="PDCP targets beyond this are truncated (default: none are)",
    )
    p.add_argument(
        "--fault",
        default=_DEFAULTS.fault,
        help="inject this fault into every request (see the README)",
    )
    p.add_argument(
        "--pdcp-spec",
        default=_DEFAULTS.pdcp_spec,
        help="serve this PDCP OpenAPI document instead of the shipped one",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.fault:
        try:
            parse_fault(args.fault)
        except ValueError as error:
            print(f"scanclients mock: {error}", file=sys.stderr)
            return 2
    settings = {name: value for name, value in vars(args).items() if name in _SETTINGS}
    try:
        service = serve(
            host=args.host,
            pdcp_port=args.pdcp_port,
            hostedscan_port=args.hostedscan_port,
            **settings,
        )
    except ImportError as error:  # without the extra: says what to install
        print(f"scanclients mock: {error}", file=sys.stderr)
        return 2
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

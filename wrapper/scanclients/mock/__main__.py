"""`python -m scanclients.mock`: serve both mock APIs until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from typing import Any

from . import serve
from ._faults import parse_fault
from ._settings import HOST, Settings

__all__ = ["HOST", "HOSTEDSCAN_PORT", "PDCP_PORT", "SETTING_OPTIONS", "main", "parser", "run"]

# The localhost servers of the two specs: a client set up from a spec's servers finds the mock.
# (`serve()` and `MockService` pick free ports instead: test suites run side by side.)
PDCP_PORT = 8085
HOSTEDSCAN_PORT = 8086

# Each sets the `Settings` field of the same name, whose default is its default.
SETTING_OPTIONS: tuple[tuple[str, type, str], ...] = (
    ("--api-key", str, "accept only this API key (default: any non-blank key)"),
    ("--scan-seconds", float, "how long a scan runs (both APIs); 0: instant (default %(default)g)"),
    ("--page-size", int, "items per page of HostedScan's lists (default %(default)s)"),
    ("--max-targets", int, "PDCP targets beyond this are truncated (default: none are)"),
    ("--fault", str, "inject this fault into every request (see the README)"),
    ("--pdcp-spec", str, "serve this PDCP OpenAPI document instead of the shipped one"),
)


def _field(flag: str) -> str:
    return flag.removeprefix("--").replace("-", "_")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="scanclients mock",
        description="Serve local mock PDCP and HostedScan APIs that check every request against their specs.",
    )
    p.add_argument("--host", default=HOST, help="address to listen on (default %(default)s)")
    for service, port in (("PDCP", PDCP_PORT), ("HostedScan", HOSTEDSCAN_PORT)):
        p.add_argument(
            f"--{service.lower()}-port",
            type=int,
            default=port,
            help=f"{service} port (default %(default)s; 0 picks one)",
        )
    defaults = Settings()
    for flag, kind, text in SETTING_OPTIONS:
        p.add_argument(flag, type=kind, default=getattr(defaults, _field(flag)), help=text)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = {_field(flag): getattr(args, _field(flag)) for flag, _, _ in SETTING_OPTIONS}
    return run(args.host, args.pdcp_port, args.hostedscan_port, settings)


def run(host: str, pdcp_port: int, hostedscan_port: int, settings: dict[str, Any]) -> int:
    """Serve until Ctrl-C or SIGTERM; the exit status (2: a bad fault or no extra, 1: cannot
    start). Shared by this command line and `scanclients mock`."""
    if settings.get("fault"):
        try:
            parse_fault(settings["fault"])
        except ValueError as error:
            print(f"scanclients mock: {error}", file=sys.stderr)
            return 2
    try:
        service = serve(host=host, pdcp_port=pdcp_port, hostedscan_port=hostedscan_port, **settings)
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

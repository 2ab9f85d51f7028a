"""`scanclients mock`: serve the mock service, with click like every other command (the same
options as `python -m scanclients.mock`, which runs without click)."""

from __future__ import annotations

import sys
from typing import Any

import click

from .. import __version__
from ..mock import FAULT_KINDS, Settings
from ..mock.__main__ import HOST, HOSTEDSCAN_PORT, PDCP_PORT, SETTING_OPTIONS, run

__all__ = ["mock"]

_EPILOG = (
    "\b\nFault kinds (--fault KIND, or per request the X-Mock-Fault: KIND header):\n"
    + "\n".join(f"  {kind}" for kind in FAULT_KINDS)
    + "\n  fail-first:N:KIND  KIND for the first N requests, then normal answers"
    + "\nrate-limit and slow take seconds: rate-limit:2, slow:0.5. Details: the README's Faults."
)


def _field(flag: str) -> str:
    return flag.removeprefix("--").replace("-", "_")


def _setting_options(function: Any) -> Any:
    defaults = Settings()
    for flag, kind, text in reversed(SETTING_OPTIONS):
        default = getattr(defaults, _field(flag))
        text = text.replace("%(default)g", f"{default:g}" if isinstance(default, float) else "")
        text = text.replace("%(default)s", str(default))
        function = click.option(flag, _field(flag), type=kind, default=default, help=text)(function)
    return function


@click.command(epilog=_EPILOG)
@click.option("--host", default=HOST, show_default=True, help="Address to listen on.")
@click.option(
    "--pdcp-port", type=int, default=PDCP_PORT, show_default=True, help="PDCP port; 0 picks one."
)
@click.option(
    "--hostedscan-port",
    type=int,
    default=HOSTEDSCAN_PORT,
    show_default=True,
    help="HostedScan port; 0 picks one.",
)
@_setting_options
@click.version_option(__version__, prog_name="scanclients mock")
def mock(host: str, pdcp_port: int, hostedscan_port: int, **settings: Any) -> None:
    """Serve local mock PDCP and HostedScan APIs that check every request against their specs
    (needs the mock extra), until Ctrl-C or SIGTERM."""
    sys.exit(run(host, pdcp_port, hostedscan_port, settings))

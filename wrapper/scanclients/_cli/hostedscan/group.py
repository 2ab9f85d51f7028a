"""`scanclients hostedscan ...`: the service's group and its scan commands (get, list, wait,
download; create: `hostedscan.scan_create`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ... import HostedScan
from ...errors import ScanFailedError, WaitTimeoutError
from ...types import ScanState, ScanType
from ..app import command_options
from ..inputs import many
from ..options import (
    WaitOptions,
    client_options,
    output_option,
    service_group,
    takes_id,
    wait_options,
)
from ..output import emit, plain, progress_bar, show_saved, table_of

if TYPE_CHECKING:
    from ...types import Scan

# Every command module of the group imports this one, so it imports neither the findings toolkit
# nor its report options: `hostedscan targets get` pays for neither (a test traces it).

__all__ = [
    "download",
    "downloader",
    "get",
    "hostedscan",
    "hostedscan_client",
    "list_command",
    "scan_type_option",
    "scan_wait_options",
    "show_scan",
    "wait",
    "wait_with_progress",
]

hostedscan = service_group(
    "hostedscan", "HOSTEDSCAN_BASE_URL", "HostedScan (key: HOSTEDSCAN_API_KEY)."
)

F = TypeVar("F", bound=Callable[..., Any])

scan_wait_options = wait_options(final="state")


def hostedscan_client(context: click.Context) -> HostedScan:
    return HostedScan(**client_options(context))


def show_scan(scan: Scan, as_json: bool, title: str = "HostedScan scan") -> None:
    results = ", ".join(f"{r.result_id} ({r.content_type})" for r in scan.results or [])
    emit(
        plain(scan),
        as_json=as_json,
        title=title,
        rows=[
            ("id", scan.id),
            ("type", scan.type),
            ("state", scan.state),
            ("progress", f"{scan.progress or 0}%"),
            ("results", results or "-"),
        ],
    )


def scan_type_option(*declarations: str, help: str, **settings: Any) -> Callable[[F], F]:
    return click.option(
        *declarations,
        "scan_type",
        type=click.Choice([t.value for t in ScanType]),
        help=help,
        **settings,
    )


def wait_with_progress(client: HostedScan, scan_id: str, wait: WaitOptions, as_json: bool) -> Scan:
    """Wait with a progress bar; a scan that fails or runs late is still shown before the error."""
    try:
        with progress_bar(f"scan {scan_id}", 100) as update:
            return client.scans.wait(
                scan_id,
                on_progress=lambda scan: update(
                    scan.progress or 0, str(scan.state), f"{scan.state} {scan.progress or 0}%"
                ),
                **wait,
            )
    except (ScanFailedError, WaitTimeoutError) as error:
        show_scan(error.scan, as_json)
        raise


@click.command()
@takes_id("scan_id")
def get(context: click.Context, scan_id: str, as_json: bool) -> None:
    """Show a scan."""
    with hostedscan_client(context) as client:
        show_scan(client.scans.get(scan_id), as_json)


@click.command("list")
@click.option(
    "--state",
    multiple=True,
    type=click.Choice([s.value for s in ScanState]),
    help="Only scans in this state (repeatable: any).",
)
@scan_type_option("--type", multiple=True, help="Only scans of this type (repeatable).")
@click.option("--scheduled-by", multiple=True, help="Only scans scheduled by this (repeatable).")
@command_options
@click.pass_context
def list_command(
    context: click.Context,
    state: tuple[str, ...],
    scan_type: tuple[str, ...],
    scheduled_by: tuple[str, ...],
    as_json: bool,
) -> None:
    """List every scan (all pages), or those matching the filters given."""
    with hostedscan_client(context) as client:
        scans = list(
            client.scans.list(
                state=many(state), type=many(scan_type), scheduled_by=many(scheduled_by)
            )
        )
    rows = [(s.id, str(s.type or ""), str(s.state), f"{s.progress or 0}%") for s in scans]
    table = table_of(f"{len(scans)} scans", ("id", "type", "state", "progress"), rows)
    emit([plain(s) for s in scans], as_json=as_json, table=table)


@click.command()
@takes_id("scan_id", scan_wait_options)
def wait(context: click.Context, scan_id: str, wait: WaitOptions, as_json: bool) -> None:
    """Wait for a scan to finish, with a live progress bar. Exit 3 if it fails, 4 on timeout."""
    with hostedscan_client(context) as client:
        scan = wait_with_progress(client, scan_id, wait, as_json)
    show_scan(scan, as_json)


def downloader(
    name: str, argument: str, fetch: Callable[[HostedScan, str, str], Path], help: str
) -> click.Command:
    """A command that saves one file, named by its id, to -o (atomically, as `fetch` does)."""

    @click.command(name, help=help)
    @takes_id(argument, output_option("Where to write the file.", required=True))
    def download(context: click.Context, output: str, as_json: bool, **named: str) -> None:
        with hostedscan_client(context) as client:
            path = fetch(client, named[argument], output)
        show_saved(path, as_json, **named)

    return download


download = downloader(
    "download",
    "result_id",
    lambda client, result_id, output: client.results.download(result_id, output),
    "Download a result file (PDF, HTML, XML or JSON), atomically.",
)

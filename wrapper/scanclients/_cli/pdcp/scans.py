"""`scanclients pdcp scans list|get|wait|stop|rescan|delete|export` (create: `pdcp.scan_create`;
findings, import: `pdcp.findings`)."""

from __future__ import annotations

from typing import Any

import click

from ... import PDCP
from ...errors import ScanFailedError, WaitTimeoutError
from ..app import command_options, connection_options, json_options
from ..formats import FileFormats
from ..options import (
    WaitOptions,
    at_least_one,
    output_option,
    pdcp_options,
    takes_id,
    team_anywhere,
    team_option,
    wait_options,
)
from ..output import emit, plain, progress_bar, show_saved, table_of

__all__ = [
    "EXPORTS",
    "delete",
    "export",
    "get",
    "list_command",
    "pdcp_wait_options",
    "progress_text",
    "rescan",
    "scans",
    "scans_client",
    "show_scan",
    "status_text",
    "stop",
    "wait",
]

pdcp_wait_options = wait_options(final="status")
EXPORTS = FileFormats(("json", "csv", "pdf"), {".json": "json", ".csv": "csv", ".pdf": "pdf"})


@click.group()
@team_option
@connection_options
@json_options
@click.pass_context
def scans(context: click.Context, team_id: str | None) -> None:
    """Follow scans: list, get, wait, stop, rescan, delete, export, findings, import."""
    context.obj = {**context.obj, "team_id": team_id}


def scans_client(context: click.Context) -> PDCP:
    return PDCP(**pdcp_options(context))


def status_text(scan: Any) -> str:
    """A scan's status as lower-case text, whether the model holds an enum member or a string
    the spec does not list yet (as the library judges it; "unknown" when there is none)."""
    status = getattr(scan.status, "value", scan.status)
    return str(status).strip().lower() if isinstance(status, str) and status else "unknown"


def progress_text(scan: Any) -> str:
    """The status, and the percentage when the answer has one (`running 40%`): a progress line."""
    progress = scan.progress
    known = isinstance(progress, int) and not isinstance(progress, bool)
    return f"{status_text(scan)} {progress}%" if known else status_text(scan)


def show_scan(scan: Any, as_json: bool) -> None:
    reason = getattr(scan, "failure_reason", None)
    emit(
        plain(scan),
        as_json=as_json,
        title="PDCP scan",
        rows=[
            ("id", scan.scan_id),
            ("name", scan.name),
            ("status", status_text(scan)),
            ("progress", f"{scan.progress or 0}%"),
            ("findings", scan.total_result),
            ("failure", reason or "-"),
        ],
    )


@click.command("list")
@click.option("--status", help="Only scans with this status (e.g. running, finished).")
@click.option("--search", help="A search term.")
@at_least_one("--max-items", default=100, help="At most this many scans.")
@command_options
@click.pass_context
def list_command(
    context: click.Context, status: str | None, search: str | None, max_items: int, as_json: bool
) -> None:
    """List scans, newest first as the service orders them."""
    with scans_client(context) as client:
        found = list(client.scans.list(status=status, search=search, max_items=max_items))
    rows = [
        (s.scan_id, s.name, status_text(s), f"{s.progress or 0}%", str(s.total_result))
        for s in found
    ]
    table = table_of(f"{len(found)} scans", ("id", "name", "status", "progress", "findings"), rows)
    emit([plain(s) for s in found], as_json=as_json, table=table)


@click.command()
@takes_id("scan_id")
def get(context: click.Context, scan_id: str, as_json: bool) -> None:
    """Show a scan."""
    with scans_client(context) as client:
        show_scan(client.scans.get(scan_id), as_json)


@click.command()
@takes_id("scan_id", pdcp_wait_options)
def wait(context: click.Context, scan_id: str, wait: WaitOptions, as_json: bool) -> None:
    """Wait for a scan to end, with a progress bar. Exit 3 if it failed, 4 on timeout."""
    with scans_client(context) as client:
        try:
            with progress_bar(f"scan {scan_id}", 100) as update:
                scan = client.scans.wait(
                    scan_id,
                    on_progress=lambda s: update(s.progress or 0, status_text(s), progress_text(s)),
                    **wait,
                )
        except (ScanFailedError, WaitTimeoutError) as error:
            show_scan(error.scan, as_json)
            raise
    show_scan(scan, as_json)


def _action(verb: str, help: str) -> click.Command:
    """A command that sends one verb about one scan and shows the service's answer."""

    @click.command(verb, help=help)
    @takes_id("scan_id")
    def act(context: click.Context, scan_id: str, as_json: bool) -> None:
        with scans_client(context) as client:
            answer = getattr(client.scans, verb)(scan_id)
        document = {"scan_id": scan_id, **plain(answer)}
        emit(document, as_json=as_json, title=f"PDCP {verb}", rows=list(document.items()))

    return act


stop = _action("stop", "Stop a running scan (the service ignores it in any other status).")
rescan = _action("rescan", "Run a scan again.")
delete = _action("delete", "Delete a scan.")


@click.command()
@takes_id(
    "scan_id",
    output_option("Where to write the export.", required=True),
    click.option(
        "--format",
        "export_format",
        type=click.Choice(EXPORTS.choices, case_sensitive=False),
        help="The export's format (default: from -o's suffix, .json, .csv or .pdf).",
    ),
)
def export(
    context: click.Context, scan_id: str, output: str, export_format: str | None, as_json: bool
) -> None:
    """Save a scan's export (json, csv or pdf), atomically."""
    chosen = EXPORTS.choose(export_format, output)  # before any request
    with scans_client(context) as client:
        path = client.scans.export(scan_id, output, format=chosen)  # type: ignore[arg-type]
    show_saved(path, as_json, scan_id=scan_id, format=chosen)


# --team-id on every command as well as on the groups above (`pdcp scans get --team-id T ID`).
for _command in (list_command, get, wait, stop, rescan, delete, export):
    team_anywhere(_command)

"""`scanclients pdcp scans list|get|wait|stop|rescan|delete|export` (findings, import: `_pdcp_findings`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn
from rich.table import Table

from .._pdcp import PDCP
from .._pdcp_wait import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, status_of
from ..errors import ScanFailedError, WaitTimeoutError
from ._app import command_options, with_options
from ._output import emit, error_console
from ._pdcp import pdcp

__all__ = ["progress_bar", "scans", "scans_client", "show_scan", "wait_options"]


@pdcp.group()
@click.option("--team-id", envvar="PDCP_TEAM_ID", help="The team (env PDCP_TEAM_ID).")
@click.pass_context
def scans(context: click.Context, team_id: str | None) -> None:
    """Follow scans: list, get, wait, stop, rescan, delete, export, findings, import."""
    context.obj = {**context.obj, "team_id": team_id}


def scans_client(context: click.Context) -> PDCP:
    return PDCP(team_id=context.obj["team_id"], base_url=context.obj["base_url"])


def _document(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def show_scan(scan: Any, as_json: bool) -> None:
    reason = getattr(scan, "failure_reason", None)
    emit(
        _document(scan),
        as_json=as_json,
        title="PDCP scan",
        rows=[
            ("id", scan.scan_id),
            ("name", scan.name),
            ("status", status_of(scan)),
            ("progress", f"{scan.progress or 0}%"),
            ("findings", scan.total_result),
            ("failure", reason or "-"),
        ],
    )


@contextmanager
def progress_bar(label: str, total: float) -> Iterator[Callable[[float, str], None]]:
    """A live bar on stderr, drawn only on a terminal; off one, a line per change."""
    console = error_console()
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[state]}"),
    )
    with Progress(
        *columns, console=console, transient=False, disable=not console.is_terminal
    ) as bar:
        task = bar.add_task(label, total=total, state="")

        def update(done: float, state: str) -> None:
            bar.update(task, completed=done, state=state)
            if not console.is_terminal:
                console.print(f"{label}: {state}")

        yield update


wait_options = with_options(
    click.option(
        "--timeout",
        type=float,
        default=DEFAULT_WAIT_TIMEOUT,
        show_default=True,
        help="Seconds to wait for a final status.",
    ),
    click.option(
        "--poll-interval",
        type=float,
        default=DEFAULT_POLL_INTERVAL,
        show_default=True,
        help="Seconds before the first poll repeats (it grows politely).",
    ),
)


@scans.command("list")
@click.option("--status", help="Only scans with this status (e.g. running, finished).")
@click.option("--search", help="A search term.")
@click.option(
    "--max-items",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="At most this many scans.",
)
@command_options
@click.pass_context
def list_command(
    context: click.Context, status: str | None, search: str | None, max_items: int, as_json: bool
) -> None:
    """List scans, newest first as the service orders them."""
    with scans_client(context) as client:
        found = list(client.scans.list(status=status, search=search, max_items=max_items))
    table = Table(title=f"{len(found)} scans")
    for column in ("id", "name", "status", "progress", "findings"):
        table.add_column(column)
    for scan in found:
        table.add_row(
            scan.scan_id,
            scan.name,
            status_of(scan),
            f"{scan.progress or 0}%",
            str(scan.total_result),
        )
    emit({"scans": [_document(s) for s in found]}, as_json=as_json, table=table)


@scans.command()
@click.argument("scan_id")
@command_options
@click.pass_context
def get(context: click.Context, scan_id: str, as_json: bool) -> None:
    """Show a scan."""
    with scans_client(context) as client:
        show_scan(client.scans.get(scan_id), as_json)


@scans.command()
@click.argument("scan_id")
@wait_options
@command_options
@click.pass_context
def wait(
    context: click.Context, scan_id: str, timeout: float, poll_interval: float, as_json: bool
) -> None:
    """Wait for a scan to end, with a progress bar. Exit 3 if it failed, 4 on timeout."""
    with scans_client(context) as client:
        try:
            with progress_bar(f"scan {scan_id}", 100) as update:
                scan = client.scans.wait(
                    scan_id,
                    timeout=timeout,
                    poll_interval=poll_interval,
                    on_progress=lambda s: update(s.progress or 0, status_of(s)),
                )
        except (ScanFailedError, WaitTimeoutError) as error:
            show_scan(error.scan, as_json)
            raise
    show_scan(scan, as_json)


def _act(context: click.Context, verb: str, scan_id: str, as_json: bool) -> None:
    with scans_client(context) as client:
        answer = getattr(client.scans, verb)(scan_id)
    document = {"scan_id": scan_id, **_document(answer)}
    emit(document, as_json=as_json, title=f"PDCP {verb}", rows=list(document.items()))


@scans.command()
@click.argument("scan_id")
@command_options
@click.pass_context
def stop(context: click.Context, scan_id: str, as_json: bool) -> None:
    """Stop a running scan (the service ignores it in any other status)."""
    _act(context, "stop", scan_id, as_json)


@scans.command()
@click.argument("scan_id")
@command_options
@click.pass_context
def rescan(context: click.Context, scan_id: str, as_json: bool) -> None:
    """Run a scan again."""
    _act(context, "rescan", scan_id, as_json)


@scans.command()
@click.argument("scan_id")
@command_options
@click.pass_context
def delete(context: click.Context, scan_id: str, as_json: bool) -> None:
    """Delete a scan."""
    _act(context, "delete", scan_id, as_json)


@scans.command()
@click.argument("scan_id")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="Where to write the export.",
)
@click.option(
    "--format",
    "export_format",
    type=click.Choice(["json", "csv", "pdf"]),
    default="json",
    show_default=True,
)
@command_options
@click.pass_context
def export(
    context: click.Context, scan_id: str, output: str, export_format: str, as_json: bool
) -> None:
    """Save a scan's export (json, csv or pdf), atomically."""
    with scans_client(context) as client:
        path = client.scans.export(scan_id, output, format=export_format)  # type: ignore[arg-type]
    size = path.stat().st_size
    emit(
        {"scan_id": scan_id, "path": str(path), "bytes": size, "format": export_format},
        as_json=as_json,
        rows=[("saved", str(path)), ("bytes", size)],
    )

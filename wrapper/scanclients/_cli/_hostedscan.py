"""`scanclients hostedscan ...`"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn
from rich.table import Table

from scanclients._generated.hostedscan_models import Scan, ScanState, ScanType

from .. import findings
from .._hostedscan import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, HostedScan
from ..errors import ScanClientsError, ScanFailedError, WaitTimeoutError
from ..findings import Finding
from ._app import cli, command_options, with_options
from ._findings import FindingsReport, findings_options
from ._inputs import read_targets, require_targets
from ._output import emit, error_console

__all__ = ["hostedscan", "hostedscan_client", "risk_findings"]


@cli.group()
@click.option(
    "--base-url",
    envvar="HOSTEDSCAN_BASE_URL",
    help="API server (default: production; env HOSTEDSCAN_BASE_URL).",
)
@click.pass_context
def hostedscan(context: click.Context, base_url: str | None) -> None:
    """HostedScan (key: HOSTEDSCAN_API_KEY)."""
    context.obj = {"base_url": base_url}


def hostedscan_client(context: click.Context) -> HostedScan:
    return HostedScan(base_url=context.obj["base_url"])


def _scan_document(scan: Scan) -> dict[str, Any]:
    return scan.model_dump(mode="json", exclude_none=True)


def _show_scan(scan: Scan, as_json: bool, title: str = "HostedScan scan") -> None:
    results = ", ".join(f"{r.result_id} ({r.content_type})" for r in scan.results or [])
    emit(
        _scan_document(scan),
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


_with_wait_options = with_options(
    click.option(
        "--timeout",
        type=float,
        default=DEFAULT_WAIT_TIMEOUT,
        show_default=True,
        help="Seconds to wait for a final state.",
    ),
    click.option(
        "--poll-interval",
        type=float,
        default=DEFAULT_POLL_INTERVAL,
        show_default=True,
        help="Seconds between polls.",
    ),
)


@contextmanager
def _progress_bar(scan_id: str) -> Iterator[Callable[[Scan], None]]:
    """A live bar with state and percentage on stderr (only drawn on a terminal)."""
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
        task = bar.add_task(f"scan {scan_id}", total=100, state="")

        def update(scan: Scan) -> None:
            bar.update(task, completed=scan.progress or 0, state=str(scan.state))
            if not console.is_terminal:
                console.print(f"scan {scan.id}: {scan.state} {scan.progress or 0}%")

        yield update


@hostedscan.command()
@click.option(
    "--type",
    "scan_type",
    required=True,
    type=click.Choice([t.value for t in ScanType]),
    help="The scanner.",
)
@click.option("-t", "--target", "targets", multiple=True, help="A target (repeatable).")
@click.option("--target-id", "target_ids", multiple=True, help="A saved target's id (repeatable).")
@click.option(
    "--targets-file",
    type=click.File("r", encoding="utf-8"),
    help="Targets, one per line (- for stdin).",
)
@click.option(
    "--use-authentication",
    is_flag=True,
    help="Scan logged in, with each target's Selenium recording (targets upload-recording).",
)
@click.option(
    "--wait", "wait_for_it", is_flag=True, help="Wait for the scan to finish, with a progress bar."
)
@_with_wait_options
@command_options
@findings_options
@click.pass_context
def create(
    context: click.Context,
    scan_type: str,
    targets: tuple[str, ...],
    target_ids: tuple[str, ...],
    targets_file: Any,
    use_authentication: bool,
    wait_for_it: bool,
    timeout: float,
    poll_interval: float,
    report: FindingsReport,
    as_json: bool,
) -> None:
    """Start a scan of targets and/or saved target ids.

    With --wait and --format, -o, --fail-on or --summary, the finished scan's risks become a
    findings report and pass through the gate (exit 5), as with `hostedscan scans risks`."""
    report.check_waiting(wait_for_it)
    collected = read_targets(targets, targets_file)
    require_targets(collected, target_ids)
    with hostedscan_client(context) as client:
        scan = client.scans.create(
            type=scan_type,
            targets=collected or None,
            target_ids=list(target_ids) or None,
            use_authentication=use_authentication or None,
        )
        code = None
        if wait_for_it:
            try:
                scan = _wait(client, scan.id, timeout, poll_interval, as_json)
                if report.requested:
                    code = report.emit(risk_findings(client, scan), as_json=as_json)
            except ScanFailedError as error:
                error.created_id = scan.id
                raise
            except ScanClientsError as error:
                error.note_created(scan.id)  # a re-run must follow this scan, not create another
                raise
    if code is None or report.output not in (None, "-"):
        _show_scan(scan, as_json)  # stdout is free unless the report went there
    if code is not None:
        sys.exit(code)


def risk_findings(client: HostedScan, scan: Scan | str) -> Iterator[Finding]:
    """A finished scan's risks as findings: new, still open, then closed (each risk once)."""
    groups = client.scans.risks(scan)
    unique = {risk.id: risk for risk in (*groups.new_open, *groups.still_open, *groups.closed)}
    return findings.from_hostedscan_risks(unique.values())


def _wait(
    client: HostedScan, scan_id: str, timeout: float, poll_interval: float, as_json: bool
) -> Scan:
    """Wait with a progress bar; a scan that fails or runs late is still shown before the error."""
    try:
        with _progress_bar(scan_id) as update:
            return client.scans.wait(
                scan_id, timeout=timeout, poll_interval=poll_interval, on_progress=update
            )
    except (ScanFailedError, WaitTimeoutError) as error:
        _show_scan(error.scan, as_json)
        raise


@hostedscan.command()
@click.argument("scan_id")
@command_options
@click.pass_context
def get(context: click.Context, scan_id: str, as_json: bool) -> None:
    """Show a scan."""
    with hostedscan_client(context) as client:
        _show_scan(client.scans.get(scan_id), as_json)


@hostedscan.command("list")
@click.option(
    "--state",
    multiple=True,
    type=click.Choice([s.value for s in ScanState]),
    help="Only scans in this state (repeatable: any).",
)
@click.option(
    "--type",
    "scan_type",
    multiple=True,
    type=click.Choice([t.value for t in ScanType]),
    help="Only scans of this type (repeatable).",
)
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
                state=list(state) or None,
                type=list(scan_type) or None,
                scheduled_by=list(scheduled_by) or None,
            )
        )
    table = Table(title=f"{len(scans)} scans")
    for column in ("id", "type", "state", "progress"):
        table.add_column(column)
    for scan in scans:
        table.add_row(scan.id, str(scan.type or ""), str(scan.state), f"{scan.progress or 0}%")
    emit({"scans": [_scan_document(s) for s in scans]}, as_json=as_json, table=table)


@hostedscan.command()
@click.argument("scan_id")
@_with_wait_options
@command_options
@click.pass_context
def wait(
    context: click.Context, scan_id: str, timeout: float, poll_interval: float, as_json: bool
) -> None:
    """Wait for a scan to finish, with a live progress bar. Exit 3 if it fails, 4 on timeout."""
    with hostedscan_client(context) as client:
        scan = _wait(client, scan_id, timeout, poll_interval, as_json)
    _show_scan(scan, as_json)


@hostedscan.command()
@click.argument("result_id")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="Where to write the file.",
)
@command_options
@click.pass_context
def download(context: click.Context, result_id: str, output: str, as_json: bool) -> None:
    """Download a result file (PDF, HTML, XML or JSON), atomically."""
    with hostedscan_client(context) as client:
        path = client.results.download(result_id, output)
    size = path.stat().st_size
    emit(
        {"result_id": result_id, "path": str(path), "bytes": size},
        as_json=as_json,
        rows=[("saved", str(path)), ("bytes", size)],
    )

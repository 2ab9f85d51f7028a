"""`scanclients hostedscan ...`: the service's group and its scan commands (create, get, list,
wait, download)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from ... import HostedScan, findings
from ...errors import ScanClientsError, ScanFailedError, WaitTimeoutError
from ...findings import Finding
from ...types import Scan, ScanState, ScanType
from ..app import command_options
from ..findings import FindingsReport, findings_options
from ..inputs import many, read_targets, require_targets
from ..options import (
    WaitOptions,
    client_options,
    output_option,
    service_group,
    takes_id,
    targets_options,
    wait_options,
)
from ..output import emit, plain, progress_bar, show_saved, table_of

__all__ = [
    "create",
    "download",
    "downloader",
    "get",
    "hostedscan",
    "hostedscan_client",
    "list_command",
    "risk_findings",
    "wait",
]

hostedscan = service_group(
    "hostedscan", "HOSTEDSCAN_BASE_URL", "HostedScan (key: HOSTEDSCAN_API_KEY)."
)

F = TypeVar("F", bound=Callable[..., Any])

_wait_options = wait_options(final="state")


def hostedscan_client(context: click.Context) -> HostedScan:
    return HostedScan(**client_options(context))


def _show_scan(scan: Scan, as_json: bool, title: str = "HostedScan scan") -> None:
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


def _scan_type_option(*declarations: str, help: str, **settings: Any) -> Callable[[F], F]:
    return click.option(
        *declarations,
        "scan_type",
        type=click.Choice([t.value for t in ScanType]),
        help=help,
        **settings,
    )


@click.command()
@_scan_type_option("--type", required=True, help="The scanner.")
@targets_options
@click.option("--target-id", "target_ids", multiple=True, help="A saved target's id (repeatable).")
@click.option(
    "--use-authentication",
    is_flag=True,
    help="Scan logged in, with each target's Selenium recording (targets upload-recording).",
)
@click.option(
    "--wait", "wait_for_it", is_flag=True, help="Wait for the scan to finish, with a progress bar."
)
@_wait_options
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
    wait: WaitOptions,
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
            type=ScanType(scan_type),  # one of the choices: a member
            targets=collected or None,
            target_ids=many(target_ids),
            use_authentication=use_authentication or None,
        )
        code = None
        if wait_for_it:
            try:
                scan = _wait(client, scan.id, wait, as_json)
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


def _wait(client: HostedScan, scan_id: str, wait: WaitOptions, as_json: bool) -> Scan:
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
        _show_scan(error.scan, as_json)
        raise


@click.command()
@takes_id("scan_id")
def get(context: click.Context, scan_id: str, as_json: bool) -> None:
    """Show a scan."""
    with hostedscan_client(context) as client:
        _show_scan(client.scans.get(scan_id), as_json)


@click.command("list")
@click.option(
    "--state",
    multiple=True,
    type=click.Choice([s.value for s in ScanState]),
    help="Only scans in this state (repeatable: any).",
)
@_scan_type_option("--type", multiple=True, help="Only scans of this type (repeatable).")
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
@takes_id("scan_id", _wait_options)
def wait(context: click.Context, scan_id: str, wait: WaitOptions, as_json: bool) -> None:
    """Wait for a scan to finish, with a live progress bar. Exit 3 if it fails, 4 on timeout."""
    with hostedscan_client(context) as client:
        scan = _wait(client, scan_id, wait, as_json)
    _show_scan(scan, as_json)


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

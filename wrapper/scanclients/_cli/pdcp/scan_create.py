"""`scanclients pdcp scans create`: start a scan, and with --wait follow it to a report and a gate.

    scanclients pdcp scans create -t staging.example.com --wait --format sarif -o scan.sarif \\
        --fail-on high

creates the scan, waits for it with a progress bar, writes its findings as SARIF and exits 5 when
a new high or critical finding is open (3 when the scan failed, 4 when the wait timed out). The
scan's options, and their checks, are `pdcp create`'s; the report's are `pdcp scans findings`'.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from ... import PDCP
from ...errors import ScanClientsError, ScanFailedError, WaitTimeoutError
from ..app import command_options
from ..findings import FindingsReport, findings_options
from ..options import WaitOptions, pdcp_options
from ..output import progress_bar
from .findings import findings_of
from .group import scan_request_options, show_created
from .scans import pdcp_wait_options, progress_text, show_scan, status_text

__all__ = ["create"]


@click.command()
@click.option(
    "--team-id",
    help="The team (default: `pdcp scans --team-id`, else env PDCP_TEAM_ID).",
)
@click.option(
    "--wait",
    "wait_for_it",
    is_flag=True,
    help="Wait for the scan to end (progress on stderr); then show it, or write the report.",
)
@pdcp_wait_options
@command_options
@scan_request_options
@findings_options
@click.pass_context
def create(
    context: click.Context,
    params: dict[str, Any],
    team_id: str | None,
    wait_for_it: bool,
    wait: WaitOptions,
    report: FindingsReport,
    as_json: bool,
) -> None:
    """Create a scan (the options of `pdcp create`); with --wait, follow it to its findings.

    With --wait and --format, -o, --fail-on or --summary, the finished scan's findings become a
    report and pass through the gate (exit 5), as with `pdcp scans findings`. Exit 3 if the
    scan failed, 4 if the wait timed out; the scan's id is printed either way, so that a re-run
    follows it (`pdcp scans wait`, `pdcp scans findings`) instead of creating another.
    """
    report.check_waiting(wait_for_it)
    with PDCP(**pdcp_options(context, team_id)) as client:
        if not wait_for_it:
            show_created(client.scans.create(**params), as_json)
            return
        scan = _create_and_wait(client, params, wait, as_json)
        if not report.requested:
            show_scan(scan, as_json)
            return
        try:
            code = report.emit(findings_of(client, scan.scan_id), as_json=as_json)
        except ScanClientsError as error:
            error.note_created(scan.scan_id)  # the scan finished: fetch its findings again
            raise
    if report.output not in (None, "-"):
        show_scan(scan, as_json)  # stdout is free: the report went to its file
    sys.exit(code)


def _create_and_wait(client: PDCP, params: dict[str, Any], wait: WaitOptions, as_json: bool) -> Any:
    """`create_and_wait` with a progress bar; a scan that failed or ran late is shown, then the
    error (which names the created scan) ends the command with 3 or 4."""
    try:
        with progress_bar("scan", 100) as update:
            return client.scans.create_and_wait(
                on_progress=lambda s: update(
                    s.progress or 0,
                    f"{s.scan_id} {status_text(s)}",
                    f"{s.scan_id} {progress_text(s)}",
                ),
                **wait,
                **params,
            )
    except (ScanFailedError, WaitTimeoutError) as error:
        show_scan(error.scan, as_json)
        raise

"""`scanclients hostedscan create` (and `hostedscan scans create`): start a scan, and with --wait
follow it to a report and a gate.

    scanclients hostedscan create --type SSLYZE -t example.com --wait --format sarif -o scan.sarif

With --wait and a report option the finished scan's risks become findings, as with
`hostedscan scans risks`; this module alone of the group's scan commands imports the findings
toolkit and its report options.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from ...errors import ScanClientsError, ScanFailedError
from ...types import ScanType
from ..app import command_options
from ..findings import FindingsReport, findings_options
from ..inputs import many, read_targets, require_targets
from ..options import WaitOptions, targets_options
from .group import (
    hostedscan_client,
    scan_type_option,
    scan_wait_options,
    show_scan,
    wait_with_progress,
)
from .risks import risk_findings

__all__ = ["create"]


@click.command()
@scan_type_option("--type", required=True, help="The scanner.")
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
@scan_wait_options
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
                scan = wait_with_progress(client, scan.id, wait, as_json)
                if report.requested:
                    code = report.emit(risk_findings(client, scan), as_json=as_json)
            except ScanFailedError as error:
                error.created_id = scan.id
                raise
            except ScanClientsError as error:
                error.note_created(scan.id)  # a re-run must follow this scan, not create another
                raise
    if code is None or report.output not in (None, "-"):
        show_scan(scan, as_json)  # stdout is free unless the report went there
    if code is not None:
        sys.exit(code)

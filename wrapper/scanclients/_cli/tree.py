"""Every command of `scanclients`, in one place: which group holds which command.

The command modules define commands and nothing registers itself; a new command is added here.
Click lists a group's commands by name, so the order below is for people reading this file.
"""

from __future__ import annotations

import click

from . import completion as _completion
from . import findings as _findings
from . import mock as _mock
from . import webhook as _webhook
from .hostedscan import group as _hostedscan
from .hostedscan import risks as _hostedscan_risks
from .hostedscan import targets as _hostedscan_targets
from .pdcp import account as _pdcp_account
from .pdcp import call as _pdcp_call
from .pdcp import findings as _pdcp_findings
from .pdcp import group as _pdcp
from .pdcp import scan_create as _pdcp_scan_create
from .pdcp import scans as _pdcp_scans

__all__ = ["register"]


def _group(name: str, help: str, *commands: click.Command) -> click.Group:
    return click.Group(name, commands=commands, help=help)


def register(root: click.Group) -> None:
    """Put every group and command in its place below `root` (the `scanclients` command)."""
    pdcp_scans = _pdcp_scans.scans
    for command in (
        _pdcp_scan_create.create,  # with --wait: follows the scan to a report and the gate
        _pdcp_scans.list_command,
        _pdcp_scans.get,
        _pdcp_scans.wait,
        _pdcp_scans.stop,
        _pdcp_scans.rescan,
        _pdcp_scans.delete,
        _pdcp_scans.export,
        _pdcp_findings.findings,
        _pdcp_findings.import_command,
    ):
        pdcp_scans.add_command(command)
    pdcp = _pdcp.pdcp
    for command in (
        _pdcp.create,
        _pdcp.scope_command,
        _pdcp_account.whoami,
        _pdcp_call.call,
        pdcp_scans,
    ):
        pdcp.add_command(command)

    hostedscan = _hostedscan.hostedscan
    scan_commands = (
        _hostedscan.create,
        _hostedscan.get,
        _hostedscan.list_command,
        _hostedscan.wait,
    )
    # `hostedscan scans ...` groups the scan commands as `pdcp scans` groups them, so that the
    # two services read alike; the same commands stay directly under `hostedscan` as well, and
    # `hostedscan scans risks` is `hostedscan risks scan`.
    scans = _group(
        "scans",
        "Scans: create (--wait, then a report and the gate), get, list, wait, and a scan's risks.",
        *scan_commands,
    )
    scans.add_command(_hostedscan_risks.scan_risks, "risks")
    for command in (
        *scan_commands,
        _hostedscan.download,
        scans,
        _group(
            "targets",
            "Saved targets: list, get, create (or upsert), update, delete, upload-recording.",
            _hostedscan_targets.list_targets,
            _hostedscan_targets.get_target,
            _hostedscan_targets.create_target,
            _hostedscan_targets.update_target,
            _hostedscan_targets.delete_target,
            _hostedscan_targets.upload_recording,
        ),
        _group(
            "risks",
            "Risks (the findings): list with filters, get, or the risks of one scan.",
            _hostedscan_risks.list_risks,
            _hostedscan_risks.get_risk,
            _hostedscan_risks.scan_risks,
        ),
        _group(
            "reports",
            "Reports of risks, as PDF or HTML: create, download, or both at once.",
            _hostedscan_risks.create_report,
            _hostedscan_risks.download_report,
        ),
    ):
        hostedscan.add_command(command)

    for command in (
        pdcp,
        hostedscan,
        _group(
            "findings",
            "Findings reports and the CI gate, from files (nuclei output, HostedScan risks).",
            _findings.convert,
        ),
        _group("webhook", "HostedScan webhooks.", _webhook.verify),
        _mock.mock,
        _completion.completion,
    ):
        root.add_command(command)

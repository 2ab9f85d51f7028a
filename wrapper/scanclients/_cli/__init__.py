"""The `scanclients` command: create, follow and fetch scans from a shell.

Exit codes: 0 success; 1 API, network or webhook-verification error; 2 usage or validation error;
3 the scan ended FAILED or OVER_LIMIT; 4 waiting timed out; 5 the findings gate tripped.
"""

from __future__ import annotations

# Importing the command modules registers their commands on the group.
from . import (
    _findings,
    _hostedscan,
    _hostedscan_risks,
    _hostedscan_scans,
    _hostedscan_targets,
    _mock,
    _pdcp,
    _pdcp_account,
    _pdcp_call,
    _pdcp_findings,
    _pdcp_scan_create,
    _pdcp_scans,
    _webhook,
)
from ._app import cli, main

__all__ = ["cli", "main"]
_COMMANDS = (
    _findings,
    _hostedscan,
    _hostedscan_risks,
    _hostedscan_scans,
    _hostedscan_targets,
    _mock,
    _pdcp,
    _pdcp_account,
    _pdcp_call,
    _pdcp_findings,
    _pdcp_scan_create,
    _pdcp_scans,
    _webhook,
)

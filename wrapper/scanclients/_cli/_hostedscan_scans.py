"""`scanclients hostedscan scans ...`: the scan commands grouped as `pdcp scans` groups them.

`hostedscan scans create|get|list|wait` are the `hostedscan` commands of those names, and
`hostedscan scans risks SCAN_ID` is `hostedscan risks scan SCAN_ID` (a scan's risks; with the
report options, a findings report and the CI gate), so that the two services read alike.
"""

from __future__ import annotations

from ._hostedscan import create, get, hostedscan, list_command, wait
from ._hostedscan_risks import scan_risks

__all__ = ["scans"]


@hostedscan.group()
def scans() -> None:
    """Scans: create (--wait, then a report and the gate), get, list, wait, and a scan's risks."""


for _command in (create, get, list_command, wait):
    scans.add_command(_command)
scans.add_command(scan_risks, "risks")

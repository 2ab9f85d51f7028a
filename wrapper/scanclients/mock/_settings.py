"""How the mock services behave: the one set of defaults for `serve()`, `MockService`, the command
line (`scanclients mock`, `python -m scanclients.mock`) and the pytest plugin.

Plain data with no server dependency, so that `scanclients.mock` can name it without the extra.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

__all__ = ["HOST", "Settings", "SettingsKeywords"]

HOST = "127.0.0.1"
"""Where the mock listens unless told otherwise: loopback, never a public interface."""


@dataclass
class Settings:
    """How the mock services behave; shared by both."""

    api_key: str | None = None
    """Accept only this key; None accepts any non-blank key."""
    scan_seconds: float = 5.0
    """How long a scan (HostedScan or PDCP) takes from queued to its final state; 0: instant.

    Five seconds: long enough that a client polling the mock sees a scan queued, then running
    with its progress rising, as against the real services; short enough that someone trying
    the mock by hand is not kept waiting. Tests that want instant scans pass 0 (the pytest
    plugin does).
    """
    page_size: int = 500
    """Items per page of HostedScan's lists (scans, targets, risks)."""
    max_targets: int | None = None
    """PDCP targets beyond this many are counted in truncated-scan-targets."""
    fault: str | None = None
    """A fault applied to every request (see `_faults`)."""
    check_responses: bool = False
    """Check every normal answer against the spec, recording violations."""
    pdcp_spec: Path | str | None = None
    """Serve this PDCP document instead of the shipped one; read when the service is built."""


class SettingsKeywords(TypedDict, total=False):
    """`Settings` as keywords (of `serve()`): the names and types, the defaults staying above."""

    api_key: str | None
    scan_seconds: float
    page_size: int
    max_targets: int | None
    fault: str | None
    check_responses: bool
    pdcp_spec: Path | str | None

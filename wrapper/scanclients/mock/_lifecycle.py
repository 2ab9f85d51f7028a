"""How a mock scan moves through its life over `scan_seconds`, the same on both services.

Queued for the first tenth, then running with its progress rising, then finished; or failed when
a target contains `fail.invalid`. Each service names the phases in its own words.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

__all__ = ["FAILING_TARGET", "phase"]

FAILING_TARGET = "fail.invalid"


def phase(started: float, targets: Iterable[str], scan_seconds: float) -> tuple[str, int]:
    """The phase ("queued", "running", "finished" or "failed") of a scan started at `started`
    (`time.monotonic()`), and its progress in percent."""
    elapsed = time.monotonic() - started
    if elapsed >= scan_seconds:
        failed = any(FAILING_TARGET in target for target in targets)
        return ("failed" if failed else "finished"), 100
    if elapsed < scan_seconds / 10:
        return "queued", 0
    return "running", min(99, int(elapsed / scan_seconds * 100))

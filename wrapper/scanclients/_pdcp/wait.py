"""Following a PDCP scan to its end: `wait`, and waiting for a scan just created (sans-I/O flows).

PDCP's scan statuses exist only in a description: failed, finished, queued, running, starting,
uploaded, scheduled. `finished` ends the wait; `failed` and the stopped states raise
`ScanFailedError` with the service's `failure_reason`; every other status, known or not, is waited
through (a newer service may add one). Statuses are compared without regard to case. The defaults
(`DEFAULT_POLL_INTERVAL`, ...) are both services' (`_core.polling`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from .._core.flow import Flow
from .._core.polling import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Verdict,
    WaitPlan,
    poll_until_final,
)
from ..errors import APIError, ScanClientsError, ScanFailedError, WaitTimeoutError

__all__ = [
    "DEFAULT_MAX_POLL_INTERVAL",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "FAILED_STATUSES",
    "judge",
    "status_of",
    "wait_flow",
    "wait_for_created",
]

FINISHED = "finished"
FAILED_STATUSES = frozenset({"failed", "stopped", "cancelled", "canceled"})


class PDCPScanState(Protocol):
    """What the wait reads of a scan (`GET /v1/scans/{scan_id}`'s ScanStatusItem)."""

    scan_id: Any
    status: Any
    progress: Any
    failure_reason: Any


def status_of(scan: PDCPScanState) -> str:
    """The status as plain lower-case text, whether the model gave an enum member or a string."""
    status = getattr(scan.status, "value", scan.status)
    return str(status).strip().lower() if isinstance(status, str) and status else "unknown"


def _progress_of(scan: PDCPScanState) -> int | None:
    progress = scan.progress
    return progress if isinstance(progress, int) and not isinstance(progress, bool) else None


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def judge(scan: PDCPScanState) -> tuple[Verdict, object]:
    status = status_of(scan)
    verdict: Verdict = (
        "finished" if status == FINISHED else "failed" if status in FAILED_STATUSES else "waiting"
    )
    return verdict, (status, _progress_of(scan))


def _failed(scan: PDCPScanState) -> ScanFailedError:
    reason = _text_or_none(scan.failure_reason)
    return ScanFailedError(
        scan,
        f"PDCP scan {scan.scan_id} ended {status_of(scan)}: {reason or 'no reason given'}",
        failure_reason=reason,
    )


def _timed_out(scan: PDCPScanState, timeout: float) -> WaitTimeoutError:
    progress = _progress_of(scan)
    shown = f" ({progress}%)" if progress is not None else ""
    return WaitTimeoutError(
        scan,
        timeout,
        f"PDCP scan {scan.scan_id} is still {status_of(scan)}{shown} after {timeout:g} s",
    )


def wait_flow(
    plan: WaitPlan,
    fetch: Callable[[float], Flow[Any]],
    on_progress: Callable[[Any], object] | None,
) -> Flow[Any]:
    """Poll with `fetch(time_left)` (a GET of the scan) until it is final."""
    return poll_until_final(
        plan, fetch, judge, failed=_failed, timed_out=_timed_out, on_progress=on_progress
    )


def wait_for_created(created: Any, wait: Callable[[str], Flow[Any]]) -> Flow[Any]:
    """Wait for a scan just created (`create_and_wait`'s second half). Never a duplicate: whatever
    fails carries the created scan's id (`created_id`) and says the scan exists."""
    scan_id = _text_or_none(getattr(created, "id", None))
    if scan_id is None:
        raise APIError(
            "the scan was created but the answer carries no id to wait for",
            service="PDCP",
            maybe_created=True,
        )
    try:
        return (yield from wait(scan_id))
    except (ScanFailedError, WaitTimeoutError) as error:
        error.created_id = scan_id  # these name the scan already
        raise
    except ScanClientsError as error:
        error.note_created(scan_id)
        raise

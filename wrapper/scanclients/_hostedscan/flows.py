"""HostedScan's flows: what the spec cannot say (waiting for a scan, joining a scan to its risks),
over the operations of `_hostedscan.operations` run by the shared machinery (`_core.operation`).
Waiting is the polling flow PDCP's is (`_core.polling`), with the same defaults.

Every flow here is sans-I/O (see `_core.flow`): the sync and the async client run the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scanclients._generated.hostedscan_models import ScanState

from .._core.deadline import Deadline
from .._core.flow import Flow
from .._core.operation import call_flow
from .._core.operation_spec import Operation
from .._core.options import ClientOptions
from .._core.polling import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Verdict,
    WaitPlan,
    poll_until_final,
)
from .._core.request import Extras, build
from .._core.send import send_flow
from ..errors import (
    ScanClientsError,
    ScanFailedError,
    ValidationError,
    WaitTimeoutError,
)
from .args import id_args
from .bodies import create_scan_body
from .operations import CREATE_SCAN, GET_RESULT, GET_RISK, GET_SCAN

if TYPE_CHECKING:
    # Loaded when a call needs them (the machinery imports an answer's model on first use).
    from scanclients._generated.hostedscan_models import Risk, Scan, ScanType

__all__ = [
    "DEFAULT_MAX_POLL_INTERVAL",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "ProgressCallback",
    "ScanRiskGroups",
    "create",
    "create_and_wait",
    "get",
    "get_risk",
    "group_risks",
    "judge",
    "read",
    "risk_ids",
    "unique_ids",
    "wait",
]

FINAL_FAILURES = frozenset({ScanState.FAILED, ScanState.OVER_LIMIT})

ProgressCallback = Callable[["Scan"], object]


def _answer(
    options: ClientOptions,
    operation: Operation,
    args: Mapping[str, Any],
    extras: Extras | None = None,
    deadline: Deadline | None = None,
) -> Flow[Any]:
    """`operation` built, sent and parsed by the shared machinery: its answer's `data`."""
    request = build(operation, options, args, extras or Extras())
    envelope = yield from call_flow(operation, options, request, raw=False, deadline=deadline)
    return envelope.data


# --- scans: create, wait ------------------------------------------------------------------------


def create(
    options: ClientOptions,
    scan_type: ScanType | str,
    targets: Iterable[str] | None,
    target_ids: Iterable[str] | None,
    use_authentication: bool | None = None,
    extras: Extras | None = None,
) -> Flow[Scan]:
    body = create_scan_body(scan_type, targets, target_ids, use_authentication)
    scan: Scan = yield from _answer(options, CREATE_SCAN, body, extras)
    return scan


def get(
    options: ClientOptions,
    scan_id: str,
    extras: Extras | None = None,
    deadline: Deadline | None = None,
) -> Flow[Scan]:
    args = id_args("scan_id", scan_id)
    scan: Scan = yield from _answer(options, GET_SCAN, args, extras, deadline)
    return scan


def read(options: ClientOptions, result_id: str, extras: Extras | None = None) -> Flow[bytes]:
    """A result file in memory: one request, its body bounded by `max_body_size` and the whole
    call by the deadline (a file to keep streams to disk with `download` instead)."""
    args = id_args("result_id", result_id)
    request = build(GET_RESULT, options, args, extras or Extras())
    response = yield from send_flow(GET_RESULT, options, request)
    return response.content


def judge(scan: Scan) -> tuple[Verdict, object]:
    """SUCCEEDED ends the wait, FAILED and OVER_LIMIT raise; any other state (an unknown one
    too) is waited through. A change of state or progress is reported."""
    verdict: Verdict = (
        "finished"
        if scan.state == ScanState.SUCCEEDED
        else "failed"
        if scan.state in FINAL_FAILURES
        else "waiting"
    )
    return verdict, (scan.state, scan.progress)


def wait(
    options: ClientOptions,
    scan_id: str,
    timeout: float,
    poll_interval: float,
    on_progress: ProgressCallback | None,
    *,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
) -> Flow[Scan]:
    """Poll the scan until it is final, by the flow both services share (`_core.polling`):
    the interval starts at `poll_interval` and grows x1.5 up to `max_poll_interval`."""
    plan = WaitPlan.checked(timeout, poll_interval, max_poll_interval)
    return _wait(options, scan_id, plan, on_progress)


def _wait(
    options: ClientOptions, scan_id: str, plan: WaitPlan, on_progress: ProgressCallback | None
) -> Flow[Scan]:
    id_args("scan_id", scan_id)  # a bad id fails now, before any I/O

    def fetch(time_left: float) -> Flow[Scan]:
        # Each poll ends by the client's deadline, and none goes past the wait's.
        poll_deadline = Deadline.after(time_left).earliest(Deadline.after(options.deadline))
        return (yield from get(options, scan_id, deadline=poll_deadline))

    return (
        yield from poll_until_final(
            plan,
            fetch,
            judge,
            failed=ScanFailedError,
            timed_out=WaitTimeoutError,
            on_progress=on_progress,
        )
    )


def create_and_wait(
    options: ClientOptions,
    creating: Flow[Scan],
    timeout: float,
    poll_interval: float,
    on_progress: ProgressCallback | None,
    *,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
) -> Flow[Scan]:
    """Run `creating` (a `create` flow), then `wait` for the scan it made."""
    plan = WaitPlan.checked(timeout, poll_interval, max_poll_interval)  # before the create
    scan = yield from creating
    try:
        return (yield from _wait(options, scan.id, plan, on_progress))
    except ScanFailedError as error:
        error.created_id = scan.id
        raise
    except ScanClientsError as error:
        # The scan exists: the caller must follow it, not create another one.
        error.note_created(scan.id)
        raise


# --- a scan's risks -----------------------------------------------------------------------------


def risk_ids(options: ClientOptions, scan: Scan | str) -> Flow[dict[str, list[str]]]:
    """The ids of a finished scan's risks by group: new_open, still_open, closed.

    A `Scan` already fetched is used as it is; an id is fetched first.
    """
    from scanclients._generated.hostedscan_models import Scan

    if not isinstance(scan, Scan):
        scan = yield from get(options, scan)
    if scan.risks is None:
        raise ValidationError(
            "scan", f"scan {scan.id} is {scan.state}: its risks are known once it has run"
        )
    return {
        group: [ref.risk_id for ref in getattr(scan.risks, group) or []]
        for group in ("new_open", "still_open", "closed")
    }


def get_risk(options: ClientOptions, risk_id: str, extras: Extras | None = None) -> Flow[Risk]:
    args = id_args("risk_id", risk_id)
    risk: Risk = yield from _answer(options, GET_RISK, args, extras)
    return risk


@dataclass(frozen=True, slots=True)
class ScanRiskGroups:
    """A finished scan's risks: found for the first time, found again, and no longer found."""

    new_open: list[Risk]
    still_open: list[Risk]
    closed: list[Risk]


def group_risks(ids: dict[str, list[str]], risks: dict[str, Risk]) -> ScanRiskGroups:
    """The groups of `risk_ids`, each id replaced by its fetched risk, in the scan's order."""
    return ScanRiskGroups(**{group: [risks[i] for i in members] for group, members in ids.items()})


def unique_ids(ids: dict[str, list[str]]) -> list[str]:
    """Every id once (a scan could list one risk in two groups): each is fetched once."""
    return list(dict.fromkeys(i for members in ids.values() for i in members))

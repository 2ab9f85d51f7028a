"""Waiting for a scan to end: one polling flow for any service (sans-I/O, see `_core.flow`).

The service-specific parts are passed in: how to fetch the scan (given the time left, so that no
request outlives the deadline), how to judge it, and which errors to raise. What is common:

- the deadline is exact: sleeps are cut to the time left, a poll's request may take no longer
  than the time left, and a request timing out at the deadline is the wait timing out;
- the interval backs off politely (x1.5 a poll up to a ceiling): the first poll comes soon, so
  a short scan shows its progress, and a long scan is not polled every few seconds for hours;
- `on_progress` sees each scan whose state or progress differs from the one before.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeVar

from ..errors import APITimeoutError, ScanClientsError, ValidationError
from .flow import Flow, Sleep

__all__ = [
    "BACKOFF",
    "DEFAULT_MAX_POLL_INTERVAL",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "Verdict",
    "WaitPlan",
    "poll_until_final",
    "seconds",
]

S = TypeVar("S")
Verdict = Literal["finished", "failed", "waiting"]

BACKOFF = 1.5
# The defaults of both services' `wait`, library and command line: polls at 0, 1, 2.5, 4.75,
# 8.1 s... so a five-second scan shows progress on the way, then every 30 s at most.
DEFAULT_WAIT_TIMEOUT = 3600.0
DEFAULT_POLL_INTERVAL = 1.0
DEFAULT_MAX_POLL_INTERVAL = 30.0
_LAST_LOOK = 0.1  # a poll at the deadline gets at least this long to answer


@dataclass(frozen=True, slots=True)
class WaitPlan:
    """How long to wait and how often to look; checked before anything is sent."""

    timeout: float
    poll_interval: float
    max_poll_interval: float

    @classmethod
    def checked(cls, timeout: float, poll_interval: float, max_poll_interval: float) -> WaitPlan:
        seconds("timeout", timeout)
        seconds("poll_interval", poll_interval)
        seconds("max_poll_interval", max_poll_interval)
        return cls(float(timeout), float(poll_interval), max(poll_interval, max_poll_interval))


def seconds(name: str, value: float) -> None:
    """A positive, finite number of seconds, or a `ValidationError` naming the argument."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(name, f"expected a number of seconds, got {value!r}")
    if value <= 0:
        raise ValidationError(name, f"must be greater than 0, got {value!r}")


def poll_until_final(
    plan: WaitPlan,
    fetch: Callable[[float], Flow[S]],
    judge: Callable[[S], tuple[Verdict, object]],
    *,
    failed: Callable[[S], ScanClientsError],
    timed_out: Callable[[S, float], ScanClientsError],
    on_progress: Callable[[S], object] | None,
) -> Flow[S]:
    """Poll until `judge` says the scan is final: return it when finished, raise `failed(scan)`
    when it failed, `timed_out(last scan, timeout)` at the deadline.

    `fetch(time_left)` gets the scan; `judge(scan)` returns the verdict and what counts as
    progress (reported through `on_progress` when it changes).
    """
    deadline = time.monotonic() + plan.timeout
    interval = plan.poll_interval
    last: S | None = None
    shown: object = object()
    while True:
        try:
            scan = yield from fetch(max(deadline - time.monotonic(), _LAST_LOOK))
        except APITimeoutError:
            if last is not None and time.monotonic() >= deadline:
                raise timed_out(last, plan.timeout) from None
            raise
        verdict, progress = judge(scan)
        if on_progress is not None and progress != shown:
            on_progress(scan)
        shown, last = progress, scan
        if verdict == "finished":
            return scan
        if verdict == "failed":
            raise failed(scan)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise timed_out(scan, plan.timeout)
        yield Sleep(min(interval, remaining))
        interval = min(interval * BACKOFF, plan.max_poll_interval)

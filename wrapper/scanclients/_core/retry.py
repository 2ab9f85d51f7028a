"""When to retry, and how long to wait first: plain decisions, no I/O.

A read (GET) is retried on connection errors, timeouts, 408, 429 and 5xx. A create is retried
only where the service cannot have acted on it: the connection was never established (or no
pooled connection came free), 429 and 503. Anything else after a create was sent may have created
the scan, so it is raised at once with `maybe_created=True`: a retry could scan twice.

How long to wait is a `RetryPolicy`, carried by `ClientOptions.retry_policy`; a client without one
uses `DEFAULT_POLICY` (0.5 s doubling to 8 s, less up to 25% jitter; Retry-After up to 60 s).
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

__all__ = [
    "DEFAULT_POLICY",
    "RetryPolicy",
    "maybe_created_after_error",
    "maybe_created_after_status",
    "retry_after_seconds",
    "should_retry_error",
    "should_retry_status",
]


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait before each retry (how many retries is `max_retries`, apart)."""

    initial_delay: float = 0.5
    """The wait before the first retry; it doubles for each retry after."""
    max_delay: float = 8.0
    """The longest wait the doubling reaches."""
    max_retry_after: float = 60.0
    """The longest wait a service's `Retry-After` (or `retry-after-ms`) is obeyed for."""
    jitter: float = 0.25
    """The most of a wait taken off at random, so that many clients do not retry in step."""

    def delay(
        self,
        retry_number: int,
        headers: Mapping[str, str] | None = None,
        *,
        random_fraction: Callable[[], float] | None = None,
    ) -> float:
        """Seconds to wait before retry number `retry_number` (1 for the first retry).

        The service's `retry-after-ms` or `Retry-After` wins, capped at `max_retry_after`;
        otherwise `initial_delay` doubling to `max_delay`, less up to `jitter` of it.
        """
        if headers is not None:
            asked = retry_after_seconds(headers)
            if asked is not None:
                return min(asked, self.max_retry_after)
        delay = min(self.initial_delay * 2.0 ** (retry_number - 1), self.max_delay)
        return delay * (1 - self.jitter * (random_fraction or random.random)())


DEFAULT_POLICY = RetryPolicy()
"""The waits of a client whose options carry no policy of their own."""

# Failures that happen before the request left the client: the service cannot have seen it.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures worth another try on a read.
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def should_retry_error(error: httpx.HTTPError, *, creates: bool) -> bool:
    if creates:
        return isinstance(error, _NEVER_SENT)
    return isinstance(error, _TRANSIENT)


def maybe_created_after_error(error: httpx.HTTPError, *, creates: bool) -> bool:
    return creates and not isinstance(error, _NEVER_SENT)


def should_retry_status(status_code: int, *, creates: bool) -> bool:
    if creates:
        return status_code in (429, 503)
    return status_code in (408, 429) or status_code >= 500


def maybe_created_after_status(status_code: int, *, creates: bool) -> bool:
    # 503 says the service is not taking requests; any other 5xx may have failed after acting.
    return creates and status_code >= 500 and status_code != 503


def retry_after_seconds(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """The wait a response asks for: `retry-after-ms`, or `Retry-After` in seconds or as a date."""
    milliseconds = _number(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _number(value)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None

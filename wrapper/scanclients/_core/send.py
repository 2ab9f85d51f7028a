"""Building and sending a request, for both services, sync and async: retries and the deadline.

`send` is a flow (see `_core.flow`): it yields the attempts and the waits between them and returns the
first 2xx response, or raises the scanclients error for what went wrong (made by `_core.answers`). Each attempt is logged on
the `scanclients` logger as one line (method, path, status, attempt, elapsed), never with headers.

One call has one deadline (`ClientOptions.deadline`, or `deadline=` per call) covering every
attempt and every wait between them; a retry that could not finish in time is not started.

A client without a key (`ClientOptions.api_key` None) sends only what may go without one
(`auth="optional"`); anything else is a `ConfigurationError` before the first attempt.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx

from ..errors import ConfigurationError, UnexpectedResponseError, ValidationError
from . import retry as _retry
from .answers import connection_error, status_error
from .deadline import Deadline
from .flow import BodyTooLargeError, Flow, Send, Sleep
from .operation_spec import Operation
from .options import ClientOptions, seconds
from .text import check_sendable

__all__ = ["build_request", "call_deadline", "send", "send_flow"]

log = logging.getLogger("scanclients")


def build_request(
    options: ClientOptions,
    method: str,
    path: str,
    *,
    json_body: Any = None,
    params: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Request:
    """An absolute request to the service, with auth, User-Agent, Accept and the timeout on it.

    Text that cannot be sent (a lone surrogate, NaN) is a `ValidationError` naming the field.
    """
    try:
        request = httpx.Request(
            method.upper(),
            options.base_url + path,
            headers={**options.headers(), **(headers or {})},
            json=json_body,
            params=params,
            # Carried by the request itself, so that with_options() copies sharing one pool differ.
            extensions={"timeout": options.timeout.as_dict()},
        )
    except (UnicodeEncodeError, ValueError) as error:
        # The body is walked only now: httpx's encoder (C) refuses every string and float the
        # walk would name, so a good body of 100,000 targets is not visited item by item.
        check_sendable("body", json_body, bare_keys=True)
        check_sendable("query", params)
        check_sendable("path", path)
        raise ValidationError("request", f"cannot be sent: {type(error).__name__}") from None
    # Small, and checked even where httpx would send them anyway (a NaN in the query).
    check_sendable("query", params)
    check_sendable("path", path)
    return request


def call_deadline(options: ClientOptions, deadline: Deadline | float | None) -> Deadline:
    """The deadline of one call: `deadline` seconds (or a `Deadline`), else the client's."""
    if isinstance(deadline, Deadline):
        return deadline
    return Deadline.after(options.deadline if deadline is None else seconds("deadline", deadline))


def send(
    request: httpx.Request,
    options: ClientOptions,
    *,
    creates: bool = False,
    stream: bool = False,
    writes: bool = False,
    deadline: Deadline | float | None = None,
    auth: str = "required",
) -> Flow[httpx.Response]:
    """Send with the safe retries of `_core.retry`; return the 2xx response or raise an `APIError`.

    The waits between attempts follow the client's `RetryPolicy` (`_core.retry.DEFAULT_POLICY` when
    its options carry none).

    `writes` (POST, PATCH) is retried like a create; its errors say `maybe_applied` instead.
    `deadline` overrides the client's for this call: seconds, or a `Deadline` a compound flow
    (wait) shares between its requests. `auth` is the operation's (`Operation.auth`): without a
    key, only "optional" goes out; anything else raises `ConfigurationError`, nothing sent.
    """
    if options.api_key is None and auth != "optional":
        raise ConfigurationError(
            f"{request.method} {request.url.path} needs an API key. {options.no_key}"
        )
    service = options.service.name
    until = call_deadline(options, deadline)
    applied = writes and not creates
    creates = creates or writes
    attempts = options.max_retries + 1
    policy = options.retry_policy or _retry.DEFAULT_POLICY
    for attempt in range(1, attempts + 1):
        started = time.monotonic()
        try:
            response: httpx.Response = yield Send(request, stream, until, options.max_body_size)
        except BodyTooLargeError as error:
            _log_attempt(request, "body too large", attempt, attempts, started)
            raise UnexpectedResponseError(
                f"the {error.response.status_code} {error}",
                service=service,
                response=error.response,
                maybe_created=creates and not applied,
                maybe_applied=creates,
            ) from None
        except httpx.HTTPError as error:
            _log_attempt(request, type(error).__name__, attempt, attempts, started)
            retry = attempt < attempts and _retry.should_retry_error(error, creates=creates)
            if retry and (yield from _wait(policy.delay(attempt), request, attempt, until)):
                continue
            raise connection_error(
                error, request, service, creates=creates, applied=applied, deadline=until
            ) from error
        _log_attempt(request, response, attempt, attempts, started)
        if response.is_success:
            return response
        retry = attempt < attempts and _retry.should_retry_status(
            response.status_code, creates=creates
        )
        delay = policy.delay(attempt, response.headers)
        if retry and (yield from _wait(delay, request, attempt, until)):
            continue
        raise status_error(response, service, creates=creates, applied=applied)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _wait(seconds: float, request: httpx.Request, attempt: int, until: Deadline) -> Flow[bool]:
    """Sleep before a retry; False (no retry) when the deadline would pass first."""
    if seconds >= until.remaining():
        log.info("%s %s: no retry, the deadline is near", request.method, request.url.path)
        return False
    log.info("%s %s: retry %d in %.2f s", request.method, request.url.path, attempt, seconds)
    yield Sleep(seconds)
    return True


def _log_attempt(
    request: httpx.Request,
    outcome: str | httpx.Response,
    attempt: int,
    attempts: int,
    started: float,
) -> None:
    if not log.isEnabledFor(logging.INFO):  # the line is made only for a logger that shows it
        return
    elapsed_ms = (time.monotonic() - started) * 1000
    log.info(
        "%s %s -> %s (attempt %d/%d, %.1f ms)",
        request.method,
        request.url.path,
        outcome.status_code if isinstance(outcome, httpx.Response) else outcome,
        attempt,
        attempts,
        elapsed_ms,
    )


def send_flow(
    op: Operation,
    options: Any,
    request: httpx.Request,
    *,
    stream: bool = False,
    deadline: Deadline | None = None,
) -> Flow[httpx.Response]:
    """Send with retries by method: reads as reads, POST and PATCH only where nothing happened.

    `deadline` is a compound flow's (a wait shares one between its polls); else the client's."""
    return send(
        request,
        options,
        creates=op.creates,
        writes=op.writes,
        stream=stream,
        deadline=deadline,
        auth=op.auth,
    )

"""Sending, for both services, sync and async: retries, the deadline, typed errors for failures.

`send` is a flow (see `_flow`): it yields the attempts and the waits between them and returns the
first 2xx response, or raises the scanclients error for what went wrong. Each attempt is logged on
the `scanclients` logger as one line (method, path, status, attempt, elapsed), never with headers.

One call has one deadline (`ClientOptions.deadline`, or `deadline=` per call) covering every
attempt and every wait between them; a retry that could not finish in time is not started.
"""

from __future__ import annotations

import json
import logging
import math
import time
from typing import Any

import httpx

from . import _retry
from ._deadline import Deadline, DeadlineExceeded
from ._flow import BodyTooLargeError, Flow, Send, Sleep
from ._options import ClientOptions, seconds
from ._text import check_text, message_of_page
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    UnexpectedResponseError,
    ValidationError,
    _status_error_class,
)

__all__ = [
    "build_request",
    "call_deadline",
    "connection_error",
    "json_body",
    "loads",
    "send",
    "status_error",
]

log = logging.getLogger("scanclients")

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")


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
    _check_sendable("body", json_body)
    _check_sendable("query", params)
    _check_sendable("path", path)
    try:
        return httpx.Request(
            method.upper(),
            options.base_url + path,
            headers={**options.headers(), **(headers or {})},
            json=json_body,
            params=params,
            # Carried by the request itself, so that with_options() copies sharing one pool differ.
            extensions={"timeout": options.timeout.as_dict()},
        )
    except (UnicodeEncodeError, ValueError) as error:
        raise ValidationError("request", f"cannot be sent: {type(error).__name__}") from None


def _check_sendable(where: str, value: Any) -> None:
    """Find the first string UTF-8 cannot encode, or a float JSON cannot carry, and name it."""
    stack: list[tuple[str, Any]] = [(where, value)]
    while stack:
        name, item = stack.pop()
        if isinstance(item, str):
            check_text(name, item)
        elif isinstance(item, float) and not math.isfinite(item):
            raise ValidationError(name, f"{item!r} cannot be sent as JSON")
        elif isinstance(item, dict):
            for key, child in item.items():
                label = str(key) if name == "body" else f"{name}.{key}"
                stack.append((label, key))
                stack.append((label, child))
        elif isinstance(item, list | tuple):
            stack.extend((f"{name}[{index}]", child) for index, child in enumerate(item))


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
) -> Flow[httpx.Response]:
    """Send with the safe retries of `_retry`; return the 2xx response or raise an `APIError`.

    `writes` (POST, PATCH) is retried like a create; its errors say `maybe_applied` instead.
    `deadline` overrides the client's for this call: seconds, or a `Deadline` a compound flow
    (wait) shares between its requests.
    """
    service = options.service.name
    until = call_deadline(options, deadline)
    applied = writes and not creates
    creates = creates or writes
    attempts = options.max_retries + 1
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
            if retry and (yield from _wait(_retry.backoff_delay(attempt), request, attempt, until)):
                continue
            raise connection_error(
                error, request, service, creates=creates, applied=applied, deadline=until
            ) from error
        _log_attempt(request, str(response.status_code), attempt, attempts, started)
        if response.is_success:
            return response
        retry = attempt < attempts and _retry.should_retry_status(
            response.status_code, creates=creates
        )
        delay = _retry.backoff_delay(attempt, response.headers)
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
    request: httpx.Request, outcome: str, attempt: int, attempts: int, started: float
) -> None:
    elapsed_ms = (time.monotonic() - started) * 1000
    log.info(
        "%s %s -> %s (attempt %d/%d, %.1f ms)",
        request.method,
        request.url.path,
        outcome,
        attempt,
        attempts,
        elapsed_ms,
    )


def connection_error(
    error: httpx.HTTPError,
    request: httpx.Request,
    service: str,
    *,
    creates: bool = False,
    applied: bool = False,
    deadline: Deadline | None = None,
) -> APIConnectionError:
    """The typed error for a failure to get (all of) an answer.

    `applied`: the request was a write other than a create (its error says `maybe_applied`).
    """
    maybe = _retry.maybe_created_after_error(error, creates=creates or applied)
    maybe_created, maybe_applied = maybe and not applied, maybe
    path = f"{request.method} {request.url.path}"
    passed = deadline is not None and deadline.remaining() <= 0.05
    if isinstance(error, httpx.TimeoutException) and (passed or "overall deadline" in str(error)):
        seconds = deadline.seconds if deadline is not None else 0
        reason = str(error) if isinstance(error, DeadlineExceeded) else None
        return APITimeoutError(
            f"{path} {reason or f'exceeded the overall deadline of {seconds:g} s'}",
            service=service,
            request=request,
            maybe_created=maybe_created,
            maybe_applied=maybe_applied,
        )
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(
            f"{path} timed out ({type(error).__name__})",
            service=service,
            request=request,
            maybe_created=maybe_created,
            maybe_applied=maybe_applied,
        )
    reason = str(error) or type(error).__name__
    return APIConnectionError(
        f"{path} failed: {reason}",
        service=service,
        request=request,
        maybe_created=maybe_created,
        maybe_applied=maybe_applied,
    )


def status_error(
    response: httpx.Response, service: str, *, creates: bool, applied: bool = False
) -> APIStatusError:
    """The typed error for a non-2xx response; a non-JSON body (an HTML page) is kept as text."""
    body = _json_or_text(response)
    cls = _status_error_class(response.status_code)
    maybe = _retry.maybe_created_after_status(response.status_code, creates=creates or applied)
    return cls(
        _message(body, response),
        service=service,
        response=response,
        body=body,
        request_id=next(
            (response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None
        ),
        maybe_created=maybe and not applied,
        maybe_applied=maybe,
    )


def loads(content: bytes) -> Any:
    """JSON, with pathological nesting refused as a ValueError instead of a RecursionError."""
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _json_or_text(response: httpx.Response) -> Any:
    try:
        return loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return response.content.decode("utf-8", "replace")


def _message(body: Any, response: httpx.Response) -> str:
    if isinstance(body, dict):
        problem = _problem_message(body)
        if problem:
            return problem
        for key in ("message", "error", "detail", "title"):
            value = body.get(key)
            if isinstance(value, dict):
                value = value.get("message")
            if isinstance(value, str) and value.strip():
                return _short(value.strip())
    elif isinstance(body, str) and body.strip():
        # An HTML page from a proxy: its words, not its markup, nor the status said again.
        text = message_of_page(body, response.status_code, response.reason_phrase)
        if text:
            return _short(text)
    if response.status_code in (301, 302, 303, 307, 308):
        where = response.headers.get("location", "?")
        return f"redirect to {_short(where)} not followed (check base_url)"
    return response.reason_phrase or "error"


def _problem_message(body: dict[str, Any]) -> str | None:
    """RFC 9457 problem details: "title: detail" (either alone when the other is missing)."""
    title, detail = body.get("title"), body.get("detail")
    if not isinstance(title, str) or not title.strip() or "message" in body:
        return None
    if isinstance(detail, str) and detail.strip() and detail.strip() != title.strip():
        return _short(f"{title.strip()}: {detail.strip()}")
    return _short(title.strip())


def _short(text: str) -> str:
    return text if len(text) <= 200 else text[:200] + "..."


def json_body(
    response: httpx.Response,
    service: str,
    *,
    maybe_created: bool = False,
    maybe_applied: bool = False,
) -> Any:
    """The JSON document of a 2xx response, or `UnexpectedResponseError` keeping the response."""
    content_type = response.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    if media_type and media_type != "application/json" and not media_type.endswith("+json"):
        raise UnexpectedResponseError(
            f"expected a JSON body, got {media_type} ({len(response.content)} bytes)",
            service=service,
            response=response,
            maybe_created=maybe_created,
            maybe_applied=maybe_applied,
        )
    try:
        return loads(response.content)
    except (ValueError, UnicodeDecodeError) as error:
        raise UnexpectedResponseError(
            f"the {response.status_code} body is not valid JSON: {error}",
            service=service,
            response=response,
            maybe_created=maybe_created,
            maybe_applied=maybe_applied,
        ) from error

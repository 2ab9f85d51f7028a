"""The one transport layer of both services, sync and async: send with retries, map failures.

`send` is a flow (see `_flow`): it yields the attempts and the waits between them and returns the
first 2xx response, or raises the scanclients error for what went wrong. Each attempt is logged on
the `scanclients` logger as one line (method, path, status, attempt, elapsed), never with headers.
"""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any

import httpx

from . import _retry
from ._flow import Flow, Send, Sleep
from ._options import ClientOptions
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    UnexpectedResponseError,
    _status_error_class,
)

__all__ = ["build_request", "connection_error", "json_body", "send", "status_error"]

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
    """An absolute request to the service, with auth, User-Agent, Accept and the timeout on it."""
    return httpx.Request(
        method.upper(),
        options.base_url + path,
        headers={**options.headers(), **(headers or {})},
        json=json_body,
        params=params,
        # Carried by the request itself, so that with_options() copies sharing one pool differ.
        extensions={"timeout": options.timeout.as_dict()},
    )


def send(
    request: httpx.Request,
    options: ClientOptions,
    *,
    creates: bool = False,
    stream: bool = False,
    writes: bool = False,
) -> Flow[httpx.Response]:
    """Send with the safe retries of `_retry`; return the 2xx response or raise an `APIError`.

    `writes` (POST, PATCH) is retried like a create; its errors say `maybe_applied` instead.
    """
    service = options.service.name
    applied = writes and not creates
    creates = creates or writes
    attempts = options.max_retries + 1
    for attempt in range(1, attempts + 1):
        started = time.monotonic()
        try:
            response: httpx.Response = yield Send(request, stream)
        except httpx.HTTPError as error:
            _log_attempt(request, type(error).__name__, attempt, attempts, started)
            if attempt < attempts and _retry.should_retry_error(error, creates=creates):
                yield from _wait(_retry.backoff_delay(attempt), request, attempt)
                continue
            raise connection_error(
                error, request, service, creates=creates, applied=applied
            ) from error
        _log_attempt(request, str(response.status_code), attempt, attempts, started)
        if response.is_success:
            return response
        if attempt < attempts and _retry.should_retry_status(response.status_code, creates=creates):
            yield from _wait(_retry.backoff_delay(attempt, response.headers), request, attempt)
            continue
        raise status_error(response, service, creates=creates, applied=applied)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _wait(seconds: float, request: httpx.Request, attempt: int) -> Flow[None]:
    log.info("%s %s: retry %d in %.2f s", request.method, request.url.path, attempt, seconds)
    yield Sleep(seconds)


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
) -> APIConnectionError:
    """The typed error for a failure to get (all of) an answer.

    `applied`: the request was a write other than a create (its error says `maybe_applied`).
    """
    maybe = _retry.maybe_created_after_error(error, creates=creates or applied)
    maybe_created, maybe_applied = maybe and not applied, maybe
    path = f"{request.method} {request.url.path}"
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


def _json_or_text(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return response.text


def _message(body: Any, response: httpx.Response) -> str:
    if isinstance(body, dict):
        for key in ("message", "error", "detail"):
            value = body.get(key)
            if isinstance(value, dict):
                value = value.get("message")
            if isinstance(value, str) and value.strip():
                return value.strip()
    elif isinstance(body, str) and body.strip():
        # An HTML page from a proxy: its words, not its markup.
        text = " ".join(re.sub(r"<[^>]*>", " ", body).split()) or body.strip()
        return text if len(text) <= 200 else text[:200] + "..."
    return response.reason_phrase or "error"


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
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as error:
        raise UnexpectedResponseError(
            f"the {response.status_code} body is not valid JSON: {error}",
            service=service,
            response=response,
            maybe_created=maybe_created,
            maybe_applied=maybe_applied,
        ) from error

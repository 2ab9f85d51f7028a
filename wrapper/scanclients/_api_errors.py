"""The APIError family: what went wrong talking to a service, and the status -> class table.

Re-exported by `errors` (their public home: tracebacks and pickles name `scanclients.errors`).
Each error keeps the request and response it is about, with the request's secret headers masked.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._error_base import (
    MAYBE_APPLIED_ADVICE,
    MAYBE_CREATED_ADVICE,
    ScanClientsError,
    _rebuild,
    sentence,
)

__all__ = [
    "SECRET_HEADERS",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ImportInterruptedError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "status_error_class",
]

SECRET_HEADERS = frozenset(
    {
        "x-api-key",
        "x-pdcp-key",
        "x-hostedscan-api-key",
        "authorization",
        "proxy-authorization",
        "cookie",
    }
)
"""Headers whose values an error's request never shows (the services' key headers)."""


def _masked(request: httpx.Request | None) -> httpx.Request | None:
    """A copy of `request` with its secret headers replaced, for keeping on an error."""
    if request is None or not any(name in request.headers for name in SECRET_HEADERS):
        return request
    headers = [
        (name, "[masked]" if name.lower() in SECRET_HEADERS else value)
        for name, value in request.headers.multi_items()
    ]
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    return httpx.Request(request.method, request.url, headers=headers, content=content)


class APIError(ScanClientsError):
    """Talking to the service went wrong. `service` is "PDCP" or "HostedScan"."""

    def __init__(
        self,
        message: str,
        *,
        service: str,
        request: httpx.Request | None = None,
        maybe_created: bool = False,
        maybe_applied: bool = False,
    ) -> None:
        if maybe_created:
            message = sentence(message) + MAYBE_CREATED_ADVICE
        elif maybe_applied:
            message = sentence(message) + MAYBE_APPLIED_ADVICE
        super().__init__(f"{service}: {message}")
        self.service = service
        self.request = _masked(request)
        self.maybe_created = maybe_created
        self.maybe_applied = maybe_applied or maybe_created

    def note_created(self, created_id: str, kind: str = "scan") -> None:
        """Record that a compound helper created `created_id` before this error."""
        self.maybe_created = self.maybe_applied = True
        super().note_created(created_id, kind)


class APIConnectionError(APIError):
    """No usable answer: the connection was refused, reset, or the body was cut short."""


class APITimeoutError(APIConnectionError):
    """The service did not answer within the timeout."""


class UnexpectedResponseError(APIError):
    """A 2xx answer whose body is not what the spec promises; `response` is kept whole."""

    def __init__(
        self,
        message: str,
        *,
        service: str,
        response: httpx.Response,
        maybe_created: bool = False,
        maybe_applied: bool = False,
    ) -> None:
        self.response, self.status_code = _about_answer(
            self, message, service, response, maybe_created, maybe_applied
        )


def _about_answer(
    error: APIError,
    message: str,
    service: str,
    response: httpx.Response,
    maybe_created: bool,
    maybe_applied: bool,
) -> tuple[httpx.Response, int]:
    """Initialise `error` as an error about `response`; return what it keeps of the answer (its
    `response`, the request masked, and `status_code`)."""
    APIError.__init__(
        error,
        message,
        service=service,
        request=response.request,
        maybe_created=maybe_created,
        maybe_applied=maybe_applied,
    )
    if error.request is not None:
        response.request = error.request
    return response, response.status_code


class ImportInterruptedError(APIError):
    """Importing results stopped part way; nothing that may have been applied is sent again.

    `scan_id` is the scan holding what was imported (None if its creation was not confirmed),
    `last_line` the last line of the source the service confirmed, `failed_lines` the first and
    last line of the chunk that failed, and `maybe_applied` whether that chunk may have been
    applied anyway. To go on: `import_results(source, scan_id=e.scan_id, start_line=e.resume_line)`
    (when `maybe_applied`, look at the scan's results first: those lines may be there already).
    """

    def __init__(
        self,
        reason: str,
        *,
        scan_id: str | None,
        last_line: int,
        failed_lines: tuple[int, int],
        maybe_applied: bool,
    ) -> None:
        first, last = failed_lines
        if scan_id is not None:
            where = f"scan {scan_id} holds the lines up to {last_line}"
            then = f" Resume with scan_id={scan_id!r}, start_line={last_line + 1}."
        elif maybe_applied:
            where = "the scan may have been created, but its id never arrived"
            then = " List your scans before importing again."
        else:
            where, then = "no scan was created", " Nothing was imported: start again."
        applied = "may have been applied" if maybe_applied else "were not applied"
        super().__init__(
            f"the import stopped: {reason.removeprefix('PDCP: ')}. {where.capitalize()};"
            f" lines {first}-{last} {applied}.{then}",
            service="PDCP",
        )
        self.reason = reason
        self.scan_id = scan_id
        self.last_line = last_line
        self.resume_line = last_line + 1
        self.failed_lines = failed_lines
        self.maybe_applied = maybe_applied
        self.maybe_created = scan_id is None and maybe_applied

    def __reduce__(self) -> tuple[Any, ...]:
        keywords = {
            "scan_id": self.scan_id,
            "last_line": self.last_line,
            "failed_lines": self.failed_lines,
            "maybe_applied": self.maybe_applied,
        }
        return (_rebuild, (type(self), (self.reason,), keywords))


class APIStatusError(APIError):
    """The service answered with a non-2xx status.

    `body` is the parsed JSON when the body is JSON, else the text (an HTML page from a proxy is
    kept as text). For PDCP the `ErrorResponse` fields are attributes too (`kind`, `code`, `error`,
    `error_id`, `param`); each is None when absent.
    """

    def __init__(
        self,
        message: str,
        *,
        service: str,
        response: httpx.Response,
        body: Any,
        request_id: str | None,
        maybe_created: bool = False,
        maybe_applied: bool = False,
    ) -> None:
        details = f"{response.status_code} {message}"
        if request_id:
            details += f" (request id {request_id})"
        self.response, self.status_code = _about_answer(
            self, details, service, response, maybe_created, maybe_applied
        )
        self.body = body
        self.request_id = request_id
        fields = body if isinstance(body, dict) else {}
        self.kind = _text_or_none(fields.get("kind"))
        self.code = _text_or_none(fields.get("code"))
        self.error = _text_or_none(fields.get("error"))
        self.error_id = _text_or_none(fields.get("error_id"))
        self.param = _text_or_none(fields.get("param"))
        # The reason alone, without the service and status the full message starts with.
        self.message = message


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


class BadRequestError(APIStatusError):
    """400: invalid or missing parameters."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or not valid."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such scan, result or path."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but not acceptable."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically before this is raised."""


class InternalServerError(APIStatusError):
    """>= 500: the service failed."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for a non-2xx status."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)

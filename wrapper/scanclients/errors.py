"""Every exception and warning scanclients raises. Nothing else escapes a client method.

    ScanClientsError
    ├── ConfigurationError          a missing key, a bad base URL or option (at construction)
    ├── ValidationError             bad input, caught before any network I/O
    ├── ClientClosedError           the client was closed (before or during the call)
    ├── EventLoopError              an async client used from another event loop than its first
    ├── WebhookVerificationError    a webhook request that does not verify
    ├── ScanFailedError             wait(): the scan ended in failure (.scan, .failure_reason)
    ├── WaitTimeoutError            wait(): the deadline passed first (.scan: the last one seen)
    ├── MalformedRecordError        a findings stream holds a broken record (.record, .offset)
    └── APIError                    anything that went wrong talking to the service (.maybe_applied)
        ├── APIConnectionError      no usable answer: refused, reset, cut short
        │   └── APITimeoutError
        ├── UnexpectedResponseError a 2xx answer whose body does not parse (.response kept whole)
        ├── ImportInterruptedError  import_results stopped part way (.scan_id, .last_line, .resume_line)
        └── APIStatusError          a non-2xx answer (.status_code, .message, .body, .request_id)
            ├── BadRequestError             400
            ├── AuthenticationError         401
            ├── PermissionDeniedError       403
            ├── NotFoundError               404
            ├── ConflictError               409
            ├── UnprocessableEntityError    422
            ├── RateLimitError              429
            └── InternalServerError         >= 500

    TruncatedTargetsWarning (UserWarning): PDCP dropped targets from a scan it created.
    CredentialsFileWarning (UserWarning): ~/.pdcp/credentials.yaml may be read by other users.

`maybe_applied` is true when a write (POST, PATCH) may have reached the service although the client
could not learn the outcome: check its effect before sending it again. `maybe_created` is the same
for a request that creates a scan: check the scan list before creating it again. When a compound
helper (`create_and_wait`) created something and then failed, `created_id` is its id.

Every error pickles and unpickles (for process pools and job queues); the request it carries has
its API key header masked, so neither its repr nor its pickle holds the key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from scanclients._generated.hostedscan_models import Scan

__all__ = [
    "SECRET_HEADERS",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "CredentialsFileWarning",
    "EventLoopError",
    "ImportInterruptedError",
    "InternalServerError",
    "MalformedRecordError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ScanClientsError",
    "ScanFailedError",
    "TruncatedTargetsWarning",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "ValidationError",
    "WaitTimeoutError",
    "WebhookVerificationError",
]

_MAYBE_CREATED_ADVICE = " The scan may have been created: list your scans before creating it again."
_MAYBE_APPLIED_ADVICE = (
    " The request may have been applied: check its effect before sending it again."
)

SECRET_HEADERS = frozenset(
    {"x-api-key", "x-hostedscan-api-key", "authorization", "proxy-authorization", "cookie"}
)
"""Headers whose values an error's request never shows (the two services' key headers)."""


def _sentence(message: str) -> str:
    message = message.rstrip()
    return message if message.endswith((".", "!", "?")) else message + "."


class ScanClientsError(Exception):
    """The base of every error scanclients raises."""

    created_id: str | None = None
    """The id of what a compound helper created before this error (else None)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses take keyword arguments, which Exception's own pickling cannot replay:
        # rebuild from the message and the attributes instead.
        return (_restore, (type(self), self.args, dict(self.__dict__)))

    def note_created(self, created_id: str, kind: str = "scan") -> None:
        """Record that a compound helper created `created_id` before this error."""
        self.created_id = created_id
        if isinstance(self, APIError):
            self.maybe_created = self.maybe_applied = True
        text = str(self.args[0]) if self.args else self.message
        text = text.replace(_MAYBE_CREATED_ADVICE, "")
        text = _sentence(text) + (
            f" The {kind} {created_id} was created: follow it with its id instead of creating"
            " it again."
        )
        self.args = (text,)


def _restore(cls: type[ScanClientsError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


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


class ConfigurationError(ScanClientsError):
    """The client cannot be built as asked: a missing key, an insecure base URL, a bad option."""


class ValidationError(ScanClientsError, ValueError):
    """An argument is wrong; raised before anything is sent. `field` names the argument."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class ClientClosedError(ScanClientsError, RuntimeError):
    """The client was closed before the call, or while it ran: create a new client."""


class EventLoopError(ScanClientsError, RuntimeError):
    """An async client's connections belong to the event loop it was first used in; using it
    from another loop (a second `asyncio.run`) cannot work: create one client per loop."""


class WebhookVerificationError(ScanClientsError):
    """A webhook request is not proven to come from HostedScan; the message says what failed."""


class ScanFailedError(ScanClientsError):
    """The scan being waited for ended in failure; `scan` is its final state.

    HostedScan: FAILED or OVER_LIMIT. PDCP: failed or stopped, with the service's
    `failure_reason` (None when it gave none).
    """

    def __init__(
        self, scan: Scan | Any, message: str | None = None, *, failure_reason: str | None = None
    ) -> None:
        super().__init__(message or f"scan {scan.id} ended {scan.state}")
        self.scan = scan
        self.failure_reason = failure_reason


class WaitTimeoutError(ScanClientsError):
    """The scan was not final by the deadline; `scan` is the last state seen."""

    def __init__(self, scan: Scan | Any, timeout: float, message: str | None = None) -> None:
        super().__init__(
            message
            or f"scan {scan.id} is still {scan.state} ({scan.progress or 0}%) after {timeout:g} s"
        )
        self.scan = scan
        self.timeout = timeout


class MalformedRecordError(ScanClientsError):
    """A findings stream (an export body, a JSON lines file) holds a record that does not parse.

    `record` is the 1-based number of the broken record (None when the stream itself is broken,
    e.g. cut short); `offset` the number of characters of the stream before the problem's region.
    """

    def __init__(self, problem: str, *, record: int | None, offset: int) -> None:
        where = f"record {record}" if record is not None else f"the stream at character {offset}"
        super().__init__(f"findings: {where} {problem}")
        self.problem = problem
        self.record = record
        self.offset = offset

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments: rebuilt from them, so that the error crosses process pools.
        return (
            _rebuild,
            (type(self), (self.problem,), {"record": self.record, "offset": self.offset}),
        )


def _rebuild(cls: type[Exception], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exception:
    return cls(*args, **kwargs)


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
            message = _sentence(message) + _MAYBE_CREATED_ADVICE
        elif maybe_applied:
            message = _sentence(message) + _MAYBE_APPLIED_ADVICE
        super().__init__(f"{service}: {message}")
        self.service = service
        self.request = _masked(request)
        self.maybe_created = maybe_created
        self.maybe_applied = maybe_applied or maybe_created


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
        super().__init__(
            message,
            service=service,
            request=response.request,
            maybe_created=maybe_created,
            maybe_applied=maybe_applied,
        )
        if self.request is not None:
            response.request = self.request
        self.response = response
        self.status_code = response.status_code


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
        super().__init__(
            details,
            service=service,
            request=response.request,
            maybe_created=maybe_created,
            maybe_applied=maybe_applied,
        )
        if self.request is not None:
            response.request = self.request
        self.response = response
        self.status_code = response.status_code
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


class TruncatedTargetsWarning(UserWarning):
    """PDCP created the scan but dropped some of its targets (`truncated-scan-targets`)."""

    def __init__(self, scan_id: str | None, dropped: int) -> None:
        super().__init__(
            f"PDCP dropped {dropped} target{'s' if dropped != 1 else ''} from scan {scan_id}:"
            " they will not be scanned"
        )
        self.scan_id = scan_id
        self.dropped = dropped

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.scan_id, self.dropped))


class CredentialsFileWarning(UserWarning):
    """The credentials file holding the key may be read by other users (chmod 600 it)."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for a non-2xx status."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)

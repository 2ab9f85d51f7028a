"""Every exception and warning scanclients raises. Nothing else escapes a client method.

    ScanClientsError
    ├── ConfigurationError          a missing key, a bad base URL or option (at construction)
    ├── ValidationError             bad input, caught before any network I/O
    ├── WebhookVerificationError    a webhook request that does not verify
    ├── ScanFailedError             wait(): the scan ended FAILED or OVER_LIMIT (.scan)
    ├── WaitTimeoutError            wait(): the deadline passed first (.scan: the last one seen)
    └── APIError                    anything that went wrong talking to the service (.maybe_applied)
        ├── APIConnectionError      no usable answer: refused, reset, cut short
        │   └── APITimeoutError
        ├── UnexpectedResponseError a 2xx answer whose body does not parse (.response kept whole)
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

`maybe_applied` is true when a write (POST, PATCH) may have reached the service although the client
could not learn the outcome: check its effect before sending it again. `maybe_created` is the same
for a request that creates a scan: check the scan list before creating it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from hostedscan_models import Scan

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
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


class ScanClientsError(Exception):
    """The base of every error scanclients raises."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigurationError(ScanClientsError):
    """The client cannot be built as asked: a missing key, an insecure base URL, a bad option."""


class ValidationError(ScanClientsError, ValueError):
    """An argument is wrong; raised before anything is sent. `field` names the argument."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class WebhookVerificationError(ScanClientsError):
    """A webhook request is not proven to come from HostedScan; the message says what failed."""


class ScanFailedError(ScanClientsError):
    """The scan being waited for ended in FAILED or OVER_LIMIT; `scan` is its final state."""

    def __init__(self, scan: Scan) -> None:
        super().__init__(f"scan {scan.id} ended {scan.state}")
        self.scan = scan


class WaitTimeoutError(ScanClientsError):
    """The scan was not final by the deadline; `scan` is the last state seen."""

    def __init__(self, scan: Scan, timeout: float) -> None:
        super().__init__(
            f"scan {scan.id} is still {scan.state} ({scan.progress or 0}%) after {timeout:g} s"
        )
        self.scan = scan
        self.timeout = timeout


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
            message += _MAYBE_CREATED_ADVICE
        elif maybe_applied:
            message += _MAYBE_APPLIED_ADVICE
        super().__init__(f"{service}: {message}")
        self.service = service
        self.request = request
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
        self.response = response
        self.status_code = response.status_code


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

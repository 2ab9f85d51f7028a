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
    IncompleteListWarning (UserWarning): a list ended before the total its pages gave.

`maybe_applied` is true when a write (POST, PATCH) may have reached the service although the client
could not learn the outcome: check its effect before sending it again. `maybe_created` is the same
for a request that creates a scan: check the scan list before creating it again. When a compound
helper (`create_and_wait`) created something and then failed, `created_id` is its id.

Every error pickles and unpickles (for process pools and job queues); the request it carries has
its API key header masked, so neither its repr nor its pickle holds the key.

This module is the errors' public home; the root (`_error_base`) and the APIError family
(`_api_errors`) are defined apart and re-exported here, named `scanclients.errors.*` wherever they
are defined, so that tracebacks and pickles show the public path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._api_errors import (
    SECRET_HEADERS,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ImportInterruptedError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedResponseError,
    UnprocessableEntityError,
)
from ._error_base import ScanClientsError, _rebuild, _restore

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
    "IncompleteListWarning",
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


class IncompleteListWarning(UserWarning):
    """A list ended (an empty page) with fewer items than its pages' total said: items may have
    been deleted while it was walked, or the service's total is wrong."""


# Tracebacks and pickles name the public path, wherever a class is defined; pickles made before
# the split (naming scanclients.errors._restore and _rebuild) still load.
for _public in [*(globals()[name] for name in __all__), _restore, _rebuild]:
    if callable(_public):
        _public.__module__ = __name__

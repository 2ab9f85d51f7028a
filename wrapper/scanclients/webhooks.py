"""Verify and parse HostedScan webhook requests, and drop redeliveries.

    seen = webhooks.Redeliveries()          # once, at start-up: remembers event ids in memory
    ...
    event = webhooks.verify(headers=request.headers, body=raw_body_bytes, secret=signing_secret)
    if seen.first_delivery(event):          # False for an event already handled
        handle(event)
    return 200                              # a redelivery too: anything else is sent again

Current scheme: `X-HOSTEDSCAN-TIMESTAMP` (milliseconds since the epoch) and `X-HOSTEDSCAN-SIGNATURE`,
the lower-case hex HMAC-SHA256 of `timestamp + "." + body` keyed with the endpoint's signing secret.
Older scheme: `X-HOSTEDSCAN-WH-TOKEN` equal to the endpoint's secret token. `verify` checks its
arguments, then authenticates the raw body bytes (constant-time comparisons), and only then reads
the timestamp and parses the JSON. Any failure raises `WebhookVerificationError` saying what failed;
a wrong argument (no headers, a tolerance that is not a positive number) raises `ValidationError`.

The replay window: a signed timestamp further than `tolerance` seconds (default 300) from now is
rejected, so a captured request cannot be replayed later than that. It does not stop a replay
within the window, nor HostedScan's own redeliveries (it retries an event for up to 12 hours, with
a fresh timestamp each time): those carry the same event id, which is what `Redeliveries` drops.
The older token scheme has no timestamp, hence no replay window at all. The window is the signed
header's timestamp, never the body's `created_at`: HostedScan's own signed example events carry
no `created_at` (it reads None), and they verify like any other.

`headers` may be any headers object a Python web framework or the standard library hands over: a
Mapping (dict, Starlette, Django, Flask/Werkzeug), an `email.message.Message` (the `headers` of
`http.server`'s handler, an `http.client.HTTPMessage`), or a list of (name, value) pairs.

Every documented event type parses to its class: `scan.*` (scan.completed, scan.succeeded,
scan.created, scan.updated) to `ScanEvent`, `risk.*` (risk.opened, risk.closed, risk.created,
risk.updated) to `RiskEvent`. Any other type, or a known prefix whose `data` has another shape,
parses as the generic `WebhookEvent` (its `data` kept as sent) rather than failing after the
signature was accepted.
"""

from __future__ import annotations

import collections
import hashlib
import hmac
import math
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

import pydantic

from scanclients._generated.hostedscan_models import RiskEvent, ScanEvent, WebhookEvent

from ._core.answers import NestedTooDeeply, loads, model_problem
from .errors import ValidationError, WebhookVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "REDELIVERY_HOURS",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "TOKEN_HEADER",
    "Event",
    "EventIdStore",
    "MemoryEventIdStore",
    "Redeliveries",
    "sign",
    "verify",
]

TIMESTAMP_HEADER = "X-HOSTEDSCAN-TIMESTAMP"
SIGNATURE_HEADER = "X-HOSTEDSCAN-SIGNATURE"
TOKEN_HEADER = "X-HOSTEDSCAN-WH-TOKEN"
DEFAULT_TOLERANCE = 300.0
REDELIVERY_HOURS = 12
"""HostedScan redelivers an event for up to this long."""

Event = ScanEvent | RiskEvent | WebhookEvent
"""`ScanEvent` for `scan.*` types, `RiskEvent` for `risk.*`, `WebhookEvent` for any other type."""

Headers = Mapping[str, str] | Iterable[tuple[str, str]] | Any

_MAX_STAMP_DIGITS = 16  # milliseconds until the year 318857: longer is not a timestamp
_WATCHED = {name.lower() for name in (TIMESTAMP_HEADER, SIGNATURE_HEADER, TOKEN_HEADER)}


def verify(
    *,
    headers: Headers,
    body: bytes,
    secret: str,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> Event:
    """Check that a webhook request comes from HostedScan, then parse its event."""
    if not isinstance(body, bytes | bytearray | memoryview):
        raise WebhookVerificationError(
            f"body must be the raw request bytes, got {type(body).__name__}: verify before parsing"
        )
    if not isinstance(secret, str) or not secret:
        raise WebhookVerificationError("no secret given to verify with")
    tolerance = _seconds("tolerance", tolerance)
    current = time.time() if now is None else _seconds("now", now)
    found = _watched_headers(headers)
    raw = bytes(body)
    if SIGNATURE_HEADER.lower() in found or TIMESTAMP_HEADER.lower() in found:
        stamp = _authenticate(found, raw, secret)
        _check_age(int(stamp) / 1000, current, tolerance)
    elif TOKEN_HEADER.lower() in found:
        token = found[TOKEN_HEADER.lower()]
        if not hmac.compare_digest(_utf8(token), _utf8(secret)):
            raise WebhookVerificationError(f"{TOKEN_HEADER} does not match the secret")
    else:
        raise WebhookVerificationError(
            f"missing {SIGNATURE_HEADER} and {TIMESTAMP_HEADER} headers"
            f" (or the older {TOKEN_HEADER})"
        )
    return _parse(raw)


def sign(body: bytes, secret: str, timestamp_ms: int | None = None) -> dict[str, str]:
    """The headers HostedScan would send with `body`: for tests of your own receiver."""
    stamp = str(int(time.time() * 1000) if timestamp_ms is None else timestamp_ms)
    return {TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: _signature(stamp, body, secret)}


def _seconds(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(name, f"expected a number of seconds, got {value!r}")
    if not math.isfinite(value) or value < 0 or (name == "tolerance" and value == 0):
        raise ValidationError(name, f"must be a finite positive number of seconds, got {value!r}")
    return float(value)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _watched_headers(headers: Headers) -> dict[str, str]:
    """The signature headers, by lower-case name, from any headers object; sent twice with two
    values is ambiguous, hence refused."""
    if headers is None or isinstance(headers, str | bytes):
        raise ValidationError(
            "headers", f"expected the request's headers, got {type(headers).__name__}"
        )
    items = getattr(headers, "items", None)
    # Mapping, email.message.Message (http.server, http.client) and most frameworks have items();
    # anything else must be (name, value) pairs.
    pairs: Iterable[Any] = items() if callable(items) else headers
    found: dict[str, str] = {}
    try:
        for pair in pairs:
            if isinstance(pair, str | bytes):
                raise TypeError(f"got {pair!r} where a (name, value) pair belongs")
            name, value = tuple(pair)
            key = str(name).lower()
            if key not in _WATCHED:
                continue
            text = str(value).strip()
            if found.setdefault(key, text) != text:
                raise WebhookVerificationError(f"{name} sent more than once, with two values")
    except (TypeError, ValueError) as error:
        raise ValidationError(
            "headers", f"expected a Mapping or (name, value) pairs: {error}"
        ) from None
    return found


def _authenticate(headers: dict[str, str], body: bytes, secret: str) -> str:
    """The verified timestamp text, or `WebhookVerificationError`. Nothing is parsed before the
    signature matches, so a forged header cannot make the parsing itself fail or run long."""
    stamp = headers.get(TIMESTAMP_HEADER.lower())
    signature = headers.get(SIGNATURE_HEADER.lower())
    if stamp is None:
        raise WebhookVerificationError(f"missing {TIMESTAMP_HEADER} header")
    if signature is None:
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= _MAX_STAMP_DIGITS):
        raise WebhookVerificationError(f"{TIMESTAMP_HEADER} is not milliseconds since the epoch")
    expected = _signature(stamp, body, secret)
    if not hmac.compare_digest(expected.encode(), _utf8(signature.lower())):
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} does not match the body: wrong secret, or the body was altered"
        )
    return stamp


def _check_age(sent: float, now: float, tolerance: float) -> None:
    age = now - sent
    if abs(age) > tolerance:
        when = "old" if age > 0 else "in the future"
        raise WebhookVerificationError(
            f"timestamp is {abs(age):.0f} s {when}, beyond the {tolerance:g} s tolerance:"
            " rejected as a possible replay"
        )


def _signature(stamp: str, body: bytes, secret: str) -> str:
    return hmac.new(_utf8(secret), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def _parse(body: bytes) -> Event:
    try:
        document = loads(body)
    except NestedTooDeeply:
        raise WebhookVerificationError("verified, but the body is nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise WebhookVerificationError(f"verified, but the body is not JSON: {error}") from None
    event_type = document.get("type") if isinstance(document, dict) else None
    if isinstance(event_type, str) and event_type.startswith(("scan.", "risk.")):
        model = ScanEvent if event_type.startswith("scan.") else RiskEvent
        try:
            return model.model_validate(document)
        except (pydantic.ValidationError, RecursionError):
            pass  # a newer shape of a known type: still an event, kept generic
    try:
        return WebhookEvent.model_validate(document)
    except RecursionError:
        raise WebhookVerificationError("verified, but the body is nested too deeply") from None
    except pydantic.ValidationError as error:
        raise WebhookVerificationError(
            f"verified, but not a valid WebhookEvent: {model_problem(error)}"
        ) from None


# --- redeliveries ---------------------------------------------------------------------------


class EventIdStore(Protocol):
    """Where `Redeliveries` remembers event ids: implement it on your own database to share it
    between processes (e.g. an INSERT into a table with a unique key on the id)."""

    def add(self, event_id: str) -> bool:
        """Remember `event_id`; True if it was new, False if it was already there."""
        ...


class MemoryEventIdStore:
    """Event ids in memory, for one process: each kept for `keep_seconds` (the 12 hours of
    HostedScan's redeliveries, and an hour more), and never more than `max_ids` (the oldest go)."""

    def __init__(
        self, *, max_ids: int = 100_000, keep_seconds: float = (REDELIVERY_HOURS + 1) * 3600.0
    ) -> None:
        if isinstance(max_ids, bool) or not isinstance(max_ids, int) or max_ids < 1:
            raise ValidationError("max_ids", f"expected a whole number >= 1, got {max_ids!r}")
        self._keep = _seconds("keep_seconds", keep_seconds)
        self._max = max_ids
        self._seen: collections.OrderedDict[str, float] = collections.OrderedDict()
        self._lock = threading.Lock()

    def add(self, event_id: str) -> bool:
        now = time.monotonic()
        with self._lock:
            # Expired ids go first; only then is the id looked up, and only a new id makes room:
            # evicting before the look-up would take a redelivery of the oldest id for a first.
            while self._seen:
                oldest, added = next(iter(self._seen.items()))
                if now - added <= self._keep:
                    break
                del self._seen[oldest]
            if event_id in self._seen:
                return False
            while len(self._seen) >= self._max:
                self._seen.popitem(last=False)
            self._seen[event_id] = now
            return True

    def __len__(self) -> int:
        return len(self._seen)


class Redeliveries:
    """Tells a first delivery of an event from a redelivery of it, by event id.

    `Redeliveries()` remembers ids in memory (`MemoryEventIdStore`); pass `store=` to use your
    own database. Call `first_delivery` after `verify`: an unverified request must not be able to
    mark an id as seen.
    """

    def __init__(self, store: EventIdStore | None = None) -> None:
        self.store: EventIdStore = MemoryEventIdStore() if store is None else store

    def first_delivery(self, event: Event) -> bool:
        """True the first time this event id is seen, False for a redelivery."""
        return self.store.add(event.id)

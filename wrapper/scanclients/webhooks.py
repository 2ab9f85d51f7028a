"""Verify and parse HostedScan webhook requests.

    event = webhooks.verify(headers=request.headers, body=raw_body_bytes, secret=signing_secret)
    if event.type == "scan.succeeded":
        ...

Current scheme: `X-HOSTEDSCAN-TIMESTAMP` (milliseconds since the epoch) and `X-HOSTEDSCAN-SIGNATURE`,
the lower-case hex HMAC-SHA256 of `timestamp + "." + body` keyed with the endpoint's signing secret.
Older scheme: `X-HOSTEDSCAN-WH-TOKEN` equal to the endpoint's secret token. Verification runs on the
raw body bytes, before any JSON parsing, with constant-time comparisons; a timestamp further than
`tolerance` seconds from now is rejected as a replay. Any failure raises `WebhookVerificationError`
saying what failed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Iterable, Mapping

import pydantic

from scanclients._generated.hostedscan_models import RiskEvent, ScanEvent, WebhookEvent

from ._model_problem import first_problem
from .errors import WebhookVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "TOKEN_HEADER",
    "Event",
    "sign",
    "verify",
]

TIMESTAMP_HEADER = "X-HOSTEDSCAN-TIMESTAMP"
SIGNATURE_HEADER = "X-HOSTEDSCAN-SIGNATURE"
TOKEN_HEADER = "X-HOSTEDSCAN-WH-TOKEN"
DEFAULT_TOLERANCE = 300.0

Event = ScanEvent | RiskEvent | WebhookEvent
"""`ScanEvent` for `scan.*` types, `RiskEvent` for `risk.*`, `WebhookEvent` for any other type."""

Headers = Mapping[str, str] | Iterable[tuple[str, str]]


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
    raw = bytes(body)
    found = _lower_keys(headers)
    if SIGNATURE_HEADER.lower() in found or TIMESTAMP_HEADER.lower() in found:
        _verify_signature(found, raw, secret, tolerance, time.time() if now is None else now)
    elif TOKEN_HEADER.lower() in found:
        if not hmac.compare_digest(found[TOKEN_HEADER.lower()].encode(), secret.encode()):
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


def _verify_signature(
    headers: dict[str, str], body: bytes, secret: str, tolerance: float, now: float
) -> None:
    stamp = headers.get(TIMESTAMP_HEADER.lower())
    signature = headers.get(SIGNATURE_HEADER.lower())
    if stamp is None:
        raise WebhookVerificationError(f"missing {TIMESTAMP_HEADER} header")
    if signature is None:
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    if not stamp.isascii() or not stamp.isdigit():
        raise WebhookVerificationError(f"{TIMESTAMP_HEADER} is not milliseconds since the epoch")
    age = now - int(stamp) / 1000
    if abs(age) > tolerance:
        when = "old" if age > 0 else "in the future"
        raise WebhookVerificationError(
            f"timestamp is {abs(age):.0f} s {when}, beyond the {tolerance:g} s tolerance:"
            " rejected as a possible replay"
        )
    expected = _signature(stamp, body, secret)
    if not hmac.compare_digest(expected.encode(), signature.strip().lower().encode()):
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} does not match the body: wrong secret, or the body was altered"
        )


def _signature(stamp: str, body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def _lower_keys(headers: Headers) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {str(key).lower(): str(value) for key, value in items}


def _parse(body: bytes) -> Event:
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise WebhookVerificationError(f"verified, but the body is not JSON: {error}") from None
    event_type = document.get("type") if isinstance(document, dict) else None
    model: type[Event] = WebhookEvent
    if isinstance(event_type, str) and event_type.startswith("scan."):
        model = ScanEvent
    elif isinstance(event_type, str) and event_type.startswith("risk."):
        model = RiskEvent
    try:
        return model.model_validate(document)
    except pydantic.ValidationError as error:
        raise WebhookVerificationError(
            f"verified, but not a valid {model.__name__}: {first_problem(error)}"
        ) from None

"""Webhook verification, against signatures computed here independently with hmac."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from scanclients import errors, webhooks
from scanclients._generated.hostedscan_models import RiskEvent, ScanEvent, WebhookEvent

SECRET = "whsec_test"
NOW = 1_790_000_000.0
STAMP = str(int(NOW * 1000))
SCAN_EVENT = {
    "id": "evt_1",
    "created_at": int(NOW),
    "type": "scan.succeeded",
    "data": {"id": "s1", "type": "NMAP", "state": "SUCCEEDED", "progress": 100},
}
BODY = json.dumps(SCAN_EVENT).encode()


def _signature(stamp: str, body: bytes, secret: str = SECRET) -> str:
    return hmac.new(
        secret.encode("utf-8"), stamp.encode() + b"." + body, hashlib.sha256
    ).hexdigest()


def _headers(stamp: str = STAMP, body: bytes = BODY, secret: str = SECRET) -> dict[str, str]:
    return {
        "X-HOSTEDSCAN-TIMESTAMP": stamp,
        "X-HOSTEDSCAN-SIGNATURE": _signature(stamp, body, secret),
    }


def test_a_good_signature_verifies_and_parses_a_scan_event() -> None:
    event = webhooks.verify(headers=_headers(), body=BODY, secret=SECRET, now=NOW)
    assert isinstance(event, ScanEvent)
    assert event.data.state == "SUCCEEDED"


def test_header_names_are_case_insensitive_and_may_be_pairs() -> None:
    pairs = [(k.lower(), v) for k, v in _headers().items()]
    assert webhooks.verify(headers=pairs, body=BODY, secret=SECRET, now=NOW).id == "evt_1"


def test_a_tampered_body_is_rejected() -> None:
    tampered = BODY.replace(b"SUCCEEDED", b"FAILED")
    with pytest.raises(errors.WebhookVerificationError, match="does not match the body"):
        webhooks.verify(headers=_headers(), body=tampered, secret=SECRET, now=NOW)


def test_a_wrong_secret_is_rejected() -> None:
    with pytest.raises(errors.WebhookVerificationError, match="wrong secret"):
        webhooks.verify(headers=_headers(secret="other"), body=BODY, secret=SECRET, now=NOW)


def test_a_stale_timestamp_is_rejected_as_a_replay() -> None:
    old = str(int((NOW - 301) * 1000))
    with pytest.raises(errors.WebhookVerificationError, match=r"301 s old.*replay"):
        webhooks.verify(headers=_headers(stamp=old), body=BODY, secret=SECRET, now=NOW)


def test_a_timestamp_from_the_future_is_rejected() -> None:
    future = str(int((NOW + 600) * 1000))
    with pytest.raises(errors.WebhookVerificationError, match="in the future"):
        webhooks.verify(headers=_headers(stamp=future), body=BODY, secret=SECRET, now=NOW)


def test_the_tolerance_is_adjustable() -> None:
    old = str(int((NOW - 301) * 1000))
    event = webhooks.verify(
        headers=_headers(stamp=old), body=BODY, secret=SECRET, now=NOW, tolerance=600
    )
    assert event.id == "evt_1"


@pytest.mark.parametrize(
    ("headers", "problem"),
    [
        ({}, "missing X-HOSTEDSCAN-SIGNATURE and X-HOSTEDSCAN-TIMESTAMP"),
        ({"X-HOSTEDSCAN-SIGNATURE": "ab" * 32}, "missing X-HOSTEDSCAN-TIMESTAMP"),
        ({"X-HOSTEDSCAN-TIMESTAMP": STAMP}, "missing X-HOSTEDSCAN-SIGNATURE"),
        (
            {"X-HOSTEDSCAN-TIMESTAMP": "yesterday", "X-HOSTEDSCAN-SIGNATURE": "ab"},
            "not milliseconds",
        ),
    ],
)
def test_missing_or_malformed_headers_are_rejected(headers, problem) -> None:
    with pytest.raises(errors.WebhookVerificationError, match=problem):
        webhooks.verify(headers=headers, body=BODY, secret=SECRET, now=NOW)


def test_the_legacy_token_scheme() -> None:
    event = webhooks.verify(headers={"X-HOSTEDSCAN-WH-TOKEN": SECRET}, body=BODY, secret=SECRET)
    assert event.type == "scan.succeeded"
    with pytest.raises(errors.WebhookVerificationError, match="does not match the secret"):
        webhooks.verify(headers={"X-HOSTEDSCAN-WH-TOKEN": "guess"}, body=BODY, secret=SECRET)


def test_a_parsed_body_is_refused_so_that_verification_sees_the_raw_bytes() -> None:
    with pytest.raises(errors.WebhookVerificationError, match="raw request bytes"):
        webhooks.verify(headers=_headers(), body=SCAN_EVENT, secret=SECRET, now=NOW)  # type: ignore[arg-type]


def test_risk_and_unknown_event_types_parse() -> None:
    risk = {
        "id": "evt_2",
        "created_at": 1,
        "type": "risk.opened",
        "data": {"id": "r1", "target_id": "t1", "status": "OPEN",
                 "risk_definition": {"scan_type": "SSLYZE", "title": "TLS 1.0", "threat_level": "HIGH"}},
    }  # fmt: skip
    body = json.dumps(risk).encode()
    event = webhooks.verify(headers=_headers(body=body), body=body, secret=SECRET, now=NOW)
    assert isinstance(event, RiskEvent)
    assert event.data.risk_definition.threat_level == "HIGH"
    novel = json.dumps(
        {"id": "e3", "created_at": 1, "type": "target.deleted", "data": [1, 2]}
    ).encode()
    event = webhooks.verify(headers=_headers(body=novel), body=novel, secret=SECRET, now=NOW)
    assert type(event) is WebhookEvent
    assert event.data == [1, 2]


def test_a_verified_body_that_is_not_an_event_says_so() -> None:
    body = b'{"id": "e", "type": "scan.created"}'
    with pytest.raises(errors.WebhookVerificationError, match="not a valid ScanEvent: created_at"):
        webhooks.verify(headers=_headers(body=body), body=body, secret=SECRET, now=NOW)


def test_sign_produces_what_verify_accepts() -> None:
    headers = webhooks.sign(BODY, SECRET, timestamp_ms=int(STAMP))
    assert headers == _headers()

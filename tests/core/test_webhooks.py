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
        "data": {
            "id": "r1",
            "target_id": "t1",
            "status": "OPEN",
            "risk_definition": {"scan_type": "SSLYZE", "title": "TLS 1.0", "threat_level": "HIGH"},
        },
    }
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
    body = b'{"created_at": 1, "type": "scan.created"}'
    with pytest.raises(errors.WebhookVerificationError, match="not a valid WebhookEvent: id"):
        webhooks.verify(headers=_headers(body=body), body=body, secret=SECRET, now=NOW)


def test_sign_produces_what_verify_accepts() -> None:
    headers = webhooks.sign(BODY, SECRET, timestamp_ms=int(STAMP))
    assert headers == _headers()


# --- issue 15: headers from any framework, every event type, redeliveries -------------------

RISK_DATA = {
    "id": "r1",
    "target_id": "t1",
    "status": "OPEN",
    "risk_definition": {"scan_type": "SSLYZE", "title": "TLS 1.0", "threat_level": "HIGH"},
}
SCAN_DATA = SCAN_EVENT["data"]


def _event(event_type: str, data: object, event_id: str = "evt_x") -> bytes:
    return json.dumps(
        {"id": event_id, "created_at": int(NOW), "type": event_type, "data": data}
    ).encode()


@pytest.mark.parametrize(
    ("event_type", "cls"),
    [
        ("scan.completed", ScanEvent),
        ("scan.succeeded", ScanEvent),
        ("scan.created", ScanEvent),
        ("scan.updated", ScanEvent),
        ("risk.opened", RiskEvent),
        ("risk.closed", RiskEvent),
        ("risk.created", RiskEvent),
        ("risk.updated", RiskEvent),
    ],
)
def test_every_documented_event_type_parses_to_its_class(event_type, cls) -> None:
    body = _event(event_type, SCAN_DATA if cls is ScanEvent else RISK_DATA)
    event = webhooks.verify(headers=_headers(body=body), body=body, secret=SECRET, now=NOW)
    assert type(event) is cls
    assert event.type == event_type


@pytest.mark.parametrize(
    ("event_type", "data"),
    [
        ("target.deleted", {"id": "t1"}),
        ("scan.succeeded", {"scan": "s1", "state": ["odd"]}),
        ("risk.opened", "r1"),
        ("scan.archived", None),
    ],
)
def test_an_unknown_type_or_an_unexpected_shape_parses_as_a_generic_event(event_type, data) -> None:
    body = _event(event_type, data)
    event = webhooks.verify(headers=_headers(body=body), body=body, secret=SECRET, now=NOW)
    assert type(event) is WebhookEvent
    assert (event.type, event.data) == (event_type, data)


def test_headers_from_http_server_verify() -> None:
    import email.message
    import http.client
    import io

    raw = "".join(f"{k}: {v}\r\n" for k, v in _headers().items()) + "Host: x\r\n\r\n"
    message = http.client.parse_headers(io.BytesIO(raw.encode()))
    assert isinstance(message, email.message.Message)
    assert webhooks.verify(headers=message, body=BODY, secret=SECRET, now=NOW).id == "evt_1"


def test_headers_from_http_server_over_loopback() -> None:
    import http.server
    import threading
    import urllib.request

    outcome: dict[str, object] = {}

    class Receiver(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            try:
                outcome["event"] = webhooks.verify(
                    headers=self.headers, body=body, secret=SECRET, tolerance=10**9
                )
            except Exception as error:  # reported to the test below
                outcome["error"] = error
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.handle_request)
    thread.start()
    request = urllib.request.Request(
        f"http://127.0.0.1:{server.server_port}/hook", data=BODY, headers=_headers()
    )
    with urllib.request.urlopen(request, timeout=5) as answer:
        assert answer.status == 200
    thread.join(5)
    server.server_close()
    assert "error" not in outcome, outcome
    assert isinstance(outcome["event"], ScanEvent)


def test_a_header_sent_twice_with_two_values_is_refused() -> None:
    pairs = [*_headers().items(), ("x-hostedscan-signature", "00" * 32)]
    with pytest.raises(errors.WebhookVerificationError, match="more than once"):
        webhooks.verify(headers=pairs, body=BODY, secret=SECRET, now=NOW)


def test_a_redelivery_is_dropped_and_the_store_is_bounded() -> None:
    seen = webhooks.Redeliveries(webhooks.MemoryEventIdStore(max_ids=2))
    first = webhooks.verify(headers=_headers(), body=BODY, secret=SECRET, now=NOW)
    again = webhooks.verify(headers=_headers(), body=BODY, secret=SECRET, now=NOW)
    assert seen.first_delivery(first) is True
    assert seen.first_delivery(again) is False
    for event_id in ("e2", "e3"):
        body = _event("scan.updated", SCAN_DATA, event_id)
        event = webhooks.verify(headers=_headers(body=body), body=body, secret=SECRET, now=NOW)
        assert seen.first_delivery(event) is True
    assert len(seen.store) == 2  # type: ignore[arg-type]
    assert seen.first_delivery(first) is True  # the oldest id was forgotten: the bound held


def test_a_redelivery_of_the_oldest_id_with_the_store_full_is_a_redelivery() -> None:
    store = webhooks.MemoryEventIdStore(max_ids=2)
    assert store.add("e1") is True
    assert store.add("e2") is True
    assert store.add("e1") is False  # full, and e1 the oldest: still seen, not evicted to make room
    assert store.add("e2") is False
    assert len(store) == 2
    assert store.add("e3") is True  # a new id makes room: the oldest goes
    assert len(store) == 2
    assert store.add("e1") is True


def test_a_receivers_own_store_is_used() -> None:
    class TableStore:
        def __init__(self) -> None:
            self.rows: set[str] = set()

        def add(self, event_id: str) -> bool:
            if event_id in self.rows:
                return False
            self.rows.add(event_id)
            return True

    store = TableStore()
    seen = webhooks.Redeliveries(store)
    event = webhooks.verify(headers=_headers(), body=BODY, secret=SECRET, now=NOW)
    assert [seen.first_delivery(event), seen.first_delivery(event)] == [True, False]
    assert store.rows == {"evt_1"}


# --- issue 16, finding 6: arguments first, then authentication, then parsing ----------------


@pytest.mark.parametrize("digits", [400, 5000])
def test_a_forged_huge_timestamp_is_refused_without_parsing_it(digits) -> None:
    stamp = "9" * digits
    headers = {"X-HOSTEDSCAN-TIMESTAMP": stamp, "X-HOSTEDSCAN-SIGNATURE": "ab" * 32}
    with pytest.raises(errors.WebhookVerificationError, match="not milliseconds"):
        webhooks.verify(headers=headers, body=BODY, secret=SECRET, now=NOW)


def test_a_bad_signature_is_refused_before_the_timestamp_is_read() -> None:
    headers = {"X-HOSTEDSCAN-TIMESTAMP": "1", "X-HOSTEDSCAN-SIGNATURE": "ab" * 32}
    with pytest.raises(errors.WebhookVerificationError, match="does not match the body"):
        webhooks.verify(headers=headers, body=BODY, secret=SECRET, now=NOW)


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"headers": None}, "headers"),
        ({"headers": 5}, "headers"),
        ({"headers": ["ab"]}, "headers"),
        ({"tolerance": "300"}, "tolerance"),
        ({"tolerance": float("nan")}, "tolerance"),
        ({"tolerance": float("inf")}, "tolerance"),
        ({"tolerance": 0}, "tolerance"),
        ({"tolerance": True}, "tolerance"),
        ({"now": float("nan")}, "now"),
    ],
)
def test_bad_arguments_raise_a_validation_error_naming_them(arguments, field) -> None:
    call = {"headers": _headers(), "body": BODY, "secret": SECRET, "now": NOW, **arguments}
    with pytest.raises(errors.ValidationError) as caught:
        webhooks.verify(**call)
    assert caught.value.field == field


def test_a_month_old_event_is_rejected_at_the_default_tolerance() -> None:
    old = str(int((NOW - 30 * 86400) * 1000))
    with pytest.raises(errors.WebhookVerificationError, match="replay"):
        webhooks.verify(headers=_headers(stamp=old), body=BODY, secret=SECRET, now=NOW)


def test_a_deeply_nested_verified_body_raises_a_verification_error() -> None:
    body = (
        b'{"id": "e", "created_at": 1, "type": "x", "data": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}"
    )
    with pytest.raises(errors.WebhookVerificationError, match="nested too deeply"):
        webhooks.verify(headers=_headers(body=body), body=body, secret=SECRET, now=NOW)

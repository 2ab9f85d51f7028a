"""HostedScan's own signed example webhook events (tests/data/real/SOURCES) verify and parse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanclients import errors, webhooks
from scanclients._generated.hostedscan_models import RiskEvent, WebhookEvent

EVENTS = Path(__file__).parents[1] / "data" / "real" / "hostedscan-events"
SECRET = "example-secret"  # the examples' signing secret (template.yaml, WebhooksSigningSecret)
SENT_AT = 1676612345.678  # their X-HOSTEDSCAN-TIMESTAMP, in seconds


def _capture(name: str) -> tuple[dict[str, str], bytes]:
    capture = json.loads((EVENTS / f"{name}.json").read_text())
    return capture["headers"], capture["body"].encode()


@pytest.mark.parametrize("name", ["risk_created", "risk_updated", "scan_created", "scan_updated"])
def test_hostedscans_example_event_verifies_though_it_has_no_created_at(name: str) -> None:
    headers, body = _capture(name)
    assert b"created_at" not in body
    event = webhooks.verify(headers=headers, body=body, secret=SECRET, now=SENT_AT + 1)
    assert event.id == "an-event-id"
    assert event.type == name.replace("_", ".")
    assert event.created_at is None


def test_an_example_risk_event_parses_as_a_risk_event_with_its_definition() -> None:
    headers, body = _capture("risk_created")
    event = webhooks.verify(headers=headers, body=body, secret=SECRET, now=SENT_AT)
    assert isinstance(event, RiskEvent)
    assert event.data.target == "test.com"
    assert event.data.risk_definition is not None
    assert event.data.risk_definition.threat_level == "LOW"
    assert event.data.risk_definition.scan_type == "OWASP_ZAP"


def test_an_example_scan_event_without_a_state_is_kept_whole_as_a_generic_event() -> None:
    # The example's scan carries id and type only; a Scan has a state, so the event stays generic
    # with its data as sent rather than failing after the signature was accepted.
    headers, body = _capture("scan_created")
    event = webhooks.verify(headers=headers, body=body, secret=SECRET, now=SENT_AT)
    assert type(event) is WebhookEvent
    assert event.data == {"id": "a-scan-id", "type": "OWASP_ZAP"}


def test_the_replay_window_is_the_signed_header_timestamp_not_the_body() -> None:
    # No created_at in the body: the window is measured on X-HOSTEDSCAN-TIMESTAMP, which the
    # signature covers; a day later the same capture is refused as a possible replay.
    headers, body = _capture("risk_updated")
    with pytest.raises(errors.WebhookVerificationError, match="possible replay"):
        webhooks.verify(headers=headers, body=body, secret=SECRET, now=SENT_AT + 86_400)
    event = webhooks.verify(
        headers=headers, body=body, secret=SECRET, now=SENT_AT + 86_400, tolerance=2 * 86_400
    )
    assert event.created_at is None


def test_a_wrong_secret_still_fails_on_a_real_event() -> None:
    headers, body = _capture("scan_updated")
    with pytest.raises(errors.WebhookVerificationError, match="wrong secret"):
        webhooks.verify(headers=headers, body=body, secret="whsec_other", now=SENT_AT)

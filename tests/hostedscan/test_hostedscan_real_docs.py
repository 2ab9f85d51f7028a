"""HostedScan's requests and answers as its own documentation shows them (tests/data/real/SOURCES):
the report filter of Create Report's curl example, and risks read through the generated model."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx

from scanclients import HostedScan, findings
from scanclients._generated.hostedscan_models import Risk
from tests.helpers import KEY, Recorder

DOCS = Path(__file__).parents[1] / "data" / "real" / "hostedscan-docs"


def _curl_body(excerpt: str) -> object:
    (data,) = re.findall(r"--data '([^']*)'", excerpt)
    return json.loads(data)


def test_a_report_by_target_ids_sends_the_body_of_the_documents_curl_example() -> None:
    documented = _curl_body((DOCS / "create-report.2023-07-31.excerpt.md").read_text())
    assert documented == {
        "report_format": "PDF",
        "targets_filter": {"target_ids": ["1a2b3c-target-id-here"]},
    }
    recorder = Recorder(lambda request: httpx.Response(200, json={"data": {"id": "r1"}}))
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        assert hs.reports.create(target_ids=["1a2b3c-target-id-here"]).id == "r1"
    assert recorder.json() == documented


def test_a_report_by_tag_sends_the_documented_tag_key() -> None:
    excerpt = (DOCS / "create-report.2023-07-31.excerpt.md").read_text()
    assert '"tag": ["example-tag"]' in excerpt
    recorder = Recorder(lambda request: httpx.Response(200, json={"data": {"id": "r1"}}))
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        hs.reports.create(tags=["example-tag"])
    assert recorder.json() == {"report_format": "PDF", "targets_filter": {"tag": ["example-tag"]}}


def test_a_listed_risk_keeps_its_dates_in_the_model_and_the_finding() -> None:
    # List Risks documents the dates inside risk_definition: the model has them there, typed.
    risk = Risk.model_validate(
        {
            "id": "r1",
            "target": "example.com",
            "risk_definition": {
                "scan_type": "OWASP_ZAP",
                "title": "example risk",
                "threat_level": "LOW",
                "first_detected_at": "2023-01-30T16:00:00.000Z",
                "last_detected_at": "2023-07-31T04:00:00.000Z",
            },
        }
    )
    assert risk.risk_definition is not None
    assert risk.risk_definition.first_detected_at == "2023-01-30T16:00:00.000Z"
    finding = findings.from_hostedscan_risk(risk)
    assert finding.first_seen is not None
    assert finding.first_seen.isoformat() == "2023-01-30T16:00:00+00:00"
    assert finding.last_seen is not None
    assert finding.last_seen.month == 7

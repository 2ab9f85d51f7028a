"""Findings built from real records (tests/data/real/SOURCES): nuclei output of three generations,
PDCP's captured answers, and HostedScan risks in the shapes its documentation shows."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from scanclients import findings
from scanclients.findings import Severity

REAL = Path(__file__).parents[1] / "data" / "real"


def test_nuclei_2_3_results_keep_their_location_rule_and_matcher() -> None:
    found = list(findings.read(REAL / "nuclei" / "v2.3.7.jsonl"))
    assert [f.rule_id for f in found] == [
        "default-apache2-ubuntu-page",
        "apache-version-detect",
        "tech-detect",
    ]
    assert {f.location for f in found} == {"http://server.ispa.cnr.it/"}
    assert found[2].detail == "apache"
    assert found[2].title == "Wappalyzer Technology Detection"
    assert found[0].first_seen == datetime(2021, 6, 10, 12, 44, 19, 630982, tzinfo=UTC)
    # The location is in the fingerprint: the two tech-detect matchers on one URL stay apart.
    assert found[2].fingerprint != found[1].fingerprint


def test_nuclei_2_0_results_read_their_template_and_matched_location() -> None:
    found = list(findings.read(REAL / "nuclei" / "v2.0.jsonl"))
    assert [(f.rule_id, f.location, f.detail) for f in found] == [
        ("tech-detect", "https://staging.bitdiscovery.com/", "jsdelivr"),
        ("swagger-panel", "https://staging.bitdiscovery.com/api/swagger.yaml", None),
    ]
    assert {f.severity for f in found} == {Severity.INFO}


def test_a_nuclei_3_line_that_did_not_match_is_not_a_finding() -> None:
    lines = (REAL / "nuclei" / "v3-ms-non-match.jsonl").read_text().splitlines()
    record = json.loads(lines[0])
    assert record["matcher-status"] is False
    assert list(findings.read(REAL / "nuclei" / "v3-ms-non-match.jsonl")) == []
    assert list(findings.from_nuclei_records([record])) == []
    matched = {**record, "matcher-status": True}
    assert [f.rule_id for f in findings.from_records([record, matched])] == [
        "untrusted-root-certificate"
    ]


def test_a_pdcp_changelog_record_whose_event_did_not_match_is_still_a_finding() -> None:
    # PDCP keeps nuclei's `"matcher-status": false` inside the event of a record it tracks; the
    # record has a status of its own, so it is read, not skipped.
    found = list(findings.read(REAL / "pdcp" / "elastic-vulnerability-changelog.jsonl"))
    assert len(found) == 1
    assert found[0].rule_id == "untrusted-root-certificate"
    assert found[0].id == "d2c8nl8viq0c9dtbriag"
    assert found[0].severity is Severity.LOW
    assert found[0].target == "def.us-east-1.aws.found.io"


def test_pdcp_captured_export_and_changelogs_become_findings() -> None:
    (export,) = findings.read(REAL / "pdcp" / "elastic-export.jsonl")
    assert (export.rule_id, export.severity, export.location) == (
        "CVE-2025-22457",
        Severity.CRITICAL,
        "https://example.elastic.dev",
    )
    opened, fixed = findings.read(REAL / "pdcp" / "elastic-changelogs.jsonl")
    assert (opened.status, fixed.status) == ("open", "closed")
    assert opened.severity is Severity.LOW
    assert fixed.severity is Severity.MEDIUM


def _documented_risk(excerpt: str) -> dict:
    """The answer example of a HostedScan docs page as JSON: its placeholders given values."""
    body = excerpt.split("```", 2)[1].split("\n", 1)[1]
    body = re.sub(r"//[^\n]*", "", body)
    body = re.sub(r'"(\w+)"\?:', r'"\1":', body).replace("string[]", '["a reference"]')
    body = body.replace(": boolean", ": false").replace("next_page_token:", '"next_page_token":')
    body = body.replace('"Date"', '"2023-05-01T10:00:00.000Z"')
    body = re.sub(r"\{\s*\{", "{", body, count=1)  # Get Risk's example opens `{"data": {{`
    body = re.sub(r"\}\s*\}\s*\}\s*$", "}}", body)
    document = json.loads(body)
    data = document["data"]
    return data[0] if isinstance(data, list) else data


def test_risk_dates_are_read_where_list_risks_documents_them_inside_the_definition() -> None:
    risk = _documented_risk((REAL / "hostedscan-docs" / "list-risks.list.excerpt.md").read_text())
    assert "first_detected_at" not in risk
    assert "first_detected_at" in risk["risk_definition"]
    finding = findings.from_hostedscan_risk(risk)
    assert finding.first_seen == datetime(2023, 5, 1, 10, 0, tzinfo=UTC)
    assert finding.last_seen == datetime(2023, 5, 1, 10, 0, tzinfo=UTC)


def test_risk_dates_are_read_where_get_risk_documents_them_at_the_top() -> None:
    risk = _documented_risk((REAL / "hostedscan-docs" / "list-risks.get.excerpt.md").read_text())
    assert "first_detected_at" in risk
    assert "first_detected_at" not in risk["risk_definition"]
    assert findings.from_hostedscan_risk(risk).first_seen == datetime(2023, 5, 1, 10, 0, tzinfo=UTC)

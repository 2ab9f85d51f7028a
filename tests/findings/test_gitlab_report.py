"""GitLab's DAST report, as GitLab's validator reads it: valid against the published schema
(15.2.1, vendored in tests/data/gitlab), one vulnerability per open finding, stable ids."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest

from scanclients import findings
from scanclients.findings import Finding
from tests.findings_samples import DATA, hostedscan_findings, pdcp_findings

SCHEMA_PATH = (
    Path(__file__).resolve().parents[1] / "data" / "gitlab" / "dast-report-format-15.2.1.json"
)
SCHEMA = json.loads(SCHEMA_PATH.read_text())
VULNERABILITY_KEYS = set(SCHEMA["properties"]["vulnerabilities"]["items"]["properties"])
SCAN_KEYS = set(SCHEMA["properties"]["scan"]["properties"])
NOW = datetime(2026, 12, 1, 12, 0, 0, tzinfo=UTC)


def gitlab_problems(report: dict) -> list[str]:
    validator = jsonschema.Draft7Validator(SCHEMA)
    return sorted(f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(report))


def write(found: list[Finding], tmp_path: Path) -> dict:
    path = tmp_path / "gl-dast-report.json"
    findings.to_gitlab(found, path, tool_version="1.2.3", now=NOW)
    report = json.loads(path.read_text())
    assert gitlab_problems(report) == []
    # The vendored schema is an excerpt: nothing written may fall in the parts left out.
    assert set(report["scan"]) <= SCAN_KEYS
    for vulnerability in report["vulnerabilities"]:
        assert set(vulnerability) <= VULNERABILITY_KEYS
    return report


@pytest.mark.parametrize(
    "build",
    [
        pdcp_findings,
        hostedscan_findings,
        lambda: list(findings.read(DATA / "nuclei-defectdojo.jsonl")),
    ],
    ids=["pdcp", "hostedscan", "real-nuclei"],
)
def test_the_report_validates_against_gitlabs_schema(build, tmp_path: Path) -> None:
    found = build()
    report = write(found, tmp_path)
    assert report["version"] == "15.2.1"
    assert report["scan"]["type"] == "dast"
    open_found = [f for f in found if f.status == "open"]
    assert len(report["vulnerabilities"]) == len(open_found)


def test_vulnerabilities_carry_identifiers_severity_location_and_stable_ids(tmp_path: Path) -> None:
    found = pdcp_findings()
    first = write(found, tmp_path)
    again = write(found, tmp_path)
    assert [v["id"] for v in first["vulnerabilities"]] == [
        v["id"] for v in again["vulnerabilities"]
    ]
    log4j = first["vulnerabilities"][0]
    assert log4j["severity"] == "Critical"
    assert log4j["identifiers"][0] == {
        "type": "nuclei_template",
        "name": "Apache Log4j2 Remote Code Injection",
        "value": "CVE-2021-44228",
        "url": "https://logging.apache.org/log4j/2.x/security.html",
    }
    assert {
        "type": "cve",
        "name": "CVE-2021-44228",
        "value": "CVE-2021-44228",
        "url": "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    } in log4j["identifiers"]
    assert {
        "type": "cwe",
        "name": "CWE-917",
        "value": "917",
        "url": "https://cwe.mitre.org/data/definitions/917.html",
    } in log4j["identifiers"]
    assert log4j["location"] == {
        "hostname": "https://staging.example.com",
        "path": "/api?x=${jndi:ldap://oast}",
    }
    assert log4j["cvss_vectors"][0]["vector"] == "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"
    assert log4j["solution"].startswith("Upgrade to Log4j")
    assert first["scan"]["end_time"] == "2026-12-01T12:00:00"
    assert first["scan"]["scanner"]["id"] == "pdcp"


def test_closed_risks_are_left_out_and_long_texts_cut_to_the_schemas_limits(tmp_path: Path) -> None:
    long = Finding(
        service="hostedscan",
        rule_id="ZAP/x",
        title="T" * 400,
        severity="high",
        target="a.example.com",
        remediation="R" * 8000,
        cvss_vector="not a vector",
    )
    closed = Finding(
        service="hostedscan",
        rule_id="ZAP/y",
        title="closed",
        severity="high",
        target="a.example.com",
        status="closed",
    )
    report = write([long, closed], tmp_path)
    (only,) = report["vulnerabilities"]
    assert len(only["name"]) == 255
    assert len(only["solution"]) == 7000
    assert "cvss_vectors" not in only
    assert report["scan"]["scanned_resources"] == [
        {"method": "GET", "url": "a.example.com", "type": "url"}
    ]


def test_the_check_can_fail() -> None:
    assert gitlab_problems({"version": "15.2.1", "vulnerabilities": [{"id": ""}]}) != []

"""The findings model: building from nuclei results and HostedScan risks, severity, fingerprints."""

from __future__ import annotations

import hashlib
import itertools
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanclients import findings
from scanclients._generated.hostedscan_models import Risk
from scanclients.errors import ValidationError
from scanclients.findings import Finding, Severity
from tests.findings_samples import DATA, hostedscan_risks, nuclei_records


def test_the_public_names() -> None:
    assert sorted(findings.__all__) == sorted(
        [
            "CSV_COLUMNS",
            "EXIT_GATE",
            "FINGERPRINT_KEY",
            "GITLAB_SCHEMA_VERSION",
            "SECURITY_SEVERITY",
            "Anchor",
            "Baseline",
            "Destination",
            "Finding",
            "GateResult",
            "GateTally",
            "Severity",
            "Source",
            "Summary",
            "fingerprint_of",
            "from_hostedscan_risk",
            "from_hostedscan_risks",
            "from_nuclei",
            "from_nuclei_records",
            "from_records",
            "gate",
            "load_anchor",
            "load_baseline",
            "read",
            "read_jsonl",
            "to_csv",
            "to_gitlab",
            "to_html",
            "to_jsonl",
            "to_markdown",
            "to_sarif",
        ]
    )


def test_a_nuclei_result_keeps_every_field_it_has() -> None:
    record = nuclei_records()[0]
    finding = findings.from_nuclei(record)
    assert finding == Finding(
        service="pdcp",
        rule_id="CVE-2021-44228",
        title="Apache Log4j2 Remote Code Injection",
        severity=Severity.CRITICAL,
        target="https://staging.example.com",
        location="https://staging.example.com/api?x=${jndi:ldap://oast}",
        description="Apache Log4j2 JNDI features do not protect against attacker-controlled LDAP endpoints.",
        remediation="Upgrade to Log4j 2.3.1, 2.12.3 or 2.15.0 or later.",
        references=(
            "https://logging.apache.org/log4j/2.x/security.html",
            "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
        ),
        cvss_score=10.0,
        cvss_vector="CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H",
        cve_ids=("CVE-2021-44228",),
        cwe_ids=("CWE-917",),
        status="open",
        first_seen=datetime(2026, 11, 20, 10, 15, 0, 123456, tzinfo=UTC),
        last_seen=datetime(2026, 11, 20, 10, 15, 0, 123456, tzinfo=UTC),
    )
    assert finding.raw == record


def test_a_pdcp_result_with_its_nuclei_event_inside() -> None:
    result = {
        "vuln_id": "v-42",
        "target": "staging.example.com",
        "scan_id": "s-1",
        "template_id": "git-config",
        "created_at": "2026-11-01T00:00:00Z",
        "updated_at": "2026-11-20T00:00:00Z",
        "vuln_status": "fixed",
        "vuln_hash": "abc",
        "result_type": "vulnerability",
        "matcher_status": True,
        "event": [
            {
                "info": {"name": "Git Config", "severity": "HIGH"},
                "host": "https://staging.example.com",
                "matched_at": "https://staging.example.com/.git/config",
                "matcher_name": "body",
            }
        ],
    }
    finding = findings.from_nuclei(result)
    assert (finding.id, finding.rule_id, finding.title, finding.severity) == (
        "v-42",
        "git-config",
        "Git Config",
        Severity.HIGH,
    )
    assert finding.location == "https://staging.example.com/.git/config"
    assert finding.target == "https://staging.example.com"
    assert finding.detail == "body"
    assert finding.status == "closed"
    assert finding.first_seen == datetime(2026, 11, 1, tzinfo=UTC)
    assert finding.last_seen == datetime(2026, 11, 20, tzinfo=UTC)
    for status, closed, accepted in [
        ("false_positive", False, True),
        ("accepted_risk", False, True),
        ("triaged", False, False),
        ("fix_in_progress", False, False),
        ("duplicate", False, False),
        ("FIXED", True, False),
        ("a-new-status", False, False),
    ]:
        finding = findings.from_nuclei({**result, "vuln_status": status})
        assert (finding.status == "closed", finding.accepted) == (closed, accepted), status


def test_a_sparse_record_still_builds() -> None:
    finding = findings.from_nuclei({"template-id": "only-an-id"})
    assert (finding.rule_id, finding.title, finding.severity, finding.status) == (
        "only-an-id",
        "only-an-id",
        Severity.INFO,
        "open",
    )
    assert finding.references == ()
    assert finding.target is None
    assert finding.first_seen is None
    assert findings.from_nuclei({}).rule_id == "unknown"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("critical", "critical"),
        ("HIGH", "high"),
        (" Medium ", "medium"),
        ("low", "low"),
        ("info", "info"),
        ("unknown", "info"),
        ("", "info"),
        (None, "info"),
        (7, "info"),
    ],
)
def test_nuclei_severity_on_the_one_scale(given: object, expected: str) -> None:
    finding = findings.from_nuclei({"template-id": "t", "info": {"severity": given}})
    assert finding.severity == Severity(expected)


@pytest.mark.parametrize(
    ("threat_level", "expected"),
    [
        ("HIGH", "high"),
        ("MEDIUM", "medium"),
        ("LOW", "low"),
        ("low", "low"),
        (None, "info"),
        ("SEVERE", "info"),
    ],
)
def test_hostedscan_threat_levels_map_onto_the_scale(
    threat_level: str | None, expected: str
) -> None:
    risk = {"id": "r", "risk_definition": {"title": "t", "threat_level": threat_level}}
    assert findings.from_hostedscan_risk(risk).severity == Severity(expected)


def test_severities_compare_by_rank() -> None:
    assert Severity.INFO < Severity.LOW < Severity.MEDIUM < Severity.HIGH < Severity.CRITICAL
    assert max([Severity.MEDIUM, Severity.CRITICAL, Severity.LOW]) is Severity.CRITICAL
    assert Severity.HIGH >= Severity.HIGH
    assert not Severity.LOW > Severity.MEDIUM


def test_a_hostedscan_risk_as_model_or_dict_is_the_same_finding() -> None:
    risk = hostedscan_risks()[0]
    from_dict = findings.from_hostedscan_risk(risk)
    from_model = findings.from_hostedscan_risk(Risk.model_validate(risk))
    assert from_dict == from_model
    assert from_model.raw["target_label"] == "staging"  # the model keeps unknown fields
    assert from_dict == Finding(
        service="hostedscan",
        id="risk-1",
        rule_id="OWASP_ZAP/Cross Site Scripting (Reflected)",
        title="Cross Site Scripting (Reflected)",
        severity=Severity.HIGH,
        target="staging.example.com",
        location="staging.example.com",
        description="Cross-site Scripting (XSS) is an attack technique that involves echoing attacker-supplied code.",
        remediation="Validate all input and encode all output.",
        references=("https://owasp.org/www-community/attacks/xss/",),
        cvss_score=7.5,
        first_seen=datetime(2026, 11, 1, 8, tzinfo=UTC),
        last_seen=datetime(2026, 11, 20, 8, tzinfo=UTC),
    )


def test_hostedscan_status_acceptance_cvss_vector_and_cve() -> None:
    accepted, closed, bare = (findings.from_hostedscan_risk(r) for r in hostedscan_risks()[1:])
    assert accepted.accepted
    assert accepted.status == "open"
    assert not accepted.gated
    assert accepted.cvss_vector == "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H"
    assert accepted.cvss_score is None
    assert accepted.cve_ids == ("CVE-2023-38408",)
    assert closed.status == "closed"
    assert not closed.gated
    assert (bare.rule_id, bare.severity, bare.first_seen) == (
        "NMAP/Open Port 8080",
        Severity.LOW,
        None,
    )


def test_a_record_that_is_not_an_object_names_its_position() -> None:
    stream = findings.from_nuclei_records([{"template-id": "a"}, ["not", "an", "object"]])
    assert next(stream).rule_id == "a"
    with pytest.raises(ValidationError, match=r"records\[1\]: expected a JSON object, got list"):
        next(stream)
    with pytest.raises(ValidationError, match="risk: expected a JSON object"):
        findings.from_hostedscan_risk("risk-1")


def test_builders_stream_and_never_read_ahead() -> None:
    endless = ({"template-id": f"t{n}"} for n in itertools.count())
    first = list(itertools.islice(findings.from_nuclei_records(endless), 3))
    assert [f.rule_id for f in first] == ["t0", "t1", "t2"]
    assert next(endless) == {"template-id": "t3"}  # nothing was consumed beyond what was asked


def test_the_fingerprint_rule() -> None:
    finding = findings.from_nuclei(nuclei_records()[3])
    expected = hashlib.sha256(b"v1\0tech-detect\0https://staging.example.com/\0nginx").hexdigest()
    assert finding.fingerprint == expected
    assert (
        findings.fingerprint_of("tech-detect", " https://staging.example.com/ ", "nginx")
        == expected
    )
    # Without a matched location the target stands in; HostedScan's rule id names the scanner.
    risk = findings.from_hostedscan_risk(hostedscan_risks()[3])
    assert (
        risk.fingerprint
        == hashlib.sha256(b"v1\0NMAP/Open Port 8080\0staging.example.com\0").hexdigest()
    )


def test_the_same_finding_gets_the_same_fingerprint_in_another_run() -> None:
    first = findings.from_nuclei(nuclei_records()[1])
    later = findings.from_nuclei(
        {**nuclei_records()[1], "timestamp": "2026-12-01T00:00:00Z", "ip": "203.0.113.99"}
    )
    on_pdcp = findings.from_nuclei(
        {
            "vuln_id": "v-9",
            "vuln_status": "open",
            "template_id": "exposed-git-config",
            "event": {**nuclei_records()[1], "info": {"name": "renamed", "severity": "critical"}},
        }
    )
    assert first.fingerprint == later.fingerprint == on_pdcp.fingerprint
    risk = hostedscan_risks()[0]
    rescanned = {**risk, "id": "risk-99", "last_detected_at": "2026-12-24T00:00:00Z"}
    assert (
        findings.from_hostedscan_risk(risk).fingerprint
        == findings.from_hostedscan_risk(rescanned).fingerprint
    )


def test_different_findings_get_different_fingerprints() -> None:
    prints = [f.fingerprint for f in findings.from_nuclei_records(nuclei_records())]
    prints += [f.fingerprint for f in findings.from_hostedscan_risks(hostedscan_risks())]
    assert len(set(prints)) == len(prints)  # tech-detect twice: two matchers, two findings


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-20T10:15:00Z", datetime(2026, 11, 20, 10, 15, tzinfo=UTC)),
        ("2026-11-20T10:15:00", datetime(2026, 11, 20, 10, 15, tzinfo=UTC)),
        (1763633700, datetime(2025, 11, 20, 10, 15, tzinfo=UTC)),
        (1763633700000, datetime(2025, 11, 20, 10, 15, tzinfo=UTC)),
        ("yesterday", None),
        (float("nan"), None),
        (True, None),
        (None, None),
    ],
)
def test_times_are_read_leniently(value: object, expected: datetime | None) -> None:
    assert findings.from_nuclei({"template-id": "t", "timestamp": value}).first_seen == expected


def test_read_accepts_json_lines_arrays_and_listings(tmp_path: Path) -> None:
    from_lines = list(findings.read(DATA / "nuclei-results.jsonl"))
    assert [f.rule_id for f in from_lines][:2] == ["CVE-2021-44228", "exposed-git-config"]
    listing = list(findings.read(DATA / "hostedscan-risks.json"))
    assert [f.id for f in listing] == ["risk-1", "risk-2", "risk-3", "risk-4"]
    array = tmp_path / "risks.json"
    array.write_text(json.dumps(hostedscan_risks(), indent=2))
    assert list(findings.read(array)) == listing
    assert list(findings.read(str(array))) == listing


def test_a_bad_line_is_named_by_its_number(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"template-id": "a"}\n\n{"template-id": \n')
    stream = findings.read(path)
    assert next(stream).rule_id == "a"
    with pytest.raises(ValidationError, match="source: line 3 is not JSON"):
        next(stream)
    with pytest.raises(ValidationError, match="source: cannot read"):
        list(findings.read(tmp_path / "missing.jsonl"))


def test_a_hand_made_finding_is_checked() -> None:
    finding = Finding(service="mine", rule_id="r", title="t", severity="HIGH")  # type: ignore[arg-type]
    assert finding.severity is Severity.HIGH
    with pytest.raises(ValidationError, match="severity: expected one of info, low, medium"):
        Finding(service="mine", rule_id="r", title="t", severity="urgent")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="rule_id: expected a non-empty string"):
        Finding(service="mine", rule_id=" ", title="t", severity=Severity.LOW)
    with pytest.raises(ValidationError, match="status: expected open or closed"):
        Finding(service="m", rule_id="r", title="t", severity=Severity.LOW, status="gone")  # type: ignore[arg-type]


def test_a_sarif_log_is_not_a_source(tmp_path: Path) -> None:
    sarif = tmp_path / "scan.sarif"
    findings.to_sarif(findings.read(DATA / "nuclei-results.jsonl"), sarif)
    with pytest.raises(ValidationError, match="source: this is a SARIF log; pass it as a baseline"):
        list(findings.read(sarif))


def test_read_takes_listing_pages_one_a_line(tmp_path: Path) -> None:
    risks = hostedscan_risks()
    pages = tmp_path / "pages.jsonl"
    pages.write_text(
        json.dumps({"data": risks[:3], "next_page_token": "p2"})
        + "\n"
        + json.dumps({"data": risks[3:], "next_page_token": ""})
        + "\n"
    )
    assert [f.id for f in findings.read(pages)] == ["risk-1", "risk-2", "risk-3", "risk-4"]


def test_one_pass_writes_a_report_gates_and_summarises_as_the_docstring_shows(tmp_path) -> None:
    records = nuclei_records()
    summary = findings.Summary()
    tally = findings.GateTally(fail_on="high")

    def seen(found):
        for finding in found:
            summary.add(finding)
            tally.add(finding)
            yield finding

    written = findings.to_jsonl(seen(findings.from_nuclei_records(iter(records))), tmp_path / "r")
    result = tally.result()
    summary.write(tmp_path / "summary.md", gate=result)
    found = list(findings.from_nuclei_records(records))
    assert written == len(found) == result.total
    assert result == findings.gate(found, fail_on="high")
    expected = tmp_path / "expected.md"
    findings.to_markdown(found, expected, gate=result)
    assert (tmp_path / "summary.md").read_text() == expected.read_text()

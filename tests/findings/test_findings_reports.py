"""Findings reports (SARIF, JSON lines, CSV, Markdown) and the gate, as a reader of them sees them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from scanclients import findings
from scanclients.errors import ScanClientsError, ValidationError
from scanclients.findings import FINGERPRINT_KEY, Finding, Severity
from tests.findings_samples import (
    hostedscan_findings,
    nuclei_records,
    pdcp_findings,
    sarif_problems,
)


def sarif_of(found: list[Finding], path: Path) -> dict:
    findings.to_sarif(found, path, tool_version="9.9.9")
    log = json.loads(path.read_text())
    assert sarif_problems(log) == []
    return log


@pytest.mark.parametrize("build", [pdcp_findings, hostedscan_findings])
def test_sarif_is_valid_and_has_one_rule_per_rule_id(build, tmp_path: Path) -> None:
    found = build()
    log = sarif_of(found, tmp_path / "scan.sarif")
    (run,) = log["runs"]
    assert log["version"] == "2.1.0"
    assert run["tool"]["driver"]["name"] == "scanclients"
    assert run["tool"]["driver"]["version"] == "9.9.9"
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == list(dict.fromkeys(f.rule_id for f in found))
    assert len(run["results"]) == len(found)
    for result, finding in zip(run["results"], found, strict=True):
        rule = rules[result["ruleIndex"]]
        assert result["ruleId"] == rule["id"] == finding.rule_id
        assert result["partialFingerprints"] == {
            FINGERPRINT_KEY: finding.fingerprint,
            "primaryLocationLineHash": f"{finding.fingerprint[:16]}:1",
        }
        assert "security" in rule["properties"]["tags"]
        assert 0.0 <= float(rule["properties"]["security-severity"]) <= 10.0
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]


def test_sarif_severity_levels_and_github_security_severity(tmp_path: Path) -> None:
    log = sarif_of(pdcp_findings(), tmp_path / "scan.sarif")
    rules = {rule["id"]: rule for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    shown = {
        rule_id: (rule["properties"]["security-severity"], rule["defaultConfiguration"]["level"])
        for rule_id, rule in rules.items()
    }
    assert shown == {
        "CVE-2021-44228": ("9.5", "error"),
        "exposed-git-config": ("8.0", "error"),
        "missing-hsts": ("5.5", "warning"),
        "weak-cipher-suites": ("2.0", "note"),
        "tech-detect": ("0.0", "note"),
    }
    log4j = rules["CVE-2021-44228"]
    assert log4j["helpUri"] == "https://logging.apache.org/log4j/2.x/security.html"
    assert log4j["properties"]["tags"] == ["security", "pdcp", "CWE-917", "CVE-2021-44228"]
    assert "Remediation: Upgrade to Log4j" in log4j["help"]["text"]
    first = log["runs"][0]["results"][0]
    assert first["message"]["text"] == (
        "Apache Log4j2 Remote Code Injection at https://staging.example.com/api?x=${jndi:ldap://oast}"
    )
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "staging.example.com/api"
    )
    assert first["properties"]["cve-ids"] == ["CVE-2021-44228"]


def test_closed_and_accepted_hostedscan_risks_in_sarif(tmp_path: Path) -> None:
    results = sarif_of(hostedscan_findings(), tmp_path / "scan.sarif")["runs"][0]["results"]
    by_id = {result["properties"]["id"]: result for result in results}
    assert (by_id["risk-1"]["kind"], by_id["risk-1"]["level"]) == ("fail", "error")
    assert by_id["risk-2"]["suppressions"] == [{"kind": "external", "status": "accepted"}]
    assert (by_id["risk-3"]["kind"], by_id["risk-3"]["level"]) == ("pass", "none")
    assert "suppressions" not in by_id["risk-1"]


def test_a_rule_ranks_as_its_worst_finding(tmp_path: Path) -> None:
    mild = findings.from_nuclei({"template-id": "t", "info": {"severity": "low"}, "host": "a"})
    worse = findings.from_nuclei({"template-id": "t", "info": {"severity": "high"}, "host": "b"})
    (rule,) = sarif_of([mild, worse], tmp_path / "s.sarif")["runs"][0]["tool"]["driver"]["rules"]
    assert rule["properties"]["security-severity"] == "8.0"


def test_two_runs_give_the_same_fingerprints(tmp_path: Path) -> None:
    later = [{**record, "timestamp": "2026-12-24T00:00:00Z"} for record in nuclei_records()]
    first = sarif_of(pdcp_findings(), tmp_path / "first.sarif")
    second = sarif_of(list(findings.from_nuclei_records(later)), tmp_path / "second.sarif")

    def prints(log: dict) -> list[str]:
        return [r["partialFingerprints"][FINGERPRINT_KEY] for r in log["runs"][0]["results"]]

    assert prints(first) == prints(second)
    assert len(set(prints(first))) == len(prints(first))


@pytest.mark.parametrize(
    ("location", "uri"),
    [
        ("https://a.example.com:8443/login?token=x#top", "a.example.com_8443/login"),
        ("http://a.example.com", "a.example.com"),
        ("staging.example.com:443", "staging.example.com_443"),
        ("203.0.113.10", "203.0.113.10"),
        ("https://a.example.com/a b/ü", "a.example.com/a%20b/%C3%BC"),
        ("", "unknown-location"),
    ],
)
def test_sarif_locations_are_repository_paths(location: str, uri: str, tmp_path: Path) -> None:
    finding = findings.from_nuclei({"template-id": "t", "matched-at": location})
    result = sarif_of([finding], tmp_path / "s.sarif")["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri


def test_json_lines_round_trip(tmp_path: Path) -> None:
    found = pdcp_findings() + hostedscan_findings()
    path = tmp_path / "scan.jsonl"
    assert findings.to_jsonl(iter(found), path) == len(found)
    lines = path.read_text().splitlines()
    assert len(lines) == len(found)
    assert json.loads(lines[0])["fingerprint"] == found[0].fingerprint
    back = list(findings.read_jsonl(path))
    assert back == found
    assert [f.raw for f in back] == [f.raw for f in found]
    assert list(findings.read(path)) == found  # read() knows its own reports too


def test_csv_round_trip(tmp_path: Path) -> None:
    found = pdcp_findings() + hostedscan_findings()
    path = tmp_path / "scan.csv"
    assert findings.to_csv(found, path) == len(found)
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == findings.CSV_COLUMNS
    for row, finding in zip(rows, found, strict=True):
        assert (
            Finding.from_dict(
                {
                    **row,
                    "references": row["references"].split(),
                    "cve_ids": row["cve_ids"].split(),
                    "cwe_ids": row["cwe_ids"].split(),
                    "cvss_score": float(row["cvss_score"]) if row["cvss_score"] else None,
                    "accepted": row["accepted"] == "true",
                }
            )
            == finding
        )


def test_csv_cells_that_a_spreadsheet_would_run_are_defused() -> None:
    hostile = findings.from_nuclei(
        {"template-id": "t", "info": {"name": '=HYPERLINK("http://x")'}, "host": "@sum(1)"}
    )
    out = io.StringIO()
    findings.to_csv([hostile], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["title"] == '\'=HYPERLINK("http://x")'
    assert row["target"] == "'@sum(1)"


def test_markdown_summary_counts_top_findings_and_gate(tmp_path: Path) -> None:
    found = pdcp_findings() + hostedscan_findings()
    result = findings.gate(found, fail_on="high")
    path = tmp_path / "summary.md"
    assert findings.to_markdown(found, path, gate=result, top=3) == len(found)
    text = path.read_text()
    assert "**Gate failed**: 3 new open findings at or above **high**:" in text
    assert "| critical | 1 |\n| high | 3 |\n| medium | 1 |\n| low | 2 |\n| info | 2 |" in text
    assert (
        "10 findings in all; 1 closed (not counted above); 1 accepted (counted, never gated)."
        in text
    )
    top = text.split("### Top 3 open findings")[1]
    # By severity, then CVSS score (the XSS risk has 7.5, the git finding none), then order.
    assert top.index("Apache Log4j2") < top.index("Cross Site Scripting") < top.index("Git Config")
    assert "HSTS" not in top
    assert "OpenSSH" not in top
    gate_part = text.split("### What tripped the gate")[1].split("### Top")[0]
    for finding in result.tripped:
        assert finding.fingerprint[:12] in gate_part


def test_markdown_passed_gate_and_no_gate() -> None:
    low = [findings.from_nuclei({"template-id": "t", "info": {"severity": "low"}, "host": "h"})]
    out = io.StringIO()
    findings.to_markdown(low, out, gate=findings.gate(low, "high"))
    assert "**Gate passed**: no new open finding at or above **high**." in out.getvalue()
    out = io.StringIO()
    findings.to_markdown(low, out)
    assert "Gate" not in out.getvalue()
    assert "### Top 1 open findings" in out.getvalue()


def test_markdown_makes_host_text_inert() -> None:
    hostile = findings.from_nuclei(
        {"template-id": "x|y", "info": {"name": "<script>alert(1)</script> [a](javascript:x)\n| b"}}
    )
    out = io.StringIO()
    findings.to_markdown([hostile], out)
    text = out.getvalue()
    assert "<script>" not in text
    assert "&lt;script&gt;" in text
    assert "\\[a\\](javascript:x) \\| b" in text
    assert "x\\|y" in text


def test_gate_without_a_baseline() -> None:
    found = pdcp_findings() + hostedscan_findings()
    result = findings.gate(found, fail_on="high")
    assert not result
    assert result.exit_code == findings.EXIT_GATE == 5
    assert [f.rule_id for f in result.tripped] == [
        "CVE-2021-44228",
        "exposed-git-config",
        "OWASP_ZAP/Cross Site Scripting (Reflected)",
    ]  # the accepted OpenSSH risk and the closed TLS one do not count
    assert result.total == len(found)
    assert findings.gate(found, fail_on="critical").exit_code == 5
    assert findings.gate(hostedscan_findings(), fail_on="critical").exit_code == 0
    only_low = [f for f in found if f.severity <= Severity.LOW]
    assert findings.gate(only_low, fail_on="low").exit_code == 5
    assert findings.gate(only_low, fail_on="medium").exit_code == 0
    assert findings.gate(found, fail_on=None).exit_code == 0


@pytest.mark.parametrize("kind", ["sarif", "jsonl", "raw nuclei", "fingerprints"])
def test_gate_with_a_baseline_counts_only_new_findings(kind: str, tmp_path: Path) -> None:
    earlier = pdcp_findings()[1:]  # the Log4j finding is new in this run
    baseline: object = tmp_path / "baseline"
    if kind == "sarif":
        findings.to_sarif(earlier, baseline)
    elif kind == "jsonl":
        findings.to_jsonl(earlier, baseline)
    elif kind == "raw nuclei":
        Path(baseline).write_text("".join(json.dumps(r) + "\n" for r in nuclei_records()[1:]))
    else:
        baseline = {f.fingerprint for f in earlier}
    result = findings.gate(pdcp_findings(), fail_on="high", baseline=baseline)  # type: ignore[arg-type]
    assert [f.rule_id for f in result.tripped] == ["CVE-2021-44228"]
    assert [f.rule_id for f in result.known] == ["exposed-git-config"]
    assert result.baselined
    assert result.baseline_size == len(earlier)
    with pytest.raises(ValidationError, match="baseline: cannot read"):
        # A missing baseline is an error, never "nothing is known".
        findings.gate(pdcp_findings(), fail_on="high", baseline=str(tmp_path / "missing"))


def test_gate_with_a_baseline_of_the_same_run_passes(tmp_path: Path) -> None:
    findings.to_sarif(pdcp_findings(), tmp_path / "first.sarif")
    assert findings.gate(pdcp_findings(), "high", tmp_path / "first.sarif").exit_code == 0


def test_gate_refuses_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="fail_on: expected one of info, low, medium"):
        findings.gate([], fail_on="severe")
    with pytest.raises(ValidationError, match="baseline: cannot read"):
        findings.gate([], baseline=tmp_path / "missing.sarif")
    (tmp_path / "broken.jsonl").write_text('{"fingerprint": "a"}\nnot json\n')
    with pytest.raises(ValidationError, match="baseline: line 2 is not JSON"):
        findings.load_baseline(tmp_path / "broken.jsonl")
    with pytest.raises(ValidationError, match="baseline: expected a file path or a set"):
        findings.gate([], baseline=["a"])  # type: ignore[arg-type]


def test_writing_to_a_path_is_atomic(tmp_path: Path) -> None:
    path = tmp_path / "scan.jsonl"
    path.write_text("the previous report\n")

    def failing():
        yield pdcp_findings()[0]
        raise ScanClientsError("the connection dropped")

    for write in (findings.to_jsonl, findings.to_csv, findings.to_sarif, findings.to_markdown):
        with pytest.raises(ScanClientsError, match="the connection dropped"):
            write(failing(), path)
        assert path.read_text() == "the previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scan.jsonl"]


def test_writers_take_text_and_binary_files() -> None:
    text, binary = io.StringIO(), io.BytesIO()
    findings.to_jsonl(pdcp_findings(), text)
    findings.to_jsonl(pdcp_findings(), binary)
    assert binary.getvalue().decode("utf-8") == text.getvalue()
    with pytest.raises(ValidationError, match="path: expected a file path or a writable file"):
        findings.to_jsonl([], 42)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="directory"):
        findings.to_sarif([], "/nonexistent-dir/scan.sarif")

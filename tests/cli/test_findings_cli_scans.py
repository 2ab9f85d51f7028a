"""The CI gate end to end: scan on the mock, wait, write the report, gate, as a CI job runs it.

The mock PDCP's findings depend on the target's length (see mock/_pdcp_scans.py): three per
target, `staging.example.com` gets one high and two info, `example.com` one critical, one high
and one info, and `low.example.com` info, medium and low. The mock HostedScan's risks rotate
per scan type and target (mock/_hostedscan_findings.py): the first NMAP scan of a target opens
ports 22 (LOW), 3306 (MEDIUM) and 23 (HIGH); the second keeps 3306 and 23 open, opens 8080 (LOW)
and closes 22; SSLYZE's first scan finds MEDIUM and LOW only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from scanclients._cli import cli
from scanclients.findings import FINGERPRINT_KEY
from scanclients.mock import MockService
from tests.findings_samples import sarif_problems
from tests.helpers import KEY

SEVERE = "staging.example.com"
QUIET = "low.example.com"


@pytest.fixture
def pdcp(mock: MockService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PDCP_API_KEY", KEY)
    monkeypatch.setenv("PDCP_API_SERVER", mock.pdcp_url)
    monkeypatch.delenv("PDCP_TEAM_ID", raising=False)

    def invoke(*arguments: str) -> Result:
        return CliRunner().invoke(cli, ["pdcp", *arguments], catch_exceptions=False)

    return invoke


@pytest.fixture
def hostedscan(mock: MockService, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HOSTEDSCAN_API_KEY", KEY)
    monkeypatch.setenv("HOSTEDSCAN_BASE_URL", mock.hostedscan_url)

    def invoke(*arguments: str) -> Result:
        return CliRunner().invoke(cli, ["hostedscan", *arguments], catch_exceptions=False)

    return invoke


def sarif_results(path: Path) -> list[dict]:
    log = json.loads(path.read_text(encoding="utf-8"))
    assert sarif_problems(log) == []
    results: list[dict] = log["runs"][0]["results"]
    return results


def prints(results: list[dict]) -> dict[str, str]:
    return {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["partialFingerprints"][
            FINGERPRINT_KEY
        ]
        for r in results
    }


def scan_create(pdcp, target: str, *report: str) -> Result:
    return pdcp("scans", "create", "-t", target, "--wait", "--poll-interval", "0.05", *report)


# --- pdcp scans create --wait ------------------------------------------------------------------


def test_one_command_scans_writes_valid_sarif_and_trips_on_high(pdcp, tmp_path: Path) -> None:
    sarif, summary = tmp_path / "scan.sarif", tmp_path / "summary.md"
    summary.write_text("## an earlier step\n")
    result = scan_create(
        pdcp,
        SEVERE,
        "--format",
        "sarif",
        "-o",
        str(sarif),
        "--fail-on",
        "high",
        "--summary",
        str(summary),
    )
    assert result.exit_code == 5, result.output
    job_summary = summary.read_text(encoding="utf-8")
    assert job_summary.startswith("## an earlier step\n## Scan findings\n")
    assert "**Gate failed**: 1 new open finding at or above **high**:" in job_summary
    assert "| high | Citrix Bleed - Leaking Session Tokens | CVE-2023-4966 |" in job_summary
    results = sarif_results(sarif)
    assert sorted(r["level"] for r in results) == ["error", "note", "note"]
    assert "wrote 3 findings to" in result.stderr
    assert "gate failed: 1 new open finding at or above high:" in result.stderr
    assert f"high     CVE-2023-4966  https://{SEVERE}/CVE-2023-4966/0" in result.stderr
    # -o took the report, so stdout shows the finished scan.
    assert "finished" in result.stdout


def test_the_same_finding_keeps_its_fingerprint_and_a_baseline_passes(pdcp, tmp_path: Path) -> None:
    first, second = tmp_path / "first.sarif", tmp_path / "second.sarif"
    assert scan_create(pdcp, SEVERE, "-o", str(first)).exit_code == 0
    again = scan_create(
        pdcp, SEVERE, "-o", str(second), "--fail-on", "high", "--baseline", str(first)
    )
    assert again.exit_code == 0, again.output
    assert (
        "gate passed: no new open finding at or above high (1 more already in the baseline)"
        in again.stderr
    )
    assert prints(sarif_results(first)) == prints(sarif_results(second))
    assert len(set(prints(sarif_results(first)).values())) == 3


def test_a_scan_with_only_lower_findings_passes(pdcp, tmp_path: Path) -> None:
    sarif = tmp_path / "quiet.sarif"
    passed = scan_create(pdcp, QUIET, "-o", str(sarif), "--fail-on", "high")
    assert passed.exit_code == 0, passed.output
    assert "gate passed: no new open finding at or above high" in passed.stderr
    assert len(sarif_results(sarif)) == 3
    assert scan_create(pdcp, QUIET, "-o", str(sarif), "--fail-on", "medium").exit_code == 5


def test_markdown_prints_the_summary_on_stdout(pdcp) -> None:
    result = scan_create(pdcp, "example.com", "--format", "markdown", "--fail-on", "critical")
    assert result.exit_code == 5, result.output
    assert result.stdout.startswith("## Scan findings\n")
    assert "| critical | 1 |\n| high | 1 |" in result.stdout
    assert "**Gate failed**: 1 new open finding at or above **critical**:" in result.stdout
    assert "Apache Log4j2 Remote Code Injection" in result.stdout


def test_a_failed_scan_exits_3_and_writes_no_report(pdcp, tmp_path: Path) -> None:
    sarif = tmp_path / "scan.sarif"
    result = scan_create(pdcp, "x.fail.invalid", "-o", str(sarif), "--fail-on", "high")
    assert result.exit_code == 3
    assert "created: " in result.stderr
    assert not sarif.exists()


def test_a_wait_that_times_out_exits_4(pdcp, mock: MockService, tmp_path: Path) -> None:
    mock.settings.scan_seconds = 60
    result = scan_create(pdcp, SEVERE, "-o", str(tmp_path / "s.sarif"), "--timeout", "0.3")
    assert result.exit_code == 4
    scan_id = result.stderr.split("created: ")[1].split()[0]
    assert scan_id in result.stdout


def test_without_wait_a_report_is_refused_before_any_request(pdcp, mock: MockService) -> None:
    before = mock.requests()["pdcp"]
    result = pdcp("scans", "create", "-t", SEVERE, "--fail-on", "high")
    assert result.exit_code == 2
    assert "--wait" in result.stderr
    assert mock.requests()["pdcp"] == before


def test_without_wait_it_creates_as_pdcp_create_does(pdcp) -> None:
    result = pdcp("scans", "create", "-t", SEVERE, "--name", "nightly", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["message"] == "scan created"
    refused = pdcp("scans", "create", "--wait")
    assert refused.exit_code == 2
    assert "target" in refused.stderr


def test_a_bad_output_directory_is_refused_before_the_scan(
    pdcp, mock: MockService, tmp_path: Path
) -> None:
    result = scan_create(pdcp, SEVERE, "-o", str(tmp_path / "missing" / "scan.sarif"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert mock.stats()["pdcp"] == 0


# --- pdcp scans findings SCAN_ID ---------------------------------------------------------------


def created(pdcp, target: str) -> str:
    result = pdcp("scans", "create", "-t", target, "--json")
    assert result.exit_code == 0, result.output
    return str(json.loads(result.stdout)["id"])


def test_findings_of_a_scan_as_sarif_with_the_gate(pdcp, tmp_path: Path) -> None:
    scan_id = created(pdcp, "example.com")
    sarif = tmp_path / "f.sarif"
    result = pdcp(
        "scans", "findings", scan_id, "--format", "sarif", "-o", str(sarif), "--fail-on", "high"
    )
    assert result.exit_code == 5, result.output
    assert "gate failed: 2 new open findings at or above high:" in result.stderr
    assert "critical CVE-2021-44228" in result.stderr
    assert len(sarif_results(sarif)) == 3
    passed = pdcp(
        "scans",
        "findings",
        scan_id,
        "--fail-on",
        "high",
        "--baseline",
        str(sarif),
        "--format",
        "jsonl",
    )
    assert passed.exit_code == 0, passed.output
    lines = [json.loads(line) for line in passed.stdout.splitlines()]
    assert sorted(line["severity"] for line in lines) == ["critical", "high", "info"]


def test_findings_without_report_options_keep_the_table_and_json_lines(pdcp) -> None:
    scan_id = created(pdcp, "example.com")
    table = pdcp("scans", "findings", scan_id)
    assert table.exit_code == 0
    rows = table.stdout.splitlines()
    assert rows[0] == "severity\ttemplate\tname\tmatched at"
    assert [row.split("\t")[0] for row in rows[1:]] == ["critical", "high", "info"]
    raw = pdcp("scans", "findings", scan_id, "--json")
    assert [json.loads(line)["template-id"] for line in raw.stdout.splitlines()] == [
        "CVE-2021-44228",
        "CVE-2023-4966",
        "ssl-dns-names",
    ]


# --- hostedscan create --wait, hostedscan scans risks SCAN_ID ------------------------------------

TELNET = "NMAP/Open port 23/tcp (telnet)"


def hs_create(hostedscan, scan_type: str, target: str, *report: str) -> Result:
    return hostedscan(
        "scans",
        "create",
        "--type",
        scan_type,
        "-t",
        target,
        "--wait",
        "--poll-interval",
        "0.01",
        *report,
    )


def by_rule(results: list[dict]) -> dict[str, dict]:
    return {r["ruleId"]: r for r in results}


def test_hostedscan_create_waits_writes_valid_sarif_and_trips_on_high(
    hostedscan, tmp_path: Path
) -> None:
    sarif = tmp_path / "scan.sarif"
    result = hs_create(
        hostedscan,
        "NMAP",
        "shop.example.com",
        "--format",
        "sarif",
        "-o",
        str(sarif),
        "--fail-on",
        "high",
    )
    assert result.exit_code == 5, result.output
    results = by_rule(sarif_results(sarif))
    assert sorted(results) == [
        "NMAP/Open port 22/tcp (ssh)",
        "NMAP/Open port 23/tcp (telnet)",
        "NMAP/Open port 3306/tcp (mysql)",
    ]
    assert results[TELNET]["level"] == "error"
    assert "gate failed: 1 new open finding at or above high:" in result.stderr
    assert f"high     {TELNET}  shop.example.com" in result.stderr
    assert "SUCCEEDED" in result.stdout  # the report went to its file: stdout shows the scan


def test_hostedscan_findings_keep_their_fingerprints_and_a_baseline_passes(
    hostedscan, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.sarif", tmp_path / "second.sarif"
    assert hs_create(hostedscan, "NMAP", "shop.example.com", "-o", str(first)).exit_code == 0
    again = hs_create(
        hostedscan,
        "NMAP",
        "shop.example.com",
        "-o",
        str(second),
        "--fail-on",
        "high",
        "--baseline",
        str(first),
    )
    assert again.exit_code == 0, again.output
    assert "(1 more already in the baseline)" in again.stderr
    before, after = by_rule(sarif_results(first)), by_rule(sarif_results(second))
    # The second scan keeps 3306 and 23 open, opens 8080 and closes 22 (a "pass" result).
    assert after["NMAP/Open port 22/tcp (ssh)"]["kind"] == "pass"
    assert "NMAP/Open port 8080/tcp (http-proxy)" in after
    for rule in before:
        key = FINGERPRINT_KEY
        assert before[rule]["partialFingerprints"][key] == after[rule]["partialFingerprints"][key]
    # Without the baseline, the telnet port, still open, trips it again.
    assert hs_create(hostedscan, "NMAP", "shop.example.com", "--fail-on", "high").exit_code == 5


def test_a_hostedscan_scan_with_only_lower_risks_passes(hostedscan, tmp_path: Path) -> None:
    sarif = tmp_path / "tls.sarif"
    result = hs_create(
        hostedscan, "SSLYZE", "tls.example.com", "-o", str(sarif), "--fail-on", "high"
    )
    assert result.exit_code == 0, result.output
    assert "gate passed: no new open finding at or above high" in result.stderr
    assert sorted(r["level"] for r in sarif_results(sarif)) == ["note", "warning", "warning"]


def test_hostedscan_scans_risks_prints_the_markdown_summary(hostedscan) -> None:
    created = hs_create(hostedscan, "NMAP", "api.example.com", "--json")
    assert created.exit_code == 0, created.output
    scan_id = json.loads(created.stdout)["id"]
    result = hostedscan("scans", "risks", scan_id, "--format", "markdown", "--fail-on", "high")
    assert result.exit_code == 5, result.output
    assert result.stdout.startswith("## Scan findings\n")
    assert "| high | 1 |\n| medium | 1 |\n| low | 1 |" in result.stdout
    assert "Open port 23/tcp (telnet)" in result.stdout
    # The same command under its other name, and without report options its tables.
    assert hostedscan("risks", "scan", scan_id, "--fail-on", "critical").exit_code == 0
    rows = hostedscan("scans", "risks", scan_id).stdout.splitlines()[1:]
    assert [row.split("\t")[0] for row in rows] == ["new_open"] * 3


def test_a_failed_hostedscan_scan_exits_3_and_writes_no_report(hostedscan, tmp_path: Path) -> None:
    sarif = tmp_path / "scan.sarif"
    result = hs_create(hostedscan, "NMAP", "x.fail.invalid", "-o", str(sarif), "--fail-on", "high")
    assert result.exit_code == 3
    assert "created: " in result.stderr
    assert not sarif.exists()


def test_hostedscan_create_refuses_a_report_without_wait(hostedscan, mock: MockService) -> None:
    result = hostedscan("create", "--type", "NMAP", "-t", "shop.example.com", "-o", "scan.sarif")
    assert result.exit_code == 2
    assert "--wait" in result.stderr
    assert mock.stats()["hostedscan"] == 0

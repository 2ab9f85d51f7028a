"""SARIF as GitHub code scanning reads it: Microsoft's SARIF multitool (GitHub's rules and the
SARIF rules) finds no error and no warning; help, regions, line hashes, anchoring, GitHub's limits."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from scanclients import findings
from scanclients.errors import ValidationError
from scanclients.findings import FINGERPRINT_KEY, Finding
from tests.findings_samples import DATA, hostedscan_findings, pdcp_findings, sarif_problems

ROOT = Path(__file__).resolve().parents[2]
MULTITOOL = (
    ROOT / ".venv/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
)
# SARIF2006 fetches every URI in the log over the network; the tests send traffic to loopback only.
MULTITOOL_CONFIG = """<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
"""
REAL_NUCLEI = DATA / "nuclei-defectdojo.jsonl"


def multitool_problems(log_path: Path, tmp_path: Path) -> list[str]:
    """What the multitool's GitHub and SARIF rules report at level error or warning."""
    if not MULTITOOL.exists():
        pytest.skip("the SARIF multitool is not installed: `make setup` installs it with npm")
    config = tmp_path / "multitool.xml"
    config.write_text(MULTITOOL_CONFIG)
    out = tmp_path / "validation.sarif"
    # Its list options take every word up to the next option: the file goes first.
    command = [str(MULTITOOL), "validate", str(log_path), "-c", str(config), "-o", str(out)]
    command += ["--rule-kind", "Sarif;Gh", "--level", "Error;Warning", "--log", "ForceOverwrite"]
    finished = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert out.exists(), finished.stdout + finished.stderr
    (run,) = json.loads(out.read_text())["runs"]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"].get("rules", [])}
    problems = []
    for result in run.get("results", []):
        message = result["message"]
        strings = rules.get(result["ruleId"], {}).get("messageStrings", {})
        text = strings.get(message.get("id"), {}).get("text", "{0}")
        text = message.get("text") or text.format(*message.get("arguments", []))
        problems.append(f"{result['ruleId']}: {text}")
    return problems


def real_nuclei_findings() -> list[Finding]:
    return list(findings.read(REAL_NUCLEI))


@pytest.mark.parametrize(
    "build", [pdcp_findings, hostedscan_findings, real_nuclei_findings], ids=["pdcp", "hs", "real"]
)
def test_the_multitool_finds_no_error_and_no_warning(build, tmp_path: Path) -> None:
    path = tmp_path / "scan.sarif"
    found = build()
    assert findings.to_sarif(found, path, tool_version="1.2.3") == len(found)
    assert sarif_problems(json.loads(path.read_text())) == []
    assert multitool_problems(path, tmp_path) == []


def test_the_multitool_still_sees_what_it_used_to_report(tmp_path: Path) -> None:
    # The check can fail: a rule without help (GH2012) and a result without a region (SARIF2017).
    path = tmp_path / "old.sarif"
    findings.to_sarif(pdcp_findings(), path)
    log = json.loads(path.read_text())
    del log["runs"][0]["tool"]["driver"]["rules"][0]["help"]
    del log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    path.write_text(json.dumps(log))
    problems = multitool_problems(path, tmp_path)
    assert any(p.startswith("GH2012") for p in problems)
    assert any(p.startswith("SARIF2017") for p in problems)


def test_every_rule_has_help_and_every_result_a_region_and_line_hash(tmp_path: Path) -> None:
    path = tmp_path / "scan.sarif"
    findings.to_sarif(pdcp_findings() + hostedscan_findings(), path, tool_version="1.2.3")
    (run,) = json.loads(path.read_text())["runs"]
    driver = run["tool"]["driver"]
    assert driver["semanticVersion"] == "1.2.3"
    assert driver["informationUri"].startswith("https://")
    rules = {rule["id"]: rule for rule in driver["rules"]}
    log4j = rules["CVE-2021-44228"]
    assert log4j["help"]["markdown"].splitlines()[0] == (
        "Apache Log4j2 JNDI features do not protect against attacker-controlled LDAP endpoints."
    )
    assert "**Remediation**: Upgrade to Log4j" in log4j["help"]["markdown"]
    assert "- [https://nvd.nist.gov/vuln/detail/CVE-2021-44228]" in log4j["help"]["markdown"]
    assert (
        "Definition: nuclei template CVE-2021-44228 (http/cves/2021/CVE-2021-44228.yaml)"
        in (log4j["help"]["text"])
    )
    xss = rules["OWASP_ZAP/Cross Site Scripting (Reflected)"]
    assert "HostedScan OWASP_ZAP risk definition" in xss["help"]["text"]
    for result in run["results"]:
        (location,) = result["locations"]
        assert location["physicalLocation"]["region"] == {"startLine": 1}
        prints = result["partialFingerprints"]
        assert prints["primaryLocationLineHash"] == prints[FINGERPRINT_KEY][:16] + ":1"


def test_help_uri_is_percent_encoded_and_tags_are_capped(tmp_path: Path) -> None:
    finding = Finding(
        service="pdcp",
        rule_id="odd-reference",
        title="Odd",
        severity="low",
        target="a.example.com",
        references=("https://ex.example/a b/{x}?q=ü&r=%41 %zz",),
        cwe_ids=tuple(f"CWE-{n}" for n in range(30)),
    )
    path = tmp_path / "scan.sarif"
    findings.to_sarif([finding], path)
    (rule,) = json.loads(path.read_text())["runs"][0]["tool"]["driver"]["rules"]
    assert rule["helpUri"] == "https://ex.example/a%20b/%7Bx%7D?q=%C3%BC&r=%41%20%25zz"
    assert len(rule["properties"]["tags"]) == 20
    assert rule["properties"]["tags"][:3] == ["security", "pdcp", "CWE-0"]


def test_runs_are_split_at_25000_results(tmp_path: Path) -> None:
    many = (
        Finding(service="pdcp", rule_id=f"r{n % 3}", title="t", severity="low", target=f"h{n}")
        for n in range(25_002)
    )
    path = tmp_path / "big.sarif"
    assert findings.to_sarif(many, path) == 25_002
    log = json.loads(path.read_text())
    assert [len(run["results"]) for run in log["runs"]] == [25_000, 2]
    assert [run["automationDetails"]["id"] for run in log["runs"]] == [
        "scanclients/part-1/",
        "scanclients/part-2/",
    ]
    second = log["runs"][1]
    assert [rule["id"] for rule in second["tool"]["driver"]["rules"]] == ["r1", "r2"]
    assert [r["ruleIndex"] for r in second["results"]] == [0, 1]
    assert len(set(findings.load_baseline(path))) == 25_002


def test_anchor_puts_each_finding_at_the_line_listing_its_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "security").mkdir()
    targets = tmp_path / "security" / "targets.txt"
    targets.write_text("# staging hosts\nstaging.example.com\n\nhttps://shop.example.com/\n")
    shop = Finding(
        service="pdcp", rule_id="x", title="X", severity="high", target="https://shop.example.com"
    )
    elsewhere = Finding(
        service="pdcp", rule_id="y", title="Y", severity="low", target="other.example.net"
    )
    path = tmp_path / "scan.sarif"
    findings.to_sarif([*pdcp_findings()[:1], shop, elsewhere], path, anchor="security/targets.txt")
    results = json.loads(path.read_text())["runs"][0]["results"]
    places = [
        (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in results
    ]
    assert places == [
        ("security/targets.txt", 2),  # https://staging.example.com, listed as a host
        ("security/targets.txt", 4),
        ("security/targets.txt", 1),  # listed nowhere: line 1
    ]
    assert multitool_problems(path, tmp_path) == []


def test_an_anchor_that_cannot_be_read_or_lies_outside_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValidationError, match="anchor"):
        findings.to_sarif([], tmp_path / "a.sarif", anchor="missing.txt")
    outside = tmp_path.parent / "outside-targets.txt"
    outside.write_text("a.example.com\n")
    with pytest.raises(ValidationError, match="outside"):
        findings.to_sarif([], tmp_path / "a.sarif", anchor=outside)
    assert not (tmp_path / "a.sarif").exists()


def test_a_lone_surrogate_is_written_as_a_replacement_character(tmp_path: Path) -> None:
    finding = Finding(
        service="pdcp", rule_id="t\ud800x", title="t\ud800x", severity="low", target="a\ud800"
    )
    for writer, name in (
        (findings.to_sarif, "s.sarif"),
        (findings.to_jsonl, "s.jsonl"),
        (findings.to_csv, "s.csv"),
        (findings.to_markdown, "s.md"),
    ):
        writer([finding], tmp_path / name)
        assert "t\ufffdx" in (tmp_path / name).read_text(encoding="utf-8")

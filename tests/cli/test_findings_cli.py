"""`scanclients findings convert` and the shared report/gate options, run as a CI job runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from scanclients import findings
from scanclients._cli import cli
from scanclients._cli.app import command_options
from scanclients._cli.findings import EXIT_GATE, FindingsReport, findings_options
from scanclients.findings import FINGERPRINT_KEY, Severity
from tests.findings_samples import HOSTEDSCAN_RISKS, NUCLEI_RESULTS, nuclei_records, sarif_problems


def run(*arguments: str, stdin: str | None = None):
    return CliRunner().invoke(cli, list(arguments), input=stdin, catch_exceptions=False)


def test_high_findings_trip_the_gate_and_are_named(tmp_path: Path) -> None:
    sarif = tmp_path / "scan.sarif"
    result = run("findings", "convert", str(NUCLEI_RESULTS), "-o", str(sarif), "--fail-on", "high")
    assert result.exit_code == EXIT_GATE == 5
    assert result.stdout == ""
    assert "wrote 6 findings to" in result.stderr
    assert "gate failed: 2 new open findings at or above high:" in result.stderr
    assert "critical CVE-2021-44228  https://staging.example.com/api" in result.stderr
    assert "high     exposed-git-config  https://staging.example.com/.git/config" in result.stderr
    log = json.loads(sarif.read_text())
    assert sarif_problems(log) == []
    assert len(log["runs"][0]["results"]) == 6


def test_the_same_run_against_its_own_baseline_passes(tmp_path: Path) -> None:
    first, second = tmp_path / "first.sarif", tmp_path / "second.sarif"
    assert run("findings", "convert", str(NUCLEI_RESULTS), "-o", str(first)).exit_code == 0
    result = run(
        "findings",
        "convert",
        str(NUCLEI_RESULTS),
        "-o",
        str(second),
        "--fail-on",
        "high",
        "--baseline",
        str(first),
    )
    assert result.exit_code == 0, result.output
    assert "gate passed: no new open finding at or above high (2 more already in the baseline)" in (
        result.stderr
    )

    def prints(path: Path) -> list[str]:
        results = json.loads(path.read_text())["runs"][0]["results"]
        return [r["partialFingerprints"][FINGERPRINT_KEY] for r in results]

    assert prints(first) == prints(second)


def test_a_new_severe_finding_beyond_the_baseline_trips_it(tmp_path: Path) -> None:
    earlier = tmp_path / "earlier.jsonl"
    earlier.write_text("".join(json.dumps(r) + "\n" for r in nuclei_records()[1:]))
    baseline = tmp_path / "baseline.jsonl"
    assert run("findings", "convert", str(earlier), "-o", str(baseline)).exit_code == 0
    result = run(
        "findings",
        "convert",
        str(NUCLEI_RESULTS),
        "-o",
        str(tmp_path / "now.sarif"),
        "--fail-on",
        "HIGH",
        "--baseline",
        str(baseline),
    )
    assert result.exit_code == 5
    assert "gate failed: 1 new open finding at or above high (1 more already in the baseline):" in (
        result.stderr
    )
    assert "exposed-git-config" not in result.stderr


def test_only_low_findings_pass(tmp_path: Path) -> None:
    low = tmp_path / "low.jsonl"
    low.write_text(
        "".join(
            json.dumps(r) + "\n"
            for r in nuclei_records()
            if r["info"]["severity"] in ("low", "info")
        )
    )
    result = run(
        "findings", "convert", str(low), "-o", str(tmp_path / "s.sarif"), "--fail-on", "high"
    )
    assert result.exit_code == 0
    assert "gate passed" in result.stderr
    assert run("findings", "convert", str(low), "--fail-on", "low").exit_code == 5


def test_markdown_prints_the_summary(tmp_path: Path) -> None:
    result = run(
        "findings", "convert", str(NUCLEI_RESULTS), "--format", "markdown", "--fail-on", "critical"
    )
    assert result.exit_code == 5
    assert result.stdout.startswith("## Scan findings\n")
    assert "**Gate failed**: 1 new open finding at or above **critical**:" in result.stdout
    assert (
        "| critical | 1 |\n| high | 1 |\n| medium | 1 |\n| low | 1 |\n| info | 2 |" in result.stdout
    )
    assert "Apache Log4j2 Remote Code Injection" in result.stdout


def test_hostedscan_risks_from_stdin_as_sarif() -> None:
    result = run(
        "findings", "convert", "-", "--format", "sarif", stdin=HOSTEDSCAN_RISKS.read_text()
    )
    assert result.exit_code == 0, result.output
    log = json.loads(result.stdout)
    assert sarif_problems(log) == []
    assert [r["ruleId"] for r in log["runs"][0]["results"]][:2] == [
        "OWASP_ZAP/Cross Site Scripting (Reflected)",
        "OPENVAS/OpenSSH CVE-2023-38408 Remote Code Execution",
    ]
    # The accepted HIGH risk and the closed one never trip the gate; the open HIGH one does.
    gated = run("findings", "convert", "-", "--fail-on", "high", stdin=HOSTEDSCAN_RISKS.read_text())
    assert gated.exit_code == 5
    assert "gate failed: 1 new open finding at or above high:" in gated.stderr
    assert "OpenSSH" not in gated.stderr


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("r.csv", "fingerprint,severity,title"),
        ("r.jsonl", '{"accepted": false'),
        ("r.md", "## Scan findings"),
        ("r.sarif", '{"$schema"'),
    ],
)
def test_the_format_follows_the_output_suffix(name: str, starts: str, tmp_path: Path) -> None:
    assert (
        run("findings", "convert", str(NUCLEI_RESULTS), "-o", str(tmp_path / name)).exit_code == 0
    )
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(starts)


def test_json_prints_json_lines() -> None:
    result = run("findings", "convert", str(NUCLEI_RESULTS), "--json")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["rule_id"] for line in lines][:2] == ["CVE-2021-44228", "exposed-git-config"]


def test_the_summary_is_appended_for_a_ci_job_summary(tmp_path: Path) -> None:
    summary = tmp_path / "step-summary.md"
    summary.write_text("# Earlier step\n")
    result = run(
        "findings",
        "convert",
        str(NUCLEI_RESULTS),
        "-o",
        str(tmp_path / "s.sarif"),
        "--fail-on",
        "high",
        "--summary",
        str(summary),
    )
    assert result.exit_code == 5
    text = summary.read_text()
    assert text.startswith("# Earlier step\n## Scan findings\n")
    assert "**Gate failed**: 2 new open findings at or above **high**" in text


def test_a_missing_baseline_is_a_usage_error_before_anything_is_written(tmp_path: Path) -> None:
    out = tmp_path / "scan.sarif"
    result = run(
        "findings",
        "convert",
        str(NUCLEI_RESULTS),
        "-o",
        str(out),
        "--fail-on",
        "high",
        "--baseline",
        str(tmp_path / "nope.sarif"),
    )
    assert result.exit_code == 2
    assert "error: baseline: cannot read" in result.stderr
    assert not out.exists()


def test_a_broken_source_line_is_a_usage_error(tmp_path: Path) -> None:
    source = tmp_path / "broken.jsonl"
    source.write_text('{"template-id": "a"}\n{oops\n')
    result = run("findings", "convert", str(source), "-o", str(tmp_path / "s.sarif"))
    assert result.exit_code == 2
    assert "error: source: line 2 is not JSON" in result.stderr
    assert list(tmp_path.iterdir()) == [source]
    bad_choice = run("findings", "convert", str(source), "--fail-on", "severe")
    assert bad_choice.exit_code == 2
    assert "Invalid value for '--fail-on'" in bad_choice.stderr


def test_the_exit_code_of_a_real_process(tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "scanclients",
        "findings",
        "convert",
        str(NUCLEI_RESULTS),
        "-o",
        str(tmp_path / "scan.sarif"),
        "--fail-on",
        "high",
    ]
    finished = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert finished.returncode == 5, finished.stderr
    assert "CVE-2021-44228" in finished.stderr
    assert "5  the findings gate tripped" in run("--help").stdout


def test_the_options_reach_any_command_as_one_report(tmp_path: Path) -> None:
    seen: list[FindingsReport] = []

    @click.command()
    @command_options
    @findings_options
    def scan_findings(report: FindingsReport, as_json: bool) -> None:
        seen.append(report)
        if not report.requested:
            click.echo("a table of its own")
            return
        sys.exit(report.emit(findings.read(NUCLEI_RESULTS), as_json=as_json))

    runner = CliRunner()
    plain = runner.invoke(scan_findings, [])
    assert (plain.exit_code, plain.stdout, seen[-1]) == (
        0,
        "a table of its own\n",
        FindingsReport(),
    )
    baseline = tmp_path / "b.jsonl"
    findings.to_jsonl(findings.read(NUCLEI_RESULTS), baseline)
    gated = runner.invoke(scan_findings, ["--fail-on", "medium", "--baseline", str(baseline)])
    assert gated.exit_code == 0
    assert seen[-1].fail_on is Severity.MEDIUM
    assert seen[-1].baseline == findings.load_baseline(baseline)
    assert len(seen[-1].baseline or ()) == 6


@pytest.mark.parametrize("option", ["-o", "--summary"])
def test_a_report_path_that_cannot_be_written_is_refused_first(option: str, tmp_path: Path) -> None:
    seen: list[FindingsReport] = []

    @click.command()
    @command_options
    @findings_options
    def long_scan(report: FindingsReport, as_json: bool) -> None:
        seen.append(report)  # stands for the scan that must not start

    runner = CliRunner()
    missing = runner.invoke(long_scan, [option, str(tmp_path / "no-such-dir" / "scan.sarif")])
    assert missing.exit_code == 2
    assert f"error: {'--output' if option == '-o' else option}: directory" in missing.stderr
    assert "does not exist" in missing.stderr
    directory = runner.invoke(long_scan, [option, str(tmp_path)])
    assert directory.exit_code == 2
    assert "is a directory" in directory.stderr  # said by click for --summary, by us for -o
    assert seen == []

"""The report options on the command line: one format rule (--format, else the -o suffix, else
an error naming the choices), --anchor, GitLab and HTML reports, and inputs that cannot be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanclients._cli import cli
from tests.findings_samples import NUCLEI_RESULTS


def run(*arguments: str):
    return CliRunner().invoke(cli, list(arguments), catch_exceptions=False)


def test_an_unknown_suffix_is_an_error_naming_the_choices(tmp_path: Path) -> None:
    result = run("findings", "convert", str(NUCLEI_RESULTS), "-o", str(tmp_path / "out.json"))
    assert result.exit_code == 2
    assert "cannot tell the format of" in result.stderr
    assert "sarif, jsonl, csv, markdown, gitlab, html" in result.stderr
    assert ".sarif (sarif)" in result.stderr
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize(
    ("name", "option", "check"),
    [
        ("gl-dast-report.json", ["--format", "gitlab"], lambda t: json.loads(t)["version"]),
        ("report.html", [], lambda t: t.startswith("<!doctype html>")),
        ("report.htm", ["--format", "HTML"], lambda t: "<svg" in t),
    ],
)
def test_gitlab_and_html_reports(tmp_path: Path, name: str, option: list[str], check) -> None:
    out = tmp_path / name
    result = run("findings", "convert", str(NUCLEI_RESULTS), "-o", str(out), *option)
    assert result.exit_code == 0, result.output
    assert check(out.read_text())


def test_anchor_places_results_at_the_targets_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("targets.txt").write_text("other.example.org\nstaging.example.com\n")
    result = run(
        "findings", "convert", str(NUCLEI_RESULTS), "-o", "scan.sarif", "--anchor", "targets.txt"
    )
    assert result.exit_code == 0, result.output
    results = json.loads(Path("scan.sarif").read_text())["runs"][0]["results"]
    places = {
        (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in results
    }
    assert places == {("targets.txt", 2)}


def test_anchor_needs_sarif_and_a_readable_file(tmp_path: Path) -> None:
    csv = run(
        "findings",
        "convert",
        str(NUCLEI_RESULTS),
        "-o",
        str(tmp_path / "a.csv"),
        "--anchor",
        str(NUCLEI_RESULTS),
    )
    assert csv.exit_code == 2
    assert "--anchor: places SARIF results; the report is csv" in csv.stderr
    missing = run(
        "findings", "convert", str(NUCLEI_RESULTS), "--format", "sarif", "--anchor", "nope.txt"
    )
    assert missing.exit_code == 2
    assert "anchor: cannot read 'nope.txt'" in missing.stderr


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe", b"[" * 100_000, b'{"runs": [' * 50_000],
    ids=["binary", "deep", "deep-sarif"],
)
def test_a_baseline_that_cannot_be_read_exits_2_with_a_message(
    tmp_path: Path, content: bytes
) -> None:
    baseline = tmp_path / "baseline.sarif"
    baseline.write_bytes(content)
    result = run(
        "findings", "convert", str(NUCLEI_RESULTS), "--fail-on", "high", "--baseline", str(baseline)
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("error: baseline: ")
    assert "Traceback" not in result.output


def test_the_summary_file_gets_the_chart(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
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
    assert text.index("```mermaid") < text.index("**Gate failed**") < text.index("| severity |")


def test_a_txt_output_is_refused_naming_the_choices(tmp_path: Path) -> None:
    result = run("findings", "convert", str(NUCLEI_RESULTS), "-o", str(tmp_path / "out.txt"))
    assert result.exit_code == 2
    assert "cannot tell the format of" in result.stderr
    assert "--format (sarif, jsonl, csv, markdown, gitlab, html)" in result.stderr
    assert not (tmp_path / "out.txt").exists()


def test_format_wins_over_the_suffix(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    result = run("findings", "convert", str(NUCLEI_RESULTS), "-o", str(out), "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("## Scan findings")
    sarif = tmp_path / "report.csv"
    run("findings", "convert", str(NUCLEI_RESULTS), "-o", str(sarif), "--format", "sarif")
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"

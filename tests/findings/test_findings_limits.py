"""Findings input and output at their limits: deep nesting, huge numbers, a stream too long to
hold in the gate, a summary that must fit GitHub's 1 MiB job-summary limit, and its chart."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from scanclients import findings
from scanclients.errors import ValidationError
from scanclients.findings import Finding
from tests.findings_samples import pdcp_findings

DEEP = "[" * 100_000 + "]" * 100_000
LINE = json.dumps(
    {"service": "pdcp", "rule_id": "r", "title": "t", "severity": "low", "fingerprint": "f"}
)


@pytest.mark.parametrize("reader", [findings.read, findings.load_baseline, findings.read_jsonl])
@pytest.mark.parametrize("text", [DEEP, DEEP + "\n", LINE + "\n" + DEEP, "  \n" + DEEP[:-1]])
def test_deep_nesting_is_a_validation_error_naming_the_input(reader, text: str) -> None:
    def read_all() -> object:
        result = reader(io.StringIO(text))
        return result if isinstance(result, frozenset) else list(result)

    with pytest.raises(ValidationError) as caught:
        read_all()
    assert caught.value.field in ("source", "baseline")


def test_huge_numbers_in_records_and_baselines_are_left_out(tmp_path: Path) -> None:
    huge = 10**400
    record = {
        "template-id": "t",
        "info": {"severity": "high", "classification": {"cvss-score": huge}},
        "host": "h.example.com",
        "timestamp": huge,
    }
    (finding,) = findings.read(io.StringIO(json.dumps(record)))
    assert (finding.cvss_score, finding.first_seen) == (None, None)
    report = {"service": "pdcp", "rule_id": "r", "title": "t", "severity": "low"}
    line = json.dumps({**report, "cvss_score": huge, "first_seen": huge, "last_seen": -huge})
    (back,) = findings.read_jsonl(io.StringIO(line))
    assert (back.cvss_score, back.first_seen, back.last_seen) == (None, None, None)
    assert len(findings.load_baseline(io.StringIO(json.dumps(record)))) == 1


def many(count: int, title: str = "t") -> list[Finding]:
    return [
        Finding(
            service="pdcp",
            rule_id=f"r{n}",
            title=title,
            severity="critical" if n % 1000 == 0 else "high",
            target=f"h{n}.example.com",
            raw={"big": "x" * 100},
        )
        for n in range(count)
    ]


def test_the_gate_tally_keeps_counts_and_the_most_severe_few() -> None:
    tally = findings.GateTally("high", keep=5)
    for finding in many(20_000):
        tally.add(finding)
    result = tally.result()
    assert result.tripped_count == 20_000
    assert result.exit_code == 5
    assert len(result.tripped) == 5
    assert [f.rule_id for f in result.tripped] == ["r0", "r1000", "r2000", "r3000", "r4000"]
    assert all(f.raw == {} for f in result.tripped)


def test_the_gate_tally_counts_known_findings_beyond_those_it_keeps() -> None:
    found = many(300)
    baseline = {f.fingerprint for f in found[:200]}
    result = findings.gate(found, fail_on="high", baseline=baseline)
    assert (result.tripped_count, result.known_count) == (100, 200)
    assert len(result.known) == 100


def test_the_summary_stays_under_githubs_limit_with_huge_titles() -> None:
    found = many(2_000, title="A" * 1_000_000)
    result = findings.gate(found, fail_on="high")
    summary = findings.Summary(top=10)
    for finding in found:
        summary.add(finding)
    text = summary.markdown(gate=result)
    assert len(text.encode("utf-8")) < 200_000
    assert "... and 1950 more (see the report)." in text
    assert "A" * 199 + "…" in text


def test_the_summary_opens_with_a_mermaid_severity_chart_and_new_against_baseline() -> None:
    found = pdcp_findings()
    baseline = frozenset({found[0].fingerprint})
    summary = findings.Summary(baseline=baseline)
    for finding in found:
        summary.add(finding)
    text = summary.markdown(gate=findings.gate(found, "high", baseline=set(baseline)))
    chart = text[text.index("```mermaid") :].split("```")[1].splitlines()
    assert chart[1] == "pie showData title Open findings by severity"
    open_counts = {s: summary.counts[s] for s in summary.counts if summary.counts[s]}
    assert [line.strip() for line in chart[2:]] == [
        f'"{s.value}" : {open_counts[s]}' for s in reversed(findings.Severity) if s in open_counts
    ]
    new = sum(open_counts.values()) - 1
    assert f"**{new} new open findings**, 1 already in the baseline (of 1 fingerprints)." in text
    assert "| critical | 1 | 0 | 1 |" in text
    assert text.index("```mermaid") < text.index("| severity | open findings |")


def test_a_summary_of_nothing_says_so_without_a_chart() -> None:
    text = findings.Summary().markdown()
    assert "No open findings." in text
    assert "mermaid" not in text

"""The findings toolkit fuzzed with what a JSON parser can hand it: every builder, writer and
baseline either gives its result or a typed `ScanClientsError`, never a raw exception.

The records are nuclei-, HostedScan- and report-shaped (so that the builders get past their
first check) with any JSON value in any field: lone surrogates, integers past any float, NaN and
infinities (`json.loads` reads `NaN`), deep nesting, wrong types. What a writer wrote reads back.
"""

from __future__ import annotations

import io
import json
import math
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scanclients import findings
from scanclients.errors import ScanClientsError

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_texts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["critical", "HIGH", "low", "unknown", "", "t\ud800x", "[/bold] x", "a b"]),
)
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([10**400, -(10**400), math.nan, math.inf, -math.inf, 1e308, -0.0]),
    st.floats(allow_nan=True, allow_infinity=True),
    _texts,
)
_json = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(_texts, inner, max_size=3)
    ),
    max_leaves=8,
)


def _shaped(keys: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A record with these keys, each either its plausible value or any JSON value."""
    return st.fixed_dictionaries({}, optional={k: st.one_of(v, _json) for k, v in keys.items()})


_nuclei = _shaped(
    {
        "template-id": _texts,
        "templateID": _texts,
        "info": _shaped(
            {
                "name": _texts,
                "severity": _texts,
                "classification": _shaped({"cvss-score": _scalars, "cve-id": _json}),
                "tags": _json,
                "reference": _json,
            }
        ),
        "matched-at": _texts,
        "matched": _texts,
        "host": _texts,
        "matcher-name": _texts,
        "matcher-status": st.one_of(st.booleans(), _json),
        "timestamp": st.one_of(_texts, _scalars),
        "vuln_status": _texts,
    }
)
_hostedscan = st.builds(
    lambda risk, rest: {**rest, "risk_definition": risk},
    _shaped(
        {
            "title": _texts,
            "threat_level": _texts,
            "scan_type": _texts,
            "cvss_score": _scalars,
            "first_detected_at": st.one_of(_texts, _scalars),
        }
    ),
    _shaped({"id": _texts, "target": _texts, "state": _texts, "target_label": _texts}),
)
_report = st.builds(
    lambda rest: {"rule_id": "r", "fingerprint": "f" * 64, **rest},
    _shaped({"severity": _texts, "title": _texts, "location": _texts, "status": _texts}),
)
_records = st.lists(st.one_of(_nuclei, _hostedscan, _report, _json), max_size=4)


def _built(records: list[Any]) -> list[findings.Finding] | None:
    try:
        return list(findings.from_records(records))
    except ScanClientsError:
        return None


@FUZZ
@given(_records)
def test_records_become_findings_or_a_typed_error(records: list[Any]) -> None:
    found = _built(records)
    if found is not None:
        assert all(isinstance(f, findings.Finding) for f in found)


@FUZZ
@given(_records)
# Found by this test: an unclosed IPv6 bracket crashed the SARIF writer (ValueError), and a lone
# surrogate gave a finding read back from its JSON lines another fingerprint.
@example([{"matched-at": "["}])
@example([{"matched-at": [None]}])
@example([{"template-id": "t\ud800x"}])
def test_every_writer_writes_what_it_built_or_says_why(records: list[Any]) -> None:
    found = _built(records)
    if not found:
        return
    for write in (findings.to_sarif, findings.to_jsonl, findings.to_csv, findings.to_markdown):
        out = io.StringIO()
        try:
            write(found, out)
        except ScanClientsError:
            continue
        text = out.getvalue()
        text.encode("utf-8")  # what was written can go to a file: no lone surrogate left
        if write is findings.to_sarif:
            assert len(json.loads(text)["runs"][0]["results"]) == len(found)
        if write is findings.to_jsonl:
            again = list(findings.read_jsonl(io.StringIO(text)))
            assert [f.fingerprint for f in again] == [f.fingerprint for f in found]


@FUZZ
@given(_records)
def test_the_gate_over_any_findings_ends_with_an_exit_code(records: list[Any]) -> None:
    found = _built(records)
    if found is None:
        return
    result = findings.gate(found, fail_on="high")
    assert result.exit_code in (0, findings.EXIT_GATE)


@FUZZ
@given(st.one_of(_records.map(lambda rs: "\n".join(_dumped(r) for r in rs)), st.text(max_size=40)))
# Found by this test: a baseline line of a template that did not match raised a raw ValueError.
@example('{"template-id": "x", "matcher-status": false}')
def test_any_baseline_file_is_a_baseline_or_a_typed_error(text: str) -> None:
    source = io.BytesIO(text.encode("utf-8", "surrogatepass"))
    try:
        baseline = findings.load_baseline(source)
    except ScanClientsError:
        return
    assert isinstance(baseline, frozenset)  # findings.Baseline
    assert all(isinstance(fingerprint, str) for fingerprint in baseline)


def test_a_baseline_nested_past_any_parser_is_a_typed_error() -> None:
    try:
        findings.load_baseline(io.BytesIO(b"[" * 100_000))
    except ScanClientsError as error:
        assert "baseline" in str(error)
    else:  # pragma: no cover - the assertion names what happened instead
        raise AssertionError("a 100,000-deep baseline was read as one")


def _dumped(record: Any) -> str:
    """A JSON line as a JSON writer elsewhere would write it (NaN and huge integers included)."""
    return json.dumps(record, ensure_ascii=False)

"""The CI gate: does this run hold an open finding at or above a severity that an earlier run
(the baseline) did not have?"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..errors import ValidationError
from ._build import from_records
from ._io import Source, read_records
from ._model import Finding, Severity, parse_severity
from ._sarif import sarif_fingerprints

__all__ = ["EXIT_GATE", "Baseline", "GateResult", "GateTally", "gate", "load_baseline"]

EXIT_GATE = 5
"""The exit code of a command whose gate tripped."""

Baseline = frozenset[str]
"""The fingerprints of an earlier run's findings."""


@dataclass(frozen=True, slots=True)
class GateResult:
    """What the gate saw. `tripped`: the new open findings at or above `fail_on`, most severe
    first; `known`: those at or above `fail_on` that the baseline already had. Truthy when the
    gate passed; `exit_code` is 0 or 5."""

    fail_on: Severity | None
    tripped: tuple[Finding, ...]
    known: tuple[Finding, ...]
    total: int
    baselined: bool
    baseline_size: int

    @property
    def passed(self) -> bool:
        return not self.tripped

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else EXIT_GATE

    def __bool__(self) -> bool:
        return self.passed


def gate(
    findings: Iterable[Finding],
    fail_on: Severity | str | None = "high",
    baseline: str | os.PathLike[str] | Baseline | set[str] | None = None,
) -> GateResult:
    """Trip on any open, not accepted finding at or above `fail_on` whose fingerprint is not in
    `baseline` (a path to a SARIF or JSON lines report of an earlier run, or fingerprints).

        result = findings.gate(findings.from_nuclei_records(records), fail_on="high",
                               baseline="last-run.sarif")
        if not result:
            sys.exit(result.exit_code)   # 5

    `fail_on=None` never trips (the result still counts). Closed findings never trip.
    """
    tally = GateTally(fail_on, baseline)
    for finding in findings:
        tally.add(finding)
    return tally.result()


class GateTally:
    """The gate fed one finding at a time, for a caller that also writes them as they pass
    (`gate` in one call; see `Summary` for the pattern): `add` each finding, then `result()`."""

    def __init__(
        self,
        fail_on: Severity | str | None = "high",
        baseline: str | os.PathLike[str] | Baseline | set[str] | None = None,
    ) -> None:
        self.threshold = None if fail_on is None else parse_severity(fail_on, field_name="fail_on")
        self.baseline = _baseline(baseline)
        self.tripped: list[Finding] = []
        self.known: list[Finding] = []
        self.total = 0

    def add(self, finding: Finding) -> None:
        self.total += 1
        if self.threshold is None or not finding.gated or finding.severity < self.threshold:
            return
        if self.baseline is not None and finding.fingerprint in self.baseline:
            self.known.append(finding)
        else:
            self.tripped.append(finding)

    def result(self) -> GateResult:
        return GateResult(
            fail_on=self.threshold,
            tripped=tuple(sorted(self.tripped, key=lambda f: f.severity.rank, reverse=True)),
            known=tuple(self.known),
            total=self.total,
            baselined=self.baseline is not None,
            baseline_size=len(self.baseline or ()),
        )


def _baseline(baseline: str | os.PathLike[str] | Baseline | set[str] | None) -> Baseline | None:
    if baseline is None:
        return None
    if isinstance(baseline, frozenset | set):
        return frozenset(baseline)
    if isinstance(baseline, str | os.PathLike):
        return load_baseline(baseline)
    raise ValidationError(
        "baseline", f"expected a file path or a set of fingerprints, got {baseline!r}"
    )


def load_baseline(source: Source) -> Baseline:
    """The fingerprints of an earlier run: a SARIF log written by `to_sarif`, a JSON lines
    report written by `to_jsonl`, or the raw records (nuclei JSONL, HostedScan risks) it came from.

    Read before any scan is started, so that a wrong path fails first.
    """
    prints: set[str] = set()
    records = read_records(source, name="baseline")
    for position, record in enumerate(records):
        if isinstance(record, Mapping) and "runs" in record:
            prints.update(sarif_fingerprints(record))
        elif isinstance(record, Mapping) and isinstance(record.get("fingerprint"), str):
            prints.add(record["fingerprint"])
        else:
            try:
                (finding,) = from_records([record])
            except ValidationError as error:
                raise ValidationError(
                    "baseline", f"record {position + 1}: {error.problem}"
                ) from None
            prints.add(finding.fingerprint)
    return frozenset(prints)

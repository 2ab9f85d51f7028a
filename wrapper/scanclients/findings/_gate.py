"""The CI gate: does this run hold an open finding at or above a severity that an earlier run
(the baseline) did not have?"""

from __future__ import annotations

import heapq
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

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
    first (the first `GateTally.keep` of them; `tripped_count` counts them all); `known`: those
    at or above `fail_on` that the baseline already had (likewise, `known_count`). The findings
    kept here are without their `raw` record. Truthy when the gate passed; `exit_code` is 0 or 5."""

    fail_on: Severity | None
    tripped: tuple[Finding, ...]
    known: tuple[Finding, ...]
    total: int
    baselined: bool
    baseline_size: int
    tripped_count: int = -1
    known_count: int = -1

    def __post_init__(self) -> None:
        # Built by hand with only the findings: the counts are theirs.
        if self.tripped_count < 0:
            object.__setattr__(self, "tripped_count", len(self.tripped))
        if self.known_count < 0:
            object.__setattr__(self, "known_count", len(self.known))

    @property
    def passed(self) -> bool:
        return self.tripped_count == 0

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
    (`gate` in one call; see `Summary` for the pattern): `add` each finding, then `result()`.

    It holds counts and the `keep` most severe findings of each kind, never the whole stream."""

    def __init__(
        self,
        fail_on: Severity | str | None = "high",
        baseline: str | os.PathLike[str] | Baseline | set[str] | None = None,
        *,
        keep: int = 100,
    ) -> None:
        self.threshold = None if fail_on is None else parse_severity(fail_on, field_name="fail_on")
        self.baseline = _baseline(baseline)
        self.keep = keep
        self.tripped_count = self.known_count = self.total = 0
        self._tripped: list[tuple[int, int, Finding]] = []
        self._known: list[tuple[int, int, Finding]] = []

    def add(self, finding: Finding) -> None:
        self.total += 1
        if self.threshold is None or not finding.gated or finding.severity < self.threshold:
            return
        if self.baseline is not None and finding.fingerprint in self.baseline:
            self.known_count += 1
            self._hold(self._known, finding)
        else:
            self.tripped_count += 1
            self._hold(self._tripped, finding)

    def _hold(self, heap: list[tuple[int, int, Finding]], finding: Finding) -> None:
        if self.keep <= 0:
            return
        # The most severe win, the earliest among equals; the raw record is not kept.
        entry = (finding.severity.rank, -self.total, finding)
        if len(heap) < self.keep:
            heapq.heappush(heap, (entry[0], entry[1], replace(finding, raw={})))
        elif entry[:2] > heap[0][:2]:
            heapq.heapreplace(heap, (entry[0], entry[1], replace(finding, raw={})))

    def result(self) -> GateResult:
        return GateResult(
            fail_on=self.threshold,
            tripped=tuple(entry[2] for entry in sorted(self._tripped, reverse=True)),
            known=tuple(entry[2] for entry in sorted(self._known, reverse=True)),
            total=self.total,
            baselined=self.baseline is not None,
            baseline_size=len(self.baseline or ()),
            tripped_count=self.tripped_count,
            known_count=self.known_count,
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
                # None for a nuclei record of a template that did not match: not a finding.
                prints.update(finding.fingerprint for finding in from_records([record]))
            except ValidationError as error:
                raise ValidationError(
                    "baseline", f"record {position + 1}: {error.problem}"
                ) from None
    return frozenset(prints)

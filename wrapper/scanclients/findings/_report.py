"""JSON lines, CSV and a Markdown summary of findings. JSON lines and CSV stream: one finding in,
one line out, so a report of any size is written at constant memory."""

from __future__ import annotations

import csv
import heapq
import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ._io import Destination, Source, read_records, text_sink
from ._model import Finding, Severity

if TYPE_CHECKING:
    from ._gate import GateResult

__all__ = ["CSV_COLUMNS", "Summary", "counted", "read_jsonl", "to_csv", "to_jsonl", "to_markdown"]

CSV_COLUMNS = (
    "fingerprint",
    "severity",
    "title",
    "rule_id",
    "service",
    "id",
    "target",
    "location",
    "status",
    "accepted",
    "cvss_score",
    "cvss_vector",
    "cve_ids",
    "cwe_ids",
    "first_seen",
    "last_seen",
    "description",
    "remediation",
    "references",
    "detail",
)

# A spreadsheet runs a cell that starts with one of these as a formula; titles and addresses
# come from scanned hosts, so such a cell gets a leading apostrophe (OWASP's CSV-injection advice).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_jsonl(findings: Iterable[Finding], destination: Destination) -> int:
    """One JSON object a line (`Finding.to_dict()`, raw record included). Returns the count."""
    count = 0
    with text_sink(destination) as write:
        for finding in findings:
            write(json.dumps(finding.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    return count


def read_jsonl(source: Source) -> Iterator[Finding]:
    """Read back a `to_jsonl` report, lazily."""
    for record in read_records(source, name="source"):
        yield Finding.from_dict(record)


def to_csv(findings: Iterable[Finding], destination: Destination) -> int:
    """A header row (`CSV_COLUMNS`) and one row per finding; lists are space-separated. A cell
    that a spreadsheet would run as a formula starts with `'`. Returns the count."""
    count = 0
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    with text_sink(destination) as write:
        writer.writerow(CSV_COLUMNS)
        for finding in findings:
            document = finding.to_dict()
            writer.writerow([_cell(document[column]) for column in CSV_COLUMNS])
            count += 1
            write(buffer.getvalue())
            buffer.seek(0)
            buffer.truncate()
        write(buffer.getvalue())
    return count


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = " ".join(value) if isinstance(value, list) else str(value)
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def to_markdown(
    findings: Iterable[Finding],
    destination: Destination,
    *,
    gate: GateResult | None = None,
    top: int = 10,
    title: str = "Scan findings",
) -> int:
    """A summary for a CI job summary or a pull-request comment: counts by severity, the `top`
    most severe open findings, and, given a `gate` result, whether it tripped and on what.
    Reads the findings once, keeping only the top ones. Returns the number of findings."""
    summary = Summary(top=top)
    for finding in findings:
        summary.add(finding)
    summary.write(destination, gate=gate, title=title)
    return summary.total


class Summary:
    """The Markdown summary gathered one finding at a time: counts, and the `top` most severe
    open findings (by severity, then CVSS score, then order of arrival). For a caller that
    writes the findings somewhere else as they pass (what `to_markdown` does in one call):

        summary = findings.Summary()
        tally = findings.GateTally(fail_on="high")
        def seen(found):
            for finding in found:
                summary.add(finding)
                tally.add(finding)
                yield finding
        findings.to_sarif(seen(stream), "scan.sarif")
        summary.write(sys.stdout, gate=tally.result())
    """

    def __init__(self, *, top: int = 10) -> None:
        self.top = top
        self.total = self.closed = self.accepted = 0
        self.counts: Counter[Severity] = Counter()
        self._ranked: list[tuple[int, float, int, Finding]] = []

    def add(self, finding: Finding) -> None:
        self.total += 1
        if finding.status == "closed":
            self.closed += 1
            return
        self.counts[finding.severity] += 1
        if finding.accepted:
            self.accepted += 1
            return
        entry = (finding.severity.rank, finding.cvss_score or 0.0, -self.total, finding)
        if len(self._ranked) < self.top:
            heapq.heappush(self._ranked, entry)
        elif self.top > 0:
            heapq.heappushpop(self._ranked, entry)

    def write(
        self,
        destination: Destination,
        *,
        gate: GateResult | None = None,
        title: str = "Scan findings",
    ) -> None:
        """Write `markdown()` to a path (atomically) or an open file."""
        with text_sink(destination) as write:
            write(self.markdown(gate=gate, title=title))

    def markdown(self, *, gate: GateResult | None = None, title: str = "Scan findings") -> str:
        """The summary as Markdown; with a `gate` result, whether it tripped and on what."""
        lines = [f"## {_escape(title)}", ""]
        if gate is not None:
            lines += [*_gate_lines(gate), ""]
        lines += ["| severity | open findings |", "| --- | ---: |"]
        lines += [f"| {s.value} | {self.counts[s]} |" for s in reversed(Severity)]
        lines.append("")
        notes = [f"{counted(self.total, 'finding')} in all"]
        if self.closed:
            notes.append(f"{self.closed} closed (not counted above)")
        if self.accepted:
            notes.append(f"{self.accepted} accepted (counted, never gated)")
        lines += ["; ".join(notes) + ".", ""]
        best = [entry[3] for entry in sorted(self._ranked, reverse=True)]
        if best:
            lines += [f"### Top {len(best)} open findings", "", *_table(best), ""]
        return "\n".join(lines)


def _gate_lines(gate: GateResult) -> list[str]:
    if gate.fail_on is None:
        return ["No gate was set (`--fail-on`)."]
    against = (
        f" (compared with a baseline of {gate.baseline_size} findings)" if gate.baselined else ""
    )
    if not gate.tripped:
        known = f"; {len(gate.known)} already in the baseline" if gate.known else ""
        return [
            f"**Gate passed**: no new open finding at or above **{gate.fail_on}**{against}{known}."
        ]
    return [
        f"**Gate failed**: {counted(len(gate.tripped), 'new open finding')} at or above "
        f"**{gate.fail_on}**{against}:",
        "",
        *_table(list(gate.tripped)),
    ]


def _table(findings: list[Finding]) -> list[str]:
    rows = [
        "| severity | title | rule | location | fingerprint |",
        "| --- | --- | --- | --- | --- |",
    ]
    for finding in findings:
        where = finding.location or finding.target or ""
        rows.append(
            f"| {finding.severity.value} | {_escape(finding.title)} | {_escape(finding.rule_id)} "
            f"| {_escape(where)} | `{finding.fingerprint[:12]}` |"
        )
    return rows


def counted(number: int, noun: str) -> str:
    """`1 finding`, `2 findings`."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _escape(text: str) -> str:
    """Text from scanned hosts, made inert in a Markdown table (no HTML, links or breaks)."""
    text = " ".join(text.split())
    for char in "\\`*_[]|#!":
        text = text.replace(char, f"\\{char}")
    return text.replace("<", "&lt;").replace(">", "&gt;")

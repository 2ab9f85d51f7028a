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

from ._help import markdown_inline
from ._io import Destination, Source, read_records, text_sink
from ._model import Finding, Severity

if TYPE_CHECKING:
    from ._gate import Baseline, GateResult

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

MARKDOWN_LIMIT = 1024 * 1024
"""GitHub refuses a job summary over 1 MiB; the summary stays under it."""
CELL_LIMIT = 200  # characters of a table cell
GATE_ROWS = 50  # tripped findings listed in the summary; the report has them all

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
    baseline: Baseline | None = None,
) -> int:
    """A summary for a CI job summary or a pull-request comment: a severity chart, counts by
    severity (new against `baseline`, given one), the `top` most severe open findings, and, given
    a `gate` result, whether it tripped and on what. Reads the findings once, keeping only the
    top ones. Returns the number of findings."""
    summary = Summary(top=top, baseline=baseline)
    for finding in findings:
        summary.add(finding)
    summary.write(destination, gate=gate, title=title)
    return summary.total


class Summary:
    """The Markdown summary gathered one finding at a time: counts, and the `top` most severe
    open findings (by severity, then CVSS score, then order of arrival). Given the `baseline`
    (fingerprints of an earlier run), it also counts, per severity, what is new and what the
    baseline already had. For a caller that writes the findings somewhere else as they pass
    (what `to_markdown` does in one call):

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

    def __init__(self, *, top: int = 10, baseline: Baseline | None = None) -> None:
        self.top = top
        self.baseline = baseline
        self.total = self.closed = self.accepted = 0
        self.counts: Counter[Severity] = Counter()
        self.new: Counter[Severity] = Counter()
        self._ranked: list[tuple[int, float, int, Finding]] = []

    def add(self, finding: Finding) -> None:
        self.total += 1
        if finding.status == "closed":
            self.closed += 1
            return
        self.counts[finding.severity] += 1
        if self.baseline is not None and finding.fingerprint not in self.baseline:
            self.new[finding.severity] += 1
        if finding.accepted:
            self.accepted += 1
            return
        entry = (finding.severity.rank, finding.cvss_score or 0.0, -self.total, finding)
        if len(self._ranked) < self.top:
            heapq.heappush(self._ranked, entry)
        elif self.top > 0:
            heapq.heappushpop(self._ranked, entry)

    @property
    def ranked(self) -> list[Finding]:
        """The `top` most severe open findings, most severe first."""
        return [entry[3] for entry in sorted(self._ranked, reverse=True)]

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
        """The summary as Markdown: a severity chart (Mermaid, which GitHub job summaries and
        GitLab notes draw), new against the baseline, the counts, then the tables; with a `gate`
        result, whether it tripped and on what. Always under GitHub's 1 MiB step-summary limit."""
        lines = [f"## {markdown_inline(title, limit=200)}", "", *self._chart()]
        verdict, tripped = _gate_lines(gate) if gate is not None else ([], [])
        lines += [*verdict, *self._glance(), *self._counts(), *tripped]
        best = self.ranked
        if best:
            lines += [f"### Top {len(best)} open findings", "", *_table(best), ""]
        text = "\n".join(lines)
        if len(text.encode("utf-8", "replace")) > MARKDOWN_LIMIT:
            # Unreachable with the default sizes (cells are cut to 200 characters); a guard.
            text = text.encode("utf-8", "replace")[: MARKDOWN_LIMIT - 100].decode("utf-8", "ignore")
            text += "\n\n(summary cut at GitHub's 1 MiB limit)\n"
        return text

    def _chart(self) -> list[str]:
        shown = [s for s in reversed(Severity) if self.counts[s]]
        if not shown:
            return ["No open findings.", ""]
        return [
            "```mermaid",
            "pie showData title Open findings by severity",
            *(f'    "{s.value}" : {self.counts[s]}' for s in shown),
            "```",
            "",
        ]

    def _glance(self) -> list[str]:
        if self.baseline is None:
            return []
        new = sum(self.new.values())
        known = sum(self.counts.values()) - new
        return [
            f"**{counted(new, 'new open finding')}**, {known} already in the baseline "
            f"(of {self.baseline_size} fingerprints).",
            "",
        ]

    @property
    def baseline_size(self) -> int:
        return len(self.baseline or ())

    def _counts(self) -> list[str]:
        if self.baseline is None:
            lines = ["| severity | open findings |", "| --- | ---: |"]
            lines += [f"| {s.value} | {self.counts[s]} |" for s in reversed(Severity)]
        else:
            lines = [
                "| severity | open findings | new | in the baseline |",
                "| --- | ---: | ---: | ---: |",
            ]
            lines += [
                f"| {s.value} | {self.counts[s]} | {self.new[s]} | {self.counts[s] - self.new[s]} |"
                for s in reversed(Severity)
            ]
        notes = [f"{counted(self.total, 'finding')} in all"]
        if self.closed:
            notes.append(f"{self.closed} closed (not counted above)")
        if self.accepted:
            notes.append(f"{self.accepted} accepted (counted, never gated)")
        return [*lines, "", "; ".join(notes) + ".", ""]


def _gate_lines(gate: GateResult) -> tuple[list[str], list[str]]:
    """The gate's verdict, and the table of what tripped it."""
    if gate.fail_on is None:
        return ["No gate was set (`--fail-on`).", ""], []
    against = (
        f" (compared with a baseline of {gate.baseline_size} findings)" if gate.baselined else ""
    )
    if gate.passed:
        known = f"; {gate.known_count} already in the baseline" if gate.known_count else ""
        return [
            f"**Gate passed**: no new open finding at or above **{gate.fail_on}**{against}{known}.",
            "",
        ], []
    shown = list(gate.tripped[:GATE_ROWS])
    more = gate.tripped_count - len(shown)
    verdict = [
        f"**Gate failed**: {counted(gate.tripped_count, 'new open finding')} at or above "
        f"**{gate.fail_on}**{against}:",
        "",
    ]
    table = [
        f"### What tripped the gate ({len(shown)} shown)"
        if more > 0
        else "### What tripped the gate",
        "",
        *_table(shown),
        "",
        *([f"... and {more} more (see the report).", ""] if more > 0 else []),
    ]
    return verdict, table


def _table(findings: list[Finding]) -> list[str]:
    rows = [
        "| severity | title | rule | location | fingerprint |",
        "| --- | --- | --- | --- | --- |",
    ]
    for finding in findings:
        where = finding.location or finding.target or ""
        rows.append(
            f"| {finding.severity.value} | {_cell_text(finding.title)} "
            f"| {_cell_text(finding.rule_id)} | {_cell_text(where)} "
            f"| `{finding.fingerprint[:12]}` |"
        )
    return rows


def _cell_text(text: str) -> str:
    return markdown_inline(text, limit=CELL_LIMIT)


def counted(number: int, noun: str) -> str:
    """`1 finding`, `2 findings`."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"

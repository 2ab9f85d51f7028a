"""One findings model for both services, the reports CI systems read, and the CI gate.

    from scanclients import findings

    found = list(findings.from_nuclei_records(records))      # or from_hostedscan_risks(risks)
    findings.to_sarif(found, "scan.sarif")                    # GitHub code scanning
    findings.to_gitlab(found, "gl-dast-report.json")          # GitLab's security dashboard
    findings.to_html(found, "report.html")                    # one self-contained page
    result = findings.gate(found, fail_on="high", baseline="last-run.sarif")
    findings.to_markdown(found, "summary.md", gate=result)
    sys.exit(result.exit_code)                                # 5 when the gate tripped

**Severity**: one scale, `info < low < medium < high < critical`. nuclei's severities are taken as
they are (its `unknown`, or none, is `info`); HostedScan's `LOW`, `MEDIUM`, `HIGH` become `low`,
`medium`, `high` (HostedScan has no critical, so `fail_on="critical"` never trips on its risks).

**Fingerprint**: the sha256 of `v1`, the rule id, the matched location (else the target) and the
matcher or extractor name, so a finding keeps it from run to run and between a local nuclei run
and PDCP; ids, times and statuses are left out. The rule id is the nuclei template id, or for
HostedScan `SCAN_TYPE/title`. SARIF carries it as `partialFingerprints["scanclientsFinding/v1"]`.

**Gate**: trips on an open, not accepted finding at or above `fail_on` whose fingerprint is not
in the baseline. Writing to a path is atomic (a temp file renamed over it).

**One pass**: the writers, the gate and the summary all read a stream once. To write a report,
gate and summarise a stream too large to hold, feed each finding to a `GateTally` and a `Summary`
as it passes to the writer (see `Summary`); this is what `scanclients ... --fail-on` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import ValidationError
from ._anchor import Anchor, load_anchor
from ._build import (
    from_hostedscan_risk,
    from_hostedscan_risks,
    from_nuclei,
    from_nuclei_records,
    from_records,
)
from ._gate import EXIT_GATE, Baseline, GateResult, GateTally, gate, load_baseline
from ._gitlab import GITLAB_SCHEMA_VERSION, to_gitlab
from ._html import to_html
from ._io import Destination, Source, read_records
from ._model import FINGERPRINT_KEY, Finding, Severity, fingerprint_of
from ._report import CSV_COLUMNS, Summary, read_jsonl, to_csv, to_jsonl, to_markdown
from ._sarif import SECURITY_SEVERITY, to_sarif

__all__ = [
    "CSV_COLUMNS",
    "EXIT_GATE",
    "FINGERPRINT_KEY",
    "GITLAB_SCHEMA_VERSION",
    "SECURITY_SEVERITY",
    "Anchor",
    "Baseline",
    "Destination",
    "Finding",
    "GateResult",
    "GateTally",
    "Severity",
    "Source",
    "Summary",
    "fingerprint_of",
    "from_hostedscan_risk",
    "from_hostedscan_risks",
    "from_nuclei",
    "from_nuclei_records",
    "from_records",
    "gate",
    "load_anchor",
    "load_baseline",
    "read",
    "read_jsonl",
    "to_csv",
    "to_gitlab",
    "to_html",
    "to_jsonl",
    "to_markdown",
    "to_sarif",
]


def read(source: Source, *, service: str = "pdcp") -> Iterator[Finding]:
    """The findings in a file, lazily: nuclei JSON lines (`nuclei -jsonl`), PDCP findings,
    HostedScan risks (a JSON array, a `{"data": [...]}` listing or JSON lines) or a `to_jsonl`
    report; each record is read as what it looks like (see `from_records`)."""
    return from_records(_not_sarif(read_records(source, name="source")), service=service)


def _not_sarif(records: Iterator[Any]) -> Iterator[Any]:
    for record in records:
        if isinstance(record, dict) and "runs" in record and "version" in record:
            # A report is not a source: reading it as a nuclei record would give one bogus finding.
            raise ValidationError("source", "this is a SARIF log; pass it as a baseline instead")
        yield record

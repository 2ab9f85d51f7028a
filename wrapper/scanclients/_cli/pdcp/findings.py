"""`scanclients pdcp scans findings|import`: a scan's findings out, nuclei results in."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

import click

from ... import PDCP
from ... import findings as findings_model
from ..app import command_options
from ..findings import FindingsReport, findings_options
from ..options import at_least_one, team_anywhere
from ..output import emit, print_table, progress_bar, table_of
from .scans import scans_client

__all__ = ["findings", "findings_of", "import_command"]

SEVERITIES = ("critical", "high", "medium", "low", "info", "unknown")


@click.command()
@click.argument("scan_id")
@command_options
@findings_options
@click.pass_context
def findings(context: click.Context, scan_id: str, report: FindingsReport, as_json: bool) -> None:
    """A scan's findings: a table by severity, or the nuclei records as JSON lines with --json;
    with --format, -o, --fail-on or --summary, a report (SARIF, JSON lines, CSV, Markdown) and
    the CI gate (exit 5). All streamed."""
    with scans_client(context) as client:
        if report.requested:
            sys.exit(report.emit(findings_of(client, scan_id), as_json=as_json))
        if as_json:
            for finding in client.scans.findings(scan_id):
                sys.stdout.write(json.dumps(finding.raw) + "\n")
            return
        found = list(client.scans.findings(scan_id))
    counts = Counter((f.severity or "unknown").lower() for f in found)
    order = {name: rank for rank, name in enumerate(SEVERITIES)}
    found.sort(key=lambda f: order.get((f.severity or "unknown").lower(), len(SEVERITIES)))
    summary = ", ".join(f"{counts[s]} {s}" for s in SEVERITIES if counts[s]) or "none"
    rows = [
        (f.severity or "", f.template_id or "", f.name or "", f.matched_at or f.host or "")
        for f in found
    ]
    columns = ("severity", "template", "name", "matched at")
    print_table(table_of(f"{len(found)} findings: {summary}", columns, rows))


def findings_of(client: PDCP, scan_id: str) -> Iterator[findings_model.Finding]:
    """The scan's findings in the one model the reports and the gate read, streamed."""
    return findings_model.from_nuclei_records(f.raw for f in client.scans.findings(scan_id))


@click.command("import")
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--name", help="The new scan's name.")
@click.option("--scan-id", help="Append to this scan instead of creating one.")
@at_least_one(
    "--start-line", default=1, help="Resume from this line of SOURCE (after an interruption)."
)
@click.option(
    "--check-first/--check-as-sent",
    default=True,
    help="Check every line before sending anything (the default), or each chunk as it is"
    " sent: faster, but a bad line stops the import part way.",
)
@command_options
@click.pass_context
def import_command(
    context: click.Context,
    source: str,
    name: str | None,
    scan_id: str | None,
    start_line: int,
    check_first: bool,
    as_json: bool,
) -> None:
    """Import nuclei JSONL results (- for stdin); every line is checked before anything is sent
    (with --check-as-sent, each chunk as it goes)."""
    lines: Any = sys.stdin.buffer if source == "-" else source
    with scans_client(context) as client, progress_bar("import", 1) as show:
        result = client.scans.import_results(
            lines,
            name=name,
            scan_id=scan_id,
            start_line=start_line,
            check_first=check_first,
            # Typed by `import_results` itself: the CLI needs no name for what it reports.
            on_progress=lambda r: show(
                r.bytes_sent / max(r.bytes_total, 1),
                f"line {r.last_line}, chunk {r.chunks_sent}/{r.chunks_total or '?'}",
            ),
        )
    document = {
        "scan_id": result.scan_id,
        "last_line": result.last_line,
        "chunks": result.chunks_sent,
        "bytes": result.bytes_sent,
    }
    emit(
        document,
        as_json=as_json,
        title="PDCP import",
        rows=[
            ("scan", result.scan_id),
            ("lines up to", result.last_line),
            ("chunks", result.chunks_sent),
            ("bytes", result.bytes_sent),
        ],
    )


# --team-id on these commands as well as on the groups above.
for _command in (findings, import_command):
    team_anywhere(_command)

"""`scanclients pdcp scans findings|import`: a scan's findings out, nuclei results in."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

import click
from rich.table import Table

from .. import findings as findings_model
from .._nuclei_import import ImportResult
from .._pdcp import PDCP
from ._app import command_options
from ._findings import FindingsReport, findings_options
from ._output import emit, stdout_console
from ._pdcp_scans import progress_bar, scans, scans_client

__all__ = ["findings", "findings_of", "import_command"]

SEVERITIES = ("critical", "high", "medium", "low", "info", "unknown")


@scans.command()
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
    table = Table(title=f"{len(found)} findings: {summary}")
    for column in ("severity", "template", "name", "matched at"):
        table.add_column(column)
    for finding in found:
        table.add_row(
            finding.severity or "",
            finding.template_id or "",
            finding.name or "",
            finding.matched_at or finding.host or "",
        )
    stdout_console().print(table)


def findings_of(client: PDCP, scan_id: str) -> Iterator[findings_model.Finding]:
    """The scan's findings in the one model the reports and the gate read, streamed."""
    return findings_model.from_nuclei_records(f.raw for f in client.scans.findings(scan_id))


@scans.command("import")
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--name", help="The new scan's name.")
@click.option("--scan-id", help="Append to this scan instead of creating one.")
@click.option(
    "--start-line",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Resume from this line of SOURCE (after an interruption).",
)
@command_options
@click.pass_context
def import_command(
    context: click.Context,
    source: str,
    name: str | None,
    scan_id: str | None,
    start_line: int,
    as_json: bool,
) -> None:
    """Import nuclei JSONL results (- for stdin); every line is checked before anything is sent."""
    lines: Any = sys.stdin.buffer if source == "-" else source
    with scans_client(context) as client, progress_bar("import", 1) as show:

        def progress(result: ImportResult) -> None:
            state = f"line {result.last_line}, chunk {result.chunks_sent}/{result.chunks_total}"
            show(result.bytes_sent / max(result.bytes_total, 1), state)

        result = client.scans.import_results(
            lines, name=name, scan_id=scan_id, start_line=start_line, on_progress=progress
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

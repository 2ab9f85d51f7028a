"""`scanclients hostedscan risks|reports ...`"""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.table import Table

from scanclients._generated.hostedscan_models import (
    ReportFormat,
    Risk,
    RiskStatus,
    ScanType,
    ThreatLevel,
)

from ._app import command_options, with_options
from ._findings import FindingsReport, findings_options
from ._hostedscan import hostedscan, hostedscan_client, risk_findings
from ._hostedscan_targets import document, many
from ._output import emit

__all__ = ["reports", "risks", "scan_risks"]


# --- risks --------------------------------------------------------------------------------------


@hostedscan.group()
def risks() -> None:
    """Risks (the findings): list with filters, get, or the risks of one scan."""


def _risk_table(title: str, found: list[Risk]) -> Table:
    table = Table(title=title)
    for column in ("id", "target", "status", "threat", "scan type", "title"):
        table.add_column(column)
    for risk in found:
        definition = risk.risk_definition
        table.add_row(
            risk.id,
            risk.target or risk.target_id or "",
            str(risk.status or ""),
            str(definition.threat_level or "") if definition else "",
            str(definition.scan_type or "") if definition else "",
            definition.title if definition else "",
        )
    return table


_risk_filters = with_options(
    click.option(
        "--status",
        multiple=True,
        type=click.Choice([s.value for s in RiskStatus]),
        help="OPEN or CLOSED (repeatable: any).",
    ),
    click.option(
        "--scan-type",
        multiple=True,
        type=click.Choice([t.value for t in ScanType]),
        help="Found by this scanner (repeatable).",
    ),
    click.option(
        "--threat-level",
        multiple=True,
        type=click.Choice([t.value for t in ThreatLevel]),
        help="LOW, MEDIUM or HIGH (repeatable).",
    ),
    click.option("--title", multiple=True, help="This risk title (repeatable)."),
)


@risks.command("list")
@click.option("--target-id", multiple=True, help="On this saved target (repeatable).")
@click.option("--tag", "tags", multiple=True, help="On targets with this tag (repeatable).")
@_risk_filters
@command_options
@click.pass_context
def list_risks(
    context: click.Context,
    target_id: tuple[str, ...],
    tags: tuple[str, ...],
    status: tuple[str, ...],
    scan_type: tuple[str, ...],
    threat_level: tuple[str, ...],
    title: tuple[str, ...],
    as_json: bool,
) -> None:
    """List risks matching every filter given (all pages)."""
    with hostedscan_client(context) as client:
        found = list(
            client.risks.list(
                target_id=many(target_id),
                tags=many(tags),
                status=many(status),
                scan_type=many(scan_type),
                threat_level=many(threat_level),
                title=many(title),
            )
        )
    emit(
        {"risks": [document(r) for r in found]},
        as_json=as_json,
        table=_risk_table(f"{len(found)} risks", found),
    )


@risks.command("get")
@click.argument("risk_id")
@command_options
@click.pass_context
def get_risk(context: click.Context, risk_id: str, as_json: bool) -> None:
    """Show a risk."""
    with hostedscan_client(context) as client:
        risk = client.risks.get(risk_id)
    emit(document(risk), as_json=as_json, table=_risk_table(f"risk {risk.id}", [risk]))


@risks.command("scan")
@click.argument("scan_id")
@command_options
@findings_options
@click.pass_context
def scan_risks(context: click.Context, scan_id: str, report: FindingsReport, as_json: bool) -> None:
    """A finished scan's risks: newly opened, still open, closed. With --format, -o, --fail-on
    or --summary, a findings report (SARIF, JSON lines, CSV, Markdown) and the CI gate (exit 5).
    Also `hostedscan scans risks`."""
    with hostedscan_client(context) as client:
        if report.requested:
            sys.exit(report.emit(risk_findings(client, scan_id), as_json=as_json))
        groups = client.scans.risks(scan_id)
    named = {"new_open": groups.new_open, "still_open": groups.still_open, "closed": groups.closed}
    if as_json:
        emit({k: [document(r) for r in v] for k, v in named.items()}, as_json=True)
        return
    for name, members in named.items():
        emit(None, as_json=False, table=_risk_table(f"{name}: {len(members)}", members))


# --- reports ------------------------------------------------------------------------------------


@hostedscan.group()
def reports() -> None:
    """Reports of risks, as PDF or HTML: create, download, or both at once."""


_report_options = with_options(
    click.option(
        "--format",
        "report_format",
        type=click.Choice([f.value for f in ReportFormat]),
        default="PDF",
        show_default=True,
        help="The report's format.",
    ),
    click.option("--target-id", multiple=True, help="Of this saved target (repeatable)."),
    click.option("--tag", "tags", multiple=True, help="Of targets with this tag (repeatable)."),
    _risk_filters,
)


def _report_arguments(
    report_format: str,
    target_id: tuple[str, ...],
    tags: tuple[str, ...],
    status: tuple[str, ...],
    scan_type: tuple[str, ...],
    threat_level: tuple[str, ...],
    title: tuple[str, ...],
) -> dict[str, Any]:
    return {
        "format": report_format,
        "target_ids": many(target_id),
        "tags": many(tags),
        "status": many(status),
        "scan_type": many(scan_type),
        "threat_level": many(threat_level),
        "title": many(title),
    }


@reports.command("create")
@_report_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Also download the report here (atomically).",
)
@command_options
@click.pass_context
def create_report(
    context: click.Context, /, output: str | None, as_json: bool, **options: Any
) -> None:
    """Generate a report of the risks selected; with -o, download it as well."""
    arguments = _report_arguments(**options)
    with hostedscan_client(context) as client:
        if output is None:
            report = client.reports.create(**arguments)
            emit({"id": report.id}, as_json=as_json, rows=[("report", report.id)])
            return
        path = client.reports.create_and_download(output, **arguments)
    size = path.stat().st_size
    emit(
        {"path": str(path), "bytes": size},
        as_json=as_json,
        rows=[("saved", str(path)), ("bytes", size)],
    )


@reports.command("download")
@click.argument("report_id")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="Where to write the file.",
)
@command_options
@click.pass_context
def download_report(context: click.Context, report_id: str, output: str, as_json: bool) -> None:
    """Download a report file (PDF or HTML), atomically."""
    with hostedscan_client(context) as client:
        path = client.reports.download(report_id, output)
    size = path.stat().st_size
    emit(
        {"report_id": report_id, "path": str(path), "bytes": size},
        as_json=as_json,
        rows=[("saved", str(path)), ("bytes", size)],
    )

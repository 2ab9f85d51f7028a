"""`scanclients hostedscan risks|reports ...`: risks (the findings) and reports of them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ... import HostedScan, findings
from ...findings import Finding
from ...types import ReportFormat, RiskStatus, ScanType, ThreatLevel
from ..app import command_options, with_options
from ..findings import FindingsReport, findings_options
from ..formats import FileFormats
from ..inputs import many
from ..options import output_option, takes_id
from ..output import PlainTable, emit, plain, show_saved, table_of
from .group import downloader, hostedscan_client

if TYPE_CHECKING:
    from ...types import Risk, Scan

__all__ = [
    "REPORT_FILES",
    "create_report",
    "download_report",
    "get_risk",
    "list_risks",
    "risk_findings",
    "scan_risks",
]

F = TypeVar("F", bound=Callable[..., Any])


def risk_findings(client: HostedScan, scan: Scan | str) -> Iterator[Finding]:
    """A finished scan's risks as findings: new, still open, then closed (each risk once)."""
    groups = client.scans.risks(scan)
    unique = {risk.id: risk for risk in (*groups.new_open, *groups.still_open, *groups.closed)}
    return findings.from_hostedscan_risks(unique.values())


def _risk_table(title: str, found: list[Risk]) -> PlainTable:
    rows = []
    for risk in found:
        definition = risk.risk_definition
        rows.append(
            (
                risk.id,
                risk.target or risk.target_id or "",
                str(risk.status or ""),
                str(definition.threat_level or "") if definition else "",
                str(definition.scan_type or "") if definition else "",
                definition.title if definition else "",
            )
        )
    return table_of(title, ("id", "target", "status", "threat", "scan type", "title"), rows)


def _choices(option: str, values: Iterable[Enum], help: str) -> Callable[[F], F]:
    return click.option(
        option, multiple=True, type=click.Choice([v.value for v in values]), help=help
    )


# The risks a `risks list` or a report selects: the same filters, given the same way.
_risk_filters = with_options(
    click.option("--target-id", multiple=True, help="On this saved target (repeatable)."),
    click.option("--tag", "tags", multiple=True, help="On targets with this tag (repeatable)."),
    _choices("--status", RiskStatus, "OPEN or CLOSED (repeatable: any)."),
    _choices("--scan-type", ScanType, "Found by this scanner (repeatable)."),
    _choices("--threat-level", ThreatLevel, "LOW, MEDIUM or HIGH (repeatable)."),
    click.option("--title", multiple=True, help="This risk title (repeatable)."),
)


def _selection(
    target_id: tuple[str, ...],
    tags: tuple[str, ...],
    status: tuple[str, ...],
    scan_type: tuple[str, ...],
    threat_level: tuple[str, ...],
    title: tuple[str, ...],
) -> dict[str, Any]:
    """The filters given, as the library's keyword arguments (one left out filters nothing)."""
    return {
        "tags": many(tags),
        "status": many(status),
        "scan_type": many(scan_type),
        "threat_level": many(threat_level),
        "title": many(title),
        "target_id": many(target_id),
    }


@click.command("list")
@_risk_filters
@command_options
@click.pass_context
def list_risks(context: click.Context, /, as_json: bool, **filters: Any) -> None:
    """List risks matching every filter given (all pages)."""
    with hostedscan_client(context) as client:
        found = list(client.risks.list(**_selection(**filters)))
    table = _risk_table(f"{len(found)} risks", found)
    emit([plain(r) for r in found], as_json=as_json, table=table)


@click.command("get")
@takes_id("risk_id")
def get_risk(context: click.Context, risk_id: str, as_json: bool) -> None:
    """Show a risk."""
    with hostedscan_client(context) as client:
        risk = client.risks.get(risk_id)
    emit(plain(risk), as_json=as_json, table=_risk_table(f"risk {risk.id}", [risk]))


@click.command("scan")
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
        emit({k: [plain(r) for r in v] for k, v in named.items()}, as_json=True)
        return
    # One table, the group its first column: off a terminal, one row a risk.
    rows = [
        (name, *row) for name, members in named.items() for row in _risk_table("", members).rows
    ]
    counts = ", ".join(f"{name}: {len(members)}" for name, members in named.items())
    columns = ("group", *_risk_table("", []).columns)
    emit(None, as_json=False, table=table_of(f"risks of scan {scan_id}: {counts}", columns, rows))


REPORT_FILES = FileFormats(
    tuple(f.value for f in ReportFormat), {".pdf": "PDF", ".html": "HTML", ".htm": "HTML"}
)


@click.command("create")
@click.option(
    "--format",
    "report_format",
    type=click.Choice(REPORT_FILES.choices, case_sensitive=False),
    help="The report's format (default: from -o's suffix, .pdf or .html; else PDF).",
)
@_risk_filters
@output_option("Also download the report here (atomically).")
@command_options
@click.pass_context
def create_report(
    context: click.Context,
    /,
    report_format: str | None,
    output: str | None,
    as_json: bool,
    **filters: Any,
) -> None:
    """Generate a report of the risks selected; with -o, download it as well."""
    report_format = REPORT_FILES.choose(report_format, output, default="PDF")  # before any request
    selection = _selection(**filters)
    selection["target_ids"] = selection.pop("target_id")  # the report's name for the same filter
    with hostedscan_client(context) as client:
        if output is None:
            report = client.reports.create(format=ReportFormat(report_format), **selection)
            emit({"id": report.id}, as_json=as_json, rows=[("report", report.id)])
            return
        path = client.reports.create_and_download(
            output, format=ReportFormat(report_format), **selection
        )
    show_saved(path, as_json)


download_report = downloader(
    "download",
    "report_id",
    lambda client, report_id, output: client.reports.download(report_id, output),
    "Download a report file (PDF or HTML), atomically.",
)

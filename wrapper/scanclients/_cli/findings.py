"""Findings on the command line: the shared report/gate options, and `scanclients findings convert`.

Any command that produces findings gets `--format`, `-o`, `--fail-on`, `--baseline`,
`--summary` and `--anchor` from one decorator, and ends with one line (then it is listed in `tree.py`):

    @click.command("findings")
    @click.argument("scan_id")
    @command_options
    @findings_options
    def scan_findings(scan_id: str, report: FindingsReport, as_json: bool) -> None:
        ...
        if report.requested:
            sys.exit(report.emit(findings.from_nuclei_records(pd.scans.findings(scan_id)), as_json=as_json))

`command_options` goes above, so that the errors of these options exit 2 as every usage error
does. The baseline is read and the -o and --summary directories are checked when the command
starts, before any request: a wrong path must not cost an hour of scanning. So is the format:
`--format`, else the `-o` suffix, else an error naming the choices.
"""

from __future__ import annotations

import collections
import functools
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from .. import __version__, findings
from ..errors import ValidationError
from ..findings import Anchor, Baseline, Finding, GateResult, GateTally, Severity, Summary
from .app import command_options, with_options
from .formats import FileFormats
from .output import counted

__all__ = [
    "EXIT_GATE",
    "FORMATS",
    "REPORTS",
    "FindingsReport",
    "convert",
    "findings_options",
    "format_for",
]

EXIT_GATE = findings.EXIT_GATE
FORMATS = ("sarif", "jsonl", "csv", "markdown", "gitlab", "html")
REPORTS = FileFormats(
    FORMATS,
    {
        ".sarif": "sarif",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".csv": "csv",
        ".md": "markdown",
        ".html": "html",
        ".htm": "html",
    },
)
_SHOWN = 20  # findings named on stderr when the gate trips; the report has them all

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class FindingsReport:
    """What the options asked for; `emit` writes the report, runs the gate, returns the exit code."""

    format: str | None = None
    output: str | None = None
    fail_on: Severity | None = None
    baseline: Baseline | None = None
    summary: str | None = None
    anchor: Anchor | None = None

    @property
    def requested(self) -> bool:
        """Whether any option was given: a command may print its own table when none was."""
        return any(v is not None for v in (self.format, self.output, self.fail_on, self.summary))

    def check_waiting(self, waiting: bool) -> None:
        """On `create`: a report or a gate needs --wait, as a scan's findings are only complete
        once it has ended. Called before the create, so that nothing is created for nothing."""
        if not waiting and (self.requested or self.baseline is not None):
            raise ValidationError(
                "--wait",
                "a findings report or gate (--format, -o, --fail-on, --baseline, --summary)"
                " needs --wait",
            )

    def chosen_format(self, *, as_json: bool = False) -> str:
        """--format; else the -o file's suffix; else JSON lines with --json; else Markdown."""
        return format_for(self.format, self.output, as_json=as_json)

    def emit(self, found: Iterable[Finding], *, as_json: bool = False) -> int:
        """Write the report (to -o, or stdout), append the summary, gate. 0, or 5 if it tripped.

        The findings stream through: the gate and the summary keep only what they show.
        """
        tally = GateTally(self.fail_on, self.baseline)
        summary = Summary(baseline=self.baseline)
        chosen = self.chosen_format(as_json=as_json)
        to_stdout = self.output in (None, "-")
        destination: Any = sys.stdout if to_stdout else self.output

        def observed() -> Iterator[Finding]:
            for finding in found:
                tally.add(finding)
                summary.add(finding)
                yield finding

        if chosen == "markdown":
            collections.deque(observed(), maxlen=0)  # the summary is written once all are seen
        elif chosen == "sarif":
            findings.to_sarif(observed(), destination, tool_version=__version__, anchor=self.anchor)
        elif chosen == "gitlab":
            findings.to_gitlab(observed(), destination, tool_version=__version__)
        elif chosen == "html":
            findings.to_html(observed(), destination)
        else:
            (findings.to_jsonl if chosen == "jsonl" else findings.to_csv)(observed(), destination)
        result = tally.result()
        shown_gate = result if self.fail_on is not None else None
        if chosen == "markdown":
            summary.write(destination, gate=shown_gate)
        if not to_stdout:
            click.echo(
                f"wrote {counted(tally.total, 'finding')} to {self.output} ({chosen})", err=True
            )
        if self.summary is not None:
            _append_summary(self.summary, summary.markdown(gate=shown_gate))
        if shown_gate is not None:
            _say_gate(shown_gate)
        return result.exit_code


def _append_summary(path: str, text: str) -> None:
    # Appended, not replaced: CI job summaries ($GITHUB_STEP_SUMMARY) collect several steps.
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text + "\n")
    except OSError as error:
        raise ValidationError("--summary", f"cannot write {path!r}: {error.strerror}") from None


def format_for(chosen: str | None, output: str | None, *, as_json: bool = False) -> str:
    """The report format, by the rule of every command (`formats`): --format; else the -o
    file's suffix; with no file, JSON lines with --json, else Markdown."""
    return REPORTS.choose(chosen, output, default="jsonl" if as_json else "markdown")


def _say_gate(result: GateResult) -> None:
    known = f" ({result.known_count} more already in the baseline)" if result.known_count else ""
    if result.passed:
        click.echo(
            f"gate passed: no new open finding at or above {result.fail_on}{known}", err=True
        )
        return
    click.echo(
        f"gate failed: {counted(result.tripped_count, 'new open finding')} at or above "
        f"{result.fail_on}{known}:",
        err=True,
    )
    for finding in result.tripped[:_SHOWN]:
        where = finding.location or finding.target or "-"
        click.echo(
            f"  {finding.severity.value:8} {finding.rule_id}  {where}  {finding.title}", err=True
        )
    if result.tripped_count > _SHOWN:
        click.echo(f"  ... and {result.tripped_count - _SHOWN} more (see the report)", err=True)


_report_options = with_options(
    click.option(
        "--format",
        "report_format",
        type=click.Choice(FORMATS, case_sensitive=False),
        help="Report format (default: from -o's suffix, else markdown; jsonl with --json).",
    ),
    click.option(
        "-o",
        "--output",
        metavar="FILE",
        help="Write the report to FILE, atomically (default: stdout).",
    ),
    click.option(
        "--fail-on",
        type=click.Choice([s.value for s in Severity], case_sensitive=False),
        help=f"Exit {EXIT_GATE} when an open finding at or above this severity is new.",
    ),
    click.option(
        "--baseline",
        metavar="FILE",
        type=click.Path(dir_okay=False),
        help="An earlier run's SARIF or JSON lines report: only findings not in it count.",
    ),
    click.option(
        "--summary",
        metavar="FILE",
        type=click.Path(dir_okay=False),
        help="Also append a Markdown summary to FILE (e.g. $GITHUB_STEP_SUMMARY).",
    ),
    click.option(
        "--anchor",
        metavar="FILE",
        type=click.Path(dir_okay=False),
        help="SARIF: place each finding at the line of FILE (the targets file, in the "
        "repository) that lists its target, so code scanning annotates it.",
    ),
)


def findings_options(function: F) -> F:
    """The report and gate options, handed to the command as one `report: FindingsReport`."""

    @_report_options
    @functools.wraps(function)
    def wrapper(
        *args: Any,
        report_format: str | None,
        output: str | None,
        fail_on: str | None,
        baseline: str | None,
        summary: str | None,
        anchor: str | None,
        **kwargs: Any,
    ) -> Any:
        for option, path in (("--output", output), ("--summary", summary)):
            _check_writable(option, path)
        chosen = report_format.lower() if report_format else None
        as_json = bool(kwargs.get("as_json"))
        if output not in (None, "-") or anchor is not None:
            chosen = format_for(chosen, output, as_json=as_json)
        if anchor is not None and chosen != "sarif":
            raise ValidationError("--anchor", f"places SARIF results; the report is {chosen}")
        report = FindingsReport(
            format=chosen,
            output=output,
            fail_on=Severity(fail_on.lower()) if fail_on else None,
            baseline=findings.load_baseline(baseline) if baseline is not None else None,
            summary=summary,
            anchor=findings.load_anchor(anchor) if anchor is not None else None,
        )
        return function(*args, report=report, **kwargs)

    return wrapper  # type: ignore[return-value]


def _check_writable(option: str, path: str | None) -> None:
    if path is None or path == "-":
        return
    target = Path(path)
    if target.is_dir():
        raise ValidationError(option, f"{path!r} is a directory; name the file")
    if not target.parent.is_dir():
        raise ValidationError(option, f"directory {str(target.parent)!r} does not exist")


@click.command()
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--service",
    default="pdcp",
    show_default=True,
    help="The service named in findings read from nuclei records.",
)
@command_options
@findings_options
def convert(source: str, service: str, report: FindingsReport, as_json: bool) -> None:
    """Turn SOURCE (- for stdin) into a report, and gate it.

    SOURCE holds nuclei results (`nuclei -jsonl` output, PDCP findings), HostedScan risks (a
    JSON array, a {"data": [...]} listing or JSON lines) or a JSON lines report of this command.
    """
    stream: Any = sys.stdin if source == "-" else source
    found = findings.read(stream, service=service)
    sys.exit(report.emit(found, as_json=as_json))

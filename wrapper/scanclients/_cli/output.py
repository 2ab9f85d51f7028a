"""How the command prints: one contract for every command.

- `--json`: one JSON document on stdout, the library's `to_dict()` of the result (a list is a JSON
  array); `--fields a,b` keeps only those keys (of each item of an array).
- A terminal: rich tables. Anything else (a pipe, a file): plain tab-separated rows, a header line
  first, whole values (never cut to the width). `--fields` picks columns by their header.
- `--quiet`: no table and no progress; errors and the exit code only (`--json` still prints).
- Text from a service is shown as sent, never read as rich markup. Progress goes to stderr.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .app import output_choice

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "PlainTable",
    "ShowProgress",
    "counted",
    "emit",
    "error_console",
    "plain",
    "print_table",
    "progress_bar",
    "show_saved",
    "stdout_console",
    "table_of",
]


# rich is imported only when something is drawn: a command run with --json never loads it.


def stdout_console() -> Console:
    from rich.console import Console

    # rich leaves colour out when stdout is not a terminal; NO_COLOR is honoured as well.
    return Console(no_color=bool(os.environ.get("NO_COLOR")), soft_wrap=True)


def error_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")), soft_wrap=True)


@dataclass(frozen=True)
class PlainTable:
    """A table for people: a title, a header, the rows (text as the service sent it)."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def emit(
    document: Any,
    *,
    as_json: bool,
    title: str = "",
    rows: list[tuple[str, Any]] | None = None,
    table: PlainTable | None = None,
) -> None:
    """Print `document` as JSON, or else the table (or key/value rows) made for people."""
    choice = output_choice()
    if as_json:
        picked = _pick(document, choice.fields)
        sys.stdout.write(json.dumps(picked, indent=2, sort_keys=True) + "\n")
        return
    if choice.quiet:
        return
    if table is None:
        pairs = tuple((key, "" if value is None else str(value)) for key, value in rows or [])
        table = PlainTable(title, (), pairs)
    print_table(table)


def print_table(table: PlainTable) -> None:
    """The table on stdout: drawn on a terminal, tab-separated rows elsewhere; `--fields` kept."""
    choice = output_choice()
    if choice.quiet:
        return
    columns, rows = table.columns, table.rows
    if choice.fields:
        if columns:
            keep = [n for n, column in enumerate(columns) if column in choice.fields]
            columns = tuple(columns[n] for n in keep)
            rows = tuple(tuple(row[n] for n in keep) for row in rows)
        else:  # key/value rows: the keys are the fields
            rows = tuple(row for row in rows if row and row[0] in choice.fields)
    console = stdout_console()
    if not console.is_terminal:
        lines = [columns] if columns else []
        sys.stdout.writelines("\t".join(_cell(c) for c in line) + "\n" for line in [*lines, *rows])
        return
    from rich.table import Table
    from rich.text import Text

    drawn = Table(title=Text(table.title) if table.title else None)
    if columns:
        for column in columns:
            drawn.add_column(Text(column))
    else:
        drawn = Table(title=drawn.title, show_header=False, box=None, pad_edge=False)
        drawn.add_column(style="bold")
        drawn.add_column()
    for row in rows:
        drawn.add_row(*(Text(cell) for cell in row))
    console.print(drawn)


def table_of(title: str, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> PlainTable:
    """A table for people: a title, a header, the rows."""
    return PlainTable(title, tuple(columns), tuple(tuple(str(c) for c in row) for row in rows))


def _cell(text: str) -> str:
    # One row a line, one value a cell: a tab or line break inside a value would split it.
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _pick(document: Any, fields: tuple[str, ...]) -> Any:
    if not fields:
        return document
    if isinstance(document, list):
        return [_pick(item, fields) for item in document]
    if isinstance(document, dict):
        return {key: value for key, value in document.items() if key in fields}
    return document


def plain(value: Any) -> Any:
    """A model as the JSON the command prints: a HostedScan (pydantic) model by the service's
    names, unset and null fields left out; a PDCP (attrs) model by `to_dict`; lists item by item."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", exclude_none=True, by_alias=True)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def show_saved(path: Path, as_json: bool, **ids: Any) -> None:
    """A file written: where, and how big (with --json, also the ids it was fetched by)."""
    size = path.stat().st_size
    emit(
        {**ids, "path": str(path), "bytes": size},
        as_json=as_json,
        rows=[("saved", str(path)), ("bytes", size)],
    )


def counted(number: int, noun: str) -> str:
    """`1 finding`, `2 findings`."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


class ShowProgress(Protocol):
    def __call__(self, done: float, state: str, line: str | None = None) -> None:
        """Move the bar to `done` showing `state`; off a terminal, print `line` (else `state`)."""


@contextmanager
def progress_bar(label: str, total: float) -> Iterator[ShowProgress]:
    """A live bar on stderr, drawn only on a terminal; off one, a line per change."""
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn
    from rich.text import Text

    console = error_console()
    quiet = output_choice().quiet
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[state]}"),
    )
    with Progress(
        *columns, console=console, transient=False, disable=quiet or not console.is_terminal
    ) as bar:
        task = bar.add_task(label, total=total, state="")

        def update(done: float, state: str, line: str | None = None) -> None:
            bar.update(task, completed=done, state=state)
            if not console.is_terminal and not quiet:
                console.print(Text(f"{label}: {line or state}"))

        yield update

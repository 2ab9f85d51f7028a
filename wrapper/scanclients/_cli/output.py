"""How the command prints: rich tables on a terminal, one JSON document with --json, progress
on stderr.

rich is imported only when a table or a bar is drawn: a command run with --json never loads it
(a table made with `table_of` is a plain description until rich renders it).
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

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

__all__ = [
    "ShowProgress",
    "TableOf",
    "counted",
    "emit",
    "error_console",
    "plain",
    "progress_bar",
    "show_saved",
    "stdout_console",
    "table_of",
]


def stdout_console() -> Console:
    from rich.console import Console

    # rich leaves colour out when stdout is not a terminal; NO_COLOR is honoured as well.
    return Console(no_color=bool(os.environ.get("NO_COLOR")), soft_wrap=True)


def error_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")), soft_wrap=True)


@dataclass(frozen=True)
class TableOf:
    """A table for people, drawn by rich when printed (rich reads `__rich__`)."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def __rich__(self) -> Table:
        from rich.table import Table

        table = Table(title=self.title)
        for column in self.columns:
            table.add_column(column)
        for row in self.rows:
            table.add_row(*row)
        return table


def emit(
    document: Any,
    *,
    as_json: bool,
    title: str = "",
    rows: list[tuple[str, Any]] | None = None,
    table: TableOf | None = None,
) -> None:
    """Print `document` as JSON, or else the table (or key/value rows) made for people."""
    if as_json:
        sys.stdout.write(json.dumps(document, indent=2, sort_keys=True) + "\n")
        return
    console = stdout_console()
    if table is not None:
        console.print(table)
        return
    from rich.table import Table

    shown = Table(title=title or None, show_header=False, box=None, pad_edge=False)
    shown.add_column(style="bold")
    shown.add_column()
    for key, value in rows or []:
        shown.add_row(key, "" if value is None else str(value))
    console.print(shown)


def table_of(title: str, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> TableOf:
    """A table for people: a title, a header, the rows (drawn by rich only if printed)."""
    return TableOf(title, tuple(columns), tuple(tuple(row) for row in rows))


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

    console = error_console()
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[state]}"),
    )
    with Progress(
        *columns, console=console, transient=False, disable=not console.is_terminal
    ) as bar:
        task = bar.add_task(label, total=total, state="")

        def update(done: float, state: str, line: str | None = None) -> None:
            bar.update(task, completed=done, state=state)
            if not console.is_terminal:
                console.print(f"{label}: {line or state}")

        yield update

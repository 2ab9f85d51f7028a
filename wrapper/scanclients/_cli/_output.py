"""How the command prints: rich tables on a terminal, one JSON document with --json."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

__all__ = ["emit", "error_console", "stdout_console"]


def stdout_console() -> Console:
    # rich leaves colour out when stdout is not a terminal; NO_COLOR is honoured as well.
    return Console(no_color=bool(os.environ.get("NO_COLOR")), soft_wrap=True)


def error_console() -> Console:
    return Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")), soft_wrap=True)


def emit(
    document: Any,
    *,
    as_json: bool,
    title: str = "",
    rows: list[tuple[str, Any]] | None = None,
    table: Table | None = None,
) -> None:
    """Print `document` as JSON, or else the table (or key/value rows) made for people."""
    if as_json:
        sys.stdout.write(json.dumps(document, indent=2, sort_keys=True) + "\n")
        return
    console = stdout_console()
    if table is not None:
        console.print(table)
        return
    shown = Table(title=title or None, show_header=False, box=None, pad_edge=False)
    shown.add_column(style="bold")
    shown.add_column()
    for key, value in rows or []:
        shown.add_row(key, "" if value is None else str(value))
    console.print(shown)

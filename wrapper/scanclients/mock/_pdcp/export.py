"""A mock PDCP scan's export (json, csv, pdf), made piece by piece as it is sent.

A scan of 600,000 findings is never held in memory, nor built in one go on the event loop: the
findings are generated in batches and each batch is one chunk of the answer (see `Reply.chunks`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from .._files import pdf

__all__ = ["BATCH", "export_chunks"]

BATCH = 500
"""Findings a chunk."""

_CSV_COLUMNS = ("template-id", "name", "severity", "host", "matched-at", "timestamp")


def export_chunks(
    kind: str, findings: Iterable[dict[str, Any]], title: Callable[[], str]
) -> Iterator[bytes]:
    """The export in `kind` (json: one array; csv: a header and a row a finding; pdf: a small
    document whose one line is `title()`)."""
    if kind == "pdf":
        yield pdf(title())
        return
    if kind == "csv":
        yield from _csv(findings)
        return
    yield b"["
    first = True
    for batch in _batches(findings):
        text = ",".join(json.dumps(finding) for finding in batch)
        yield (b"" if first else b",") + text.encode()
        first = False
    yield b"]"


def _csv(findings: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    yield _csv_rows([_CSV_COLUMNS])
    for batch in _batches(findings):
        rows = []
        for finding in batch:
            info = finding.get("info")
            info = info if isinstance(info, dict) else {}
            row = [finding.get("template-id"), info.get("name"), info.get("severity")]
            row += [finding.get("host"), finding.get("matched-at"), finding.get("timestamp")]
            rows.append(["" if value is None else value for value in row])
        yield _csv_rows(rows)


def _csv_rows(rows: Iterable[Iterable[Any]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def _batches(findings: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    source = iter(findings)
    while batch := list(islice(source, BATCH)):
        yield batch

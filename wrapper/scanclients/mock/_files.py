"""Small valid files of the types an API answers with: PDF, CSV, JSON, JSON lines, text, HTML.

The mock's exports and result downloads are built here: bytes a reader of that type opens.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Sequence
from typing import Any

__all__ = ["FILE_FORMATS", "pdf", "render_file"]

FILE_FORMATS = ("json", "jsonl", "csv", "pdf", "txt", "raw", "html")
"""Formats a query parameter (`type=csv`, `format=pdf`) can ask an export for."""


def render_file(kind: str, title: str, rows: Sequence[dict[str, Any]]) -> bytes:
    """`rows` (flat records) as a file of `kind`, one of FILE_FORMATS."""
    if kind == "json":
        return json.dumps(list(rows)).encode()
    if kind == "jsonl":
        return "".join(json.dumps(row) + "\n" for row in rows).encode()
    if kind == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue().encode()
    if kind == "pdf":
        return pdf(f"{title}: {len(rows)} record(s)")
    if kind == "html":
        items = "".join(f"<li>{html.escape(json.dumps(row))}</li>" for row in rows)
        return f"<!doctype html><html><head><title>{title}</title></head><body><ul>{items}</ul></body></html>".encode()
    return "".join(" ".join(str(v) for v in row.values()) + "\n" for row in rows).encode()


def pdf(text: str) -> bytes:
    """A one-page PDF 1.4 with `text` on it, cross-reference offsets computed, so readers open it."""
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 12 Tf 72 720 Td ({safe}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)

"""The result files a finished mock HostedScan scan offers: a small valid PDF, HTML and JSON."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["RESULT_KINDS", "render_result"]

RESULT_KINDS = {"pdf": "application/pdf", "html": "text/html", "json": "application/json"}


def render_result(kind: str, scan: dict[str, Any]) -> bytes:
    title = f"HostedScan {scan['type']} scan {scan['id']}"
    targets = scan.get("targets") or scan.get("target_ids") or []
    if kind == "pdf":
        return _pdf(f"{title}: {len(targets)} target(s), no risks found")
    if kind == "html":
        items = "".join(f"<li>{t}</li>" for t in targets)
        return (
            f"<!doctype html><html><head><title>{title}</title></head>"
            f"<body><h1>{title}</h1><ul>{items}</ul><p>No risks found.</p></body></html>"
        ).encode()
    return json.dumps(
        {"scan_id": scan["id"], "type": scan["type"], "targets": targets, "risks": []}
    ).encode()


def _pdf(text: str) -> bytes:
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

"""The result files a finished mock HostedScan scan offers: a small valid PDF, HTML and JSON."""

from __future__ import annotations

import json
from typing import Any

from ._files import pdf

__all__ = ["RESULT_KINDS", "render_result"]

RESULT_KINDS = {"pdf": "application/pdf", "html": "text/html", "json": "application/json"}


def render_result(kind: str, scan: dict[str, Any]) -> bytes:
    title = f"HostedScan {scan['type']} scan {scan['id']}"
    targets = scan.get("targets") or scan.get("target_ids") or []
    if kind == "pdf":
        return pdf(f"{title}: {len(targets)} target(s), no risks found")
    if kind == "html":
        items = "".join(f"<li>{t}</li>" for t in targets)
        return (
            f"<!doctype html><html><head><title>{title}</title></head>"
            f"<body><h1>{title}</h1><ul>{items}</ul><p>No risks found.</p></body></html>"
        ).encode()
    return json.dumps(
        {"scan_id": scan["id"], "type": scan["type"], "targets": targets, "risks": []}
    ).encode()

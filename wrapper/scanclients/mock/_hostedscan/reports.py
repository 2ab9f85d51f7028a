"""The mock HostedScan's reports: the risks a Create Report selects, rendered as PDF or HTML.

Selection follows the documented body: `targets_filter` by `target_ids` or `tag` (any of them),
`risks_filter` by the risk filter keys. The file is made when the report is created, so that a
report shows the risks as they were then, as a generated document would.
"""

from __future__ import annotations

import html
from collections import Counter
from typing import Any

from .._files import pdf as pdf_page
from .state import HostedScanState, matches

__all__ = ["CONTENT_TYPES", "render_report", "select_risks"]

CONTENT_TYPES = {"PDF": "application/pdf", "HTML": "text/html"}


def select_risks(state: HostedScanState, body: dict[str, Any]) -> list[dict[str, Any]]:
    targets_filter = body.get("targets_filter") or {}
    risks = state.risk_views(body.get("risks_filter") or {})
    if "target_ids" in targets_filter:
        risks = [r for r in risks if r["target_id"] in targets_filter["target_ids"]]
    if "tag" in targets_filter:
        risks = [r for r in risks if matches(r, {"tags": targets_filter["tag"]})]
    return risks


def render_report(report_id: str, report_format: str, risks: list[dict[str, Any]]) -> bytes:
    levels = Counter(r["risk_definition"].get("threat_level", "?") for r in risks)
    summary = ", ".join(f"{count} {level}" for level, count in sorted(levels.items()))
    title = f"HostedScan report {report_id}, risks found: {len(risks)}"
    if report_format == "PDF":
        return pdf_page(f"{title}{'; by threat level: ' + summary if summary else ''}")
    rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            *(
                html.escape(str(value))
                for value in (
                    r["target"],
                    r["risk_definition"]["title"],
                    r["risk_definition"].get("threat_level", ""),
                    r["status"],
                )
            )
        )
        for r in risks
    )
    return (
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
        f"<h1>{html.escape(title)}</h1><table><tr><th>target</th><th>risk</th>"
        f"<th>threat level</th><th>status</th></tr>{rows}</table></body></html>"
    ).encode()

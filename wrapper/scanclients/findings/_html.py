"""One self-contained HTML page of findings: a severity chart (inline SVG), filters by severity
and service, and each finding with its help. Inline CSS and script only; its Content Security
Policy forbids every fetch, so the page opens the same from a CI artifact, a mail or a laptop."""

from __future__ import annotations

import base64
import hashlib
import html
import tempfile
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime

from ._help import clean_text, definition_of, web_uri
from ._io import Destination, text_sink
from ._model import Finding, Severity

__all__ = ["to_html"]

COLORS = {
    Severity.CRITICAL: "#7f1d1d",
    Severity.HIGH: "#dc2626",
    Severity.MEDIUM: "#ea580c",
    Severity.LOW: "#ca8a04",
    Severity.INFO: "#64748b",
}

_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#0f172a;background:#fff}
h1{font-size:1.5rem;margin:0 0 .25rem}
.meta{color:#475569;margin:0 0 1rem}
fieldset{display:inline-block;border:1px solid #cbd5e1;border-radius:6px;margin:0 1rem 1rem 0}
label{margin-right:.75rem;white-space:nowrap}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #e2e8f0;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f5f9}
.sev{display:inline-block;min-width:4.5rem;color:#fff;border-radius:4px;padding:0 .4rem;
text-align:center;font-weight:600}
details p{margin:.4rem 0}
code{font-size:12px;color:#334155}
.closed td{color:#64748b}
"""

_SCRIPT = """
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-severity]"));
  var shown = document.getElementById("shown");
  function apply() {
    var on = {};
    boxes.forEach(function (box) { on[box.dataset.filter + ":" + box.value] = box.checked; });
    var count = 0;
    rows.forEach(function (row) {
      var visible = on["severity:" + row.dataset.severity] && on["service:" + row.dataset.service];
      row.hidden = !visible;
      if (visible) { count += 1; }
    });
    shown.textContent = String(count);
  }
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  apply();
  document.body.dataset.ready = "true";
})();
"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_SCRIPT.encode()).digest()).decode()
_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    f"script-src 'sha256-{_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'"
)


def to_html(
    findings: Iterable[Finding],
    destination: Destination,
    *,
    title: str = "Scan findings",
    now: datetime | None = None,
) -> int:
    """Write one HTML page of the findings, most severe first within the order they came: the
    chart of open findings by severity, filters by severity and service, and a row per finding
    whose details hold its help (description, remediation, references, definition).

    The rows are spooled to a temporary file while the counts are gathered (the chart comes
    first), so a report of any size is written at bounded memory. Returns the count.
    """
    counts: Counter[Severity] = Counter()
    services: Counter[str] = Counter()
    total = 0
    with tempfile.SpooledTemporaryFile(
        max_size=8 * 1024 * 1024, mode="w+", encoding="utf-8"
    ) as rows:
        for finding in findings:
            total += 1
            services[finding.service] += 1
            if finding.status == "open":
                counts[finding.severity] += 1
            rows.write(_row(finding))
        rows.seek(0)
        moment = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        with text_sink(destination) as write:
            write(_head(title, moment, total, counts, services))
            while chunk := rows.read(1 << 16):
                write(chunk)
            write(f"</tbody></table>\n<script>{_SCRIPT}</script>\n</body></html>\n")
    return total


def _head(
    title: str, moment: str, total: int, counts: Counter[Severity], services: Counter[str]
) -> str:
    name = _e(title)
    severity_boxes = "".join(
        f'<label><input type="checkbox" data-filter="severity" value="{s.value}" checked> '
        f"{s.value}</label>"
        for s in reversed(Severity)
    )
    service_boxes = "".join(
        f'<label><input type="checkbox" data-filter="service" value="{_e(service)}" checked> '
        f"{_e(service)} ({count})</label>"
        for service, count in sorted(services.items())
    )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{name}</title><style>{_STYLE}</style></head>\n<body>\n"
        f'<h1>{name}</h1>\n<p class="meta">{total} findings, '
        f"{sum(counts.values())} open; written {moment} by scanclients.</p>\n"
        f"{chart_svg(counts)}\n"
        f"<form><fieldset><legend>Severity</legend>{severity_boxes}</fieldset>"
        f"<fieldset><legend>Service</legend>{service_boxes}</fieldset></form>\n"
        f'<p><span id="shown">{total}</span> of {total} findings shown.</p>\n'
        "<table><thead><tr><th>severity</th><th>finding</th><th>location</th>"
        "<th>service</th><th>status</th></tr></thead><tbody>\n"
    )


def chart_svg(counts: Counter[Severity]) -> str:
    """A horizontal bar chart of open findings by severity, as inline SVG."""
    top = max(counts.values(), default=0) or 1
    bars = []
    for row, severity in enumerate(reversed(Severity)):
        y = 10 + row * 30
        width = round(300 * counts[severity] / top)
        bars.append(
            f'<text x="0" y="{y + 15}" font-size="13">{severity.value}</text>'
            f'<rect class="bar" data-severity="{severity.value}" x="80" y="{y}" '
            f'width="{max(width, 1)}" height="20" fill="{COLORS[severity]}"></rect>'
            f'<text x="{86 + width}" y="{y + 15}" font-size="13">{counts[severity]}</text>'
        )
    label = ", ".join(f"{s.value} {counts[s]}" for s in reversed(Severity))
    return (
        '<svg id="chart" role="img" width="440" height="165" viewBox="0 0 440 165" '
        f'xmlns="http://www.w3.org/2000/svg"><title>Open findings by severity: {label}</title>'
        f"{''.join(bars)}</svg>"
    )


def _row(finding: Finding) -> str:
    where = finding.location or finding.target or ""
    parts = [f"<p>{_e(finding.description or finding.title)}</p>"]
    if finding.remediation:
        parts.append(f"<p><b>Remediation</b>: {_e(finding.remediation)}</p>")
    links = [_link(reference) for reference in finding.references]
    if links:
        parts.append(
            "<p><b>References</b>:</p><ul>" + "".join(f"<li>{x}</li>" for x in links) + "</ul>"
        )
    definition, page = definition_of(finding)
    shown = _link(page, definition) if page else _e(definition)
    parts.append(f"<p><b>Definition</b>: {shown}</p>")
    parts.append(
        f"<p><code>rule {_e(finding.rule_id)} · fingerprint {finding.fingerprint[:16]}</code></p>"
    )
    status = "accepted" if finding.accepted else finding.status
    css = ' class="closed"' if finding.status == "closed" else ""
    return (
        f'<tr{css} data-severity="{finding.severity.value}" data-service="{_e(finding.service)}">'
        f'<td><span class="sev" style="background:{COLORS[finding.severity]}">'
        f"{finding.severity.value}</span></td>"
        f"<td><details><summary>{_e(finding.title)}</summary>{''.join(parts)}</details></td>"
        f"<td>{_e(where)}</td><td>{_e(finding.service)}</td><td>{status}</td></tr>\n"
    )


def _link(reference: str, text: str | None = None) -> str:
    uri = web_uri(reference)
    shown = _e(text if text is not None else reference)
    return f'<a href="{_e(uri)}" rel="noopener noreferrer">{shown}</a>' if uri else shown


def _e(text: str) -> str:
    return html.escape(clean_text(text), quote=True)

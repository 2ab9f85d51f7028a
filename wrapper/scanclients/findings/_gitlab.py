"""GitLab's DAST security report (`gl-dast-report.json`, schema 15.2.1), which GitLab's security
dashboard and merge-request widget read from a job's `artifacts:reports:dast`."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from .._version import __version__
from ._help import clean_text, help_of, web_uri
from ._io import Destination, text_sink
from ._model import Finding, Severity

__all__ = ["GITLAB_SCHEMA", "GITLAB_SCHEMA_VERSION", "to_gitlab"]

GITLAB_SCHEMA_VERSION = "15.2.1"
"""The newest DAST report schema GitLab's validator accepts (its supported range is 15.0.0-15.2.1)."""

GITLAB_SCHEMA = (
    "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/"
    f"v{GITLAB_SCHEMA_VERSION}/dist/dast-report-format.json"
)

_SEVERITIES = {
    Severity.INFO: "Info",
    Severity.LOW: "Low",
    Severity.MEDIUM: "Medium",
    Severity.HIGH: "High",
    Severity.CRITICAL: "Critical",
}
_SERVICES = {
    "pdcp": ("pdcp", "ProjectDiscovery Cloud Platform (nuclei)", "ProjectDiscovery"),
    "hostedscan": ("hostedscan", "HostedScan", "HostedScan"),
}
# The schema's limits on a vulnerability's texts (characters).
_NAME, _DESCRIPTION, _SOLUTION = 255, 1_048_576, 7_000
_SCANNED_MAX = 10_000  # distinct scanned resources listed; a report of any size stays bounded
_CVSS3 = re.compile(r"^CVSS:3[.][01]/(?:[A-Z]{1,3}:[A-Z]/)*[A-Z]{1,3}:[A-Z]$")
# The namespace of the vulnerability ids: the same finding gets the same UUID in every report.
_NAMESPACE = uuid.UUID("6f1c8e0a-3f53-5a4e-9a57-2f4b8f0f6e21")


def to_gitlab(
    findings: Iterable[Finding],
    destination: Destination,
    *,
    tool_version: str | None = None,
    now: datetime | None = None,
) -> int:
    """Write a GitLab DAST report: one vulnerability per open finding (closed ones are fixed and
    left out; accepted ones stay, to be dismissed in GitLab), streamed. Returns the number of
    vulnerabilities written.

    Each vulnerability's id is a UUID derived from the finding's fingerprint, so GitLab tracks it
    from pipeline to pipeline; its primary identifier is the rule (nuclei template or HostedScan
    risk definition), then its CVEs and CWEs. The scan's start is the earliest `first_seen`.
    """
    ended = (now or datetime.now(UTC)).astimezone(UTC)
    started: datetime | None = None
    services: dict[str, None] = {}
    scanned: dict[str, None] = {}
    count = 0
    with text_sink(destination) as write:
        write(f'{{"version": "{GITLAB_SCHEMA_VERSION}", "schema": {json.dumps(GITLAB_SCHEMA)}, ')
        write('"vulnerabilities": [')
        for finding in findings:
            services.setdefault(finding.service)
            if finding.target and len(scanned) < _SCANNED_MAX:
                scanned.setdefault(clean_text(finding.target))
            if finding.first_seen and (started is None or finding.first_seen < started):
                started = finding.first_seen
            if finding.status == "closed":
                continue
            count += 1
            text = json.dumps(_vulnerability(finding), ensure_ascii=False)
            write(f"{',' if count > 1 else ''}\n{text}")
        scan = _scan(services, scanned, started or ended, ended, tool_version or __version__)
        write(f'\n], "scan": {json.dumps(scan, ensure_ascii=False)}}}\n')
    return count


def _vulnerability(finding: Finding) -> dict[str, Any]:
    helped = help_of(finding)
    vulnerability: dict[str, Any] = {
        "id": str(uuid.uuid5(_NAMESPACE, finding.fingerprint)),
        "name": _cut(finding.title, _NAME),
        "description": _cut(helped.markdown, _DESCRIPTION),
        "severity": _SEVERITIES[finding.severity],
        "identifiers": _identifiers(finding),
        "location": _location(finding),
    }
    if finding.remediation:
        vulnerability["solution"] = _cut(finding.remediation, _SOLUTION)
    if finding.cvss_vector and _CVSS3.match(finding.cvss_vector.strip()):
        vector = finding.cvss_vector.strip()
        vulnerability["cvss_vectors"] = [{"vendor": _vendor(finding), "vector": vector}]
    links = [{"url": uri} for ref in finding.references if (uri := web_uri(ref))]
    if links:
        vulnerability["links"] = links
    return vulnerability


def _vendor(finding: Finding) -> str:
    return _SERVICES.get(finding.service, (finding.service, finding.service, "unknown"))[2]


def _identifiers(finding: Finding) -> list[dict[str, str]]:
    kind = "hostedscan_risk" if finding.service == "hostedscan" else "nuclei_template"
    rule = clean_text(finding.rule_id)
    primary: dict[str, str] = {"type": kind, "name": _cut(finding.title, _NAME), "value": rule}
    if uri := help_of(finding).uri:
        primary["url"] = uri
    identifiers = [primary]
    for cve in finding.cve_ids:
        identifiers.append(
            {
                "type": "cve",
                "name": cve,
                "value": cve,
                "url": f"https://nvd.nist.gov/vuln/detail/{cve}",
            }
        )
    for cwe in finding.cwe_ids:
        number = cwe.upper().removeprefix("CWE-")
        entry = {"type": "cwe", "name": f"CWE-{number}", "value": number}
        if number.isdigit():
            entry["url"] = f"https://cwe.mitre.org/data/definitions/{number}.html"
        identifiers.append(entry)
    return identifiers


def _location(finding: Finding) -> dict[str, str]:
    where = clean_text((finding.location or finding.target or "").strip())
    if not where:
        return {}
    try:
        parts = urlsplit(where if "://" in where else f"//{where}")
        port = parts.port
    except ValueError:
        return {"hostname": where}
    scheme = f"{parts.scheme}://" if parts.scheme else ""
    host = f"{scheme}{parts.hostname or ''}{f':{port}' if port else ''}"
    location = {"hostname": host}
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    if path:
        location["path"] = path
    return location


def _scan(
    services: dict[str, None],
    scanned: dict[str, None],
    started: datetime,
    ended: datetime,
    version: str,
) -> dict[str, Any]:
    if len(services) == 1:
        (service,) = services
        scanner_id, name, vendor = _SERVICES.get(service, (service, service, service))
    else:
        scanner_id, name, vendor = (
            "scanclients",
            "PDCP and HostedScan, via scanclients",
            "scanclients",
        )
    return {
        "analyzer": {
            "id": "scanclients",
            "name": "scanclients",
            "version": version,
            "vendor": {"name": "scanclients"},
        },
        "scanner": {"id": scanner_id, "name": name, "version": version, "vendor": {"name": vendor}},
        "type": "dast",
        "status": "success",
        "start_time": _time(min(started, ended)),
        "end_time": _time(ended),
        "scanned_resources": [{"method": "GET", "url": url, "type": "url"} for url in scanned],
    }


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _cut(text: str, limit: int) -> str:
    text = clean_text(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""SARIF 2.1.0 out (for GitHub code scanning and other dashboards), and fingerprints back in."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import quote, urlsplit

from ._io import Destination, text_sink
from ._model import FINGERPRINT_KEY, Finding, Severity

__all__ = ["LEVELS", "SECURITY_SEVERITY", "artifact_uri", "sarif_fingerprints", "to_sarif"]

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "2.0",
    Severity.INFO: "0.0",
}
"""GitHub ranks alerts by a rule's `security-severity` (9.0+ critical, 7.0-8.9 high, 4.0-6.9
medium, 0.1-3.9 low); each of our severities gets a number inside its band, info none."""

LEVELS = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}


def to_sarif(
    findings: Iterable[Finding],
    destination: Destination,
    *,
    tool_name: str = "scanclients",
    tool_version: str | None = None,
) -> int:
    """Write one SARIF 2.1.0 log: one rule per rule id, one result per finding, streamed (only
    the rules are held). Returns the number of results.

    Each result carries `partialFingerprints["scanclientsFinding/v1"]` (see `Finding.fingerprint`)
    so a dashboard keeps one alert per finding across runs. An accepted finding is written with
    an external, accepted suppression; a closed one as `kind: "pass"`, so it shows as fixed.
    """
    rules: dict[str, dict[str, Any]] = {}
    indexes: dict[str, int] = {}
    count = 0
    with text_sink(destination) as write:
        # Key order means nothing in JSON: the results come before the tool and its rules, so
        # each is written as its finding arrives and only the rules are held. One result a line.
        write(
            f'{{"$schema": {json.dumps(SARIF_SCHEMA)}, "version": "2.1.0", "runs": [{{"results": ['
        )
        for count, finding in enumerate(findings, start=1):
            result = json.dumps(_result(finding, rules, indexes), ensure_ascii=False)
            write(f"{',' if count > 1 else ''}\n{result}")
        driver: dict[str, Any] = {"name": tool_name, "rules": list(rules.values())}
        if tool_version:
            driver["version"] = tool_version
        write(f'\n], "tool": {json.dumps({"driver": driver}, ensure_ascii=False)}}}]}}\n')
    return count


def _result(
    finding: Finding, rules: dict[str, dict[str, Any]], indexes: dict[str, int]
) -> dict[str, Any]:
    rule = rules.get(finding.rule_id)
    if rule is None:
        rule = rules[finding.rule_id] = _rule(finding)
        indexes[finding.rule_id] = len(indexes)
    elif finding.severity > Severity(rule["properties"]["severity"]):
        # A rule ranks as its worst finding: one rule id can carry several severities.
        rule.update(_rule(finding))
    where = finding.location or finding.target or ""
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": indexes[finding.rule_id],
        "message": {"text": f"{finding.title} at {where}" if where else finding.title},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(where)}}}],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": _properties(finding),
    }
    if finding.status == "closed":
        result.update(kind="pass", level="none")
    else:
        result.update(kind="fail", level=LEVELS[finding.severity])
    if finding.accepted:
        result["suppressions"] = [{"kind": "external", "status": "accepted"}]
    return result


def _rule(finding: Finding) -> dict[str, Any]:
    help_text = "\n\n".join(
        part
        for part in (finding.remediation, "\n".join(finding.references) or None)
        if part is not None
    )
    tags = ["security", finding.service, *finding.cwe_ids]
    rule: dict[str, Any] = {
        "id": finding.rule_id,
        "shortDescription": {"text": finding.title},
        "fullDescription": {"text": finding.description or finding.title},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
        "properties": {
            "security-severity": SECURITY_SEVERITY[finding.severity],
            "severity": finding.severity.value,
            "tags": list(dict.fromkeys(tags)),
        },
    }
    if help_text:
        rule["help"] = {"text": help_text}
    web = [ref for ref in finding.references if ref.startswith(("https://", "http://"))]
    if web:
        rule["helpUri"] = web[0]
    return rule


def _properties(finding: Finding) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "severity": finding.severity.value,
        "service": finding.service,
        "status": finding.status,
    }
    optional = {
        "id": finding.id,
        "target": finding.target,
        "location": finding.location,
        "cvss-score": finding.cvss_score,
        "cvss-vector": finding.cvss_vector,
        "cve-ids": list(finding.cve_ids) or None,
        "first-seen": finding.first_seen.isoformat() if finding.first_seen else None,
        "last-seen": finding.last_seen.isoformat() if finding.last_seen else None,
    }
    properties.update({key: value for key, value in optional.items() if value is not None})
    return properties


def artifact_uri(location: str) -> str:
    """A repository-relative path standing for a scanned address, because code scanning accepts
    only paths: `https://a.example.com:8443/login?x=1` -> `a.example.com_8443/login`.

    The query and fragment are left out of the path; the full address stays in the result's
    message and its `location` property.
    """
    text = location.strip()
    parts = urlsplit(text if "://" in text else f"//{text}")
    host = parts.hostname or ""
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None:
        host = f"{host}_{port}"
    path = quote(f"{host}{parts.path}".strip("/"), safe="/._-~")
    return path or "unknown-location"


def sarif_fingerprints(log: Mapping[str, Any]) -> Iterator[str]:
    """The scanclients fingerprints of every result of every run of a SARIF log."""
    runs = log.get("runs")
    for run in runs if isinstance(runs, list) else []:
        results = run.get("results") if isinstance(run, Mapping) else None
        for result in results if isinstance(results, list) else []:
            prints = result.get("partialFingerprints") if isinstance(result, Mapping) else None
            value = prints.get(FINGERPRINT_KEY) if isinstance(prints, Mapping) else None
            if isinstance(value, str):
                yield value

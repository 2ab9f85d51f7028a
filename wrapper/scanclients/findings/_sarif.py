"""SARIF 2.1.0 out (for GitHub code scanning and other dashboards), and fingerprints back in."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import quote, urlsplit

from .._version import __version__
from ._anchor import Anchor, load_anchor
from ._help import SERVICE_URIS, clean_text, help_of, web_uri
from ._io import Destination, text_sink
from ._model import FINGERPRINT_KEY, Finding, Severity

__all__ = [
    "LEVELS",
    "LINE_HASH_KEY",
    "RESULTS_PER_RUN",
    "SECURITY_SEVERITY",
    "TAGS_PER_RULE",
    "artifact_uri",
    "sarif_fingerprints",
    "to_sarif",
]

LINE_HASH_KEY = "primaryLocationLineHash"
"""The `partialFingerprints` key GitHub code scanning tracks alerts by (here: from our fingerprint)."""

_SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")

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


RESULTS_PER_RUN = 25_000
"""GitHub code scanning reads at most 25,000 results a run: a longer log is split into runs."""

TAGS_PER_RULE = 20
"""GitHub code scanning keeps at most 20 tags a rule."""


def to_sarif(
    findings: Iterable[Finding],
    destination: Destination,
    *,
    tool_name: str = "scanclients",
    tool_version: str | None = None,
    anchor: Anchor | str | os.PathLike[str] | None = None,
    information_uri: str | None = None,
) -> int:
    """Write one SARIF 2.1.0 log: one rule per rule id, one result per finding, streamed (only
    the rules of the current run are held). Returns the number of results.

    Each rule has GitHub's required `help` (text and Markdown: description, remediation,
    references, the template or risk definition); each result a `region`, GitHub's
    `primaryLocationLineHash` and our `scanclientsFinding/v1` fingerprint (the first derived from
    the second, so both are stable across runs). With `anchor` (a targets file of the repository,
    or `load_anchor`'s result) a finding is placed at the line listing its target, so code scanning
    can annotate it; without, at line 1 of a path standing for its address (`artifact_uri`).
    An accepted finding carries an external, accepted suppression; a closed one is `kind: "pass"`.
    Past 25,000 results a new run begins (each run then has its own `automationDetails.id`).
    """
    where = load_anchor(anchor) if isinstance(anchor, str | os.PathLike) else anchor
    run = _Run(1)
    services: dict[str, None] = {}
    count = 0
    with text_sink(destination) as write:
        # Key order means nothing in JSON: the results come before the tool and its rules, so
        # each is written as its finding arrives and only the rules are held. One result a line.
        write(f'{{"$schema": {json.dumps(SARIF_SCHEMA)}, "version": "2.1.0", "runs": [')
        write('{"results": [')
        for finding in findings:
            count += 1
            if run.size == RESULTS_PER_RUN:
                write(run.close(_driver(tool_name, tool_version, information_uri, services), True))
                run = _Run(run.number + 1)
                write(',\n{"results": [')
            services.setdefault(finding.service)
            result = json.dumps(run.result(finding, where), ensure_ascii=False)
            write(f"{',' if run.size > 1 else ''}\n{result}")
        split = run.number > 1
        write(run.close(_driver(tool_name, tool_version, information_uri, services), split))
        write("]}\n")
    return count


class _Run:
    """The rules of one run, and how many results it holds."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.size = 0
        self.rules: dict[str, dict[str, Any]] = {}
        self.indexes: dict[str, int] = {}

    def result(self, finding: Finding, anchor: Anchor | None) -> dict[str, Any]:
        self.size += 1
        return _result(finding, self.rules, self.indexes, anchor)

    def close(self, driver: dict[str, Any], split: bool) -> str:
        tool = {"driver": {**driver, "rules": list(self.rules.values())}}
        extra = ""
        if split:
            details = {"id": f"scanclients/part-{self.number}/"}
            extra = f', "automationDetails": {json.dumps(details)}'
        return f'\n], "tool": {json.dumps(tool, ensure_ascii=False)}{extra}}}'


def _driver(
    name: str, version: str | None, information_uri: str | None, services: dict[str, None]
) -> dict[str, Any]:
    uri = web_uri(information_uri) if information_uri else None
    if uri is None:
        known = [SERVICE_URIS[s] for s in services if s in SERVICE_URIS]
        uri = known[0] if known else SERVICE_URIS["pdcp"]
    driver: dict[str, Any] = {"name": name, "informationUri": uri}
    version = version or __version__
    if version:
        driver["version"] = version
        if _SEMVER.match(version):
            driver["semanticVersion"] = version
    return driver


def _result(
    finding: Finding,
    rules: dict[str, dict[str, Any]],
    indexes: dict[str, int],
    anchor: Anchor | None,
) -> dict[str, Any]:
    rule = rules.get(finding.rule_id)
    if rule is None:
        rule = rules[finding.rule_id] = _rule(finding)
        indexes[finding.rule_id] = len(indexes)
    elif finding.severity > Severity(rule["properties"]["severity"]):
        # A rule ranks as its worst finding: one rule id can carry several severities.
        rule.update(_rule(finding))
    where = finding.location or finding.target or ""
    if anchor is not None:
        physical = {
            "artifactLocation": {"uri": anchor.uri},
            "region": {"startLine": anchor.line_of(finding)},
        }
    else:
        physical = {"artifactLocation": {"uri": artifact_uri(where)}, "region": {"startLine": 1}}
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": indexes[finding.rule_id],
        "message": {"text": f"{finding.title} at {where}" if where else finding.title},
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {
            LINE_HASH_KEY: f"{finding.fingerprint[:16]}:1",
            FINGERPRINT_KEY: finding.fingerprint,
        },
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
    helped = help_of(finding)
    tags = ["security", finding.service, *finding.cwe_ids, *finding.cve_ids]
    rule: dict[str, Any] = {
        "id": finding.rule_id,
        "shortDescription": {"text": finding.title},
        "fullDescription": {"text": finding.description or finding.title},
        "help": {"text": helped.text, "markdown": helped.markdown},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
        "properties": {
            "security-severity": SECURITY_SEVERITY[finding.severity],
            "severity": finding.severity.value,
            "tags": list(dict.fromkeys(tags))[:TAGS_PER_RULE],
        },
    }
    if helped.uri:
        rule["helpUri"] = helped.uri
    name = _rule_name(finding.rule_id)
    if name.lower() != finding.rule_id.lower():
        rule["name"] = name  # SARIF1001: a name identical to the id is left out
    return rule


def _rule_name(rule_id: str) -> str:
    """SARIF wants a rule's `name` to be an identifier-like word (SARIF2012): `CamelCase` of the id."""
    words = re.findall(r"[A-Za-z0-9]+", rule_id)
    name = "".join(word[:1].upper() + word[1:] for word in words) or "Finding"
    return name if name[0].isalpha() else f"Rule{name}"


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
    text = clean_text(location.strip())
    try:
        parts = urlsplit(text if "://" in text else f"//{text}")
        host = parts.hostname or ""
    except ValueError:  # not an address at all (`[`, an unclosed IPv6 bracket): the text itself
        return quote(text.strip("/"), safe="/._-~") or "unknown-location"
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

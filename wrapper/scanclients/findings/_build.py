"""Building `Finding`s from what the services hand out: nuclei results and HostedScan risks.

Lenient by design: services add and drop fields, and scanners leave optional ones out, so a
builder keeps what is there, leaves out what is not, and only refuses a record that is not a
JSON object. The record itself is kept whole in `Finding.raw`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from ..errors import ValidationError
from ._model import Finding, Severity, as_text, as_texts, parse_time

__all__ = [
    "from_hostedscan_risk",
    "from_hostedscan_risks",
    "from_nuclei",
    "from_nuclei_records",
    "from_records",
]

# PDCP's VulnStatusEnum: open, false_positive, fixed, duplicate, fix_in_progress, accepted_risk,
# triaged. `fixed` means gone; false_positive and accepted_risk mean the team decided it is not a
# problem (kept open, but the gate does not count it); every other value, known or new, is open.
_CLOSED_STATUSES = frozenset({"fixed"})
_ACCEPTED_STATUSES = frozenset({"false_positive", "accepted_risk"})

# HostedScan grades LOW/MEDIUM/HIGH and has no critical; its levels map onto the same names.
_HOSTEDSCAN_SEVERITIES = {"LOW": Severity.LOW, "MEDIUM": Severity.MEDIUM, "HIGH": Severity.HIGH}

_NUMBER = re.compile(r"\s*(\d{1,2}(?:\.\d+)?)\b")


def from_nuclei(record: Mapping[str, Any], *, service: str = "pdcp") -> Finding:
    """A finding from one nuclei result: a line of `nuclei -jsonl` output, a record of a PDCP
    scan's findings, or a PDCP result with the nuclei event under `event`.

    Both spellings are read (`template-id` and `template_id`, `matched-at` and `matched_at`), and
    the names of older nuclei (2.3: `templateID`, `matched`, `matcher_name`; before it:
    `template`). nuclei's `unknown` severity, or none, is `info`. PDCP's `vuln_status` `fixed` is closed;
    `false_positive` and `accepted_risk` are open but accepted (the gate does not count them).
    """
    outer = _mapping(record, "record")
    event = outer.get("event")
    if isinstance(event, list):
        event = next((item for item in event if isinstance(item, Mapping)), None)
    # A PDCP result carries the nuclei event inside it; its own fields (id, status, times) win.
    inner: Mapping[str, Any] = event if isinstance(event, Mapping) else outer
    info = _mapping_or_empty(inner.get("info")) or _mapping_or_empty(outer.get("info"))
    classification = _mapping_or_empty(info.get("classification"))

    def pick(*names: str) -> Any:
        for where in (inner, outer):
            for name in names:
                if where.get(name) not in (None, "", []):
                    return where[name]
        return None

    name = as_text(info.get("name")) or as_text(pick("name"))
    rule_id = as_text(pick("template-id", "template_id", "templateID", "template")) or name
    rule_id = rule_id or "unknown"
    status = (as_text(outer.get("vuln_status")) or "open").lower()
    cvss = classification.get("cvss-score", classification.get("cvss_score"))
    timestamp = pick("timestamp")
    return Finding(
        service=service,
        id=as_text(outer.get("vuln_id") or outer.get("id")),
        rule_id=rule_id,
        title=name or rule_id,
        severity=_nuclei_severity(info.get("severity") or pick("severity")),
        target=as_text(pick("host", "target")),
        location=as_text(pick("matched-at", "matched_at", "matched", "url", "host", "target")),
        description=as_text(info.get("description") or pick("description")),
        remediation=as_text(info.get("remediation") or pick("remediation")),
        references=as_texts(info.get("reference") or pick("reference")),
        cvss_score=_score(cvss),
        cvss_vector=as_text(
            classification.get("cvss-metrics") or classification.get("cvss_metrics")
        ),
        cve_ids=_upper(classification.get("cve-id") or classification.get("cve_id")),
        cwe_ids=_upper(classification.get("cwe-id") or classification.get("cwe_id")),
        status="closed" if status in _CLOSED_STATUSES else "open",
        accepted=status in _ACCEPTED_STATUSES,
        first_seen=parse_time(outer.get("created_at") or timestamp),
        last_seen=parse_time(outer.get("updated_at") or timestamp),
        # Two matchers of one template firing on one URL are two findings in nuclei.
        detail=as_text(pick("matcher-name", "matcher_name", "extractor-name", "extractor_name")),
        raw=outer,
    )


def from_hostedscan_risk(risk: Any) -> Finding:
    """A finding from a HostedScan risk: the generated `hostedscan_models.Risk` or a plain dict.

    The rule id is `SCAN_TYPE/title` (`OWASP_ZAP/Cross Site Scripting`); LOW, MEDIUM and HIGH
    map to low, medium and high (HostedScan has no critical); OPEN/CLOSED to open/closed; an
    accepted risk (`is_accepted`) stays open but the gate does not count it.
    """
    dump = getattr(risk, "model_dump", None)
    document = _mapping(dump(mode="json", exclude_none=True) if callable(dump) else risk, "risk")
    definition = _mapping_or_empty(document.get("risk_definition"))
    risk_id = as_text(document.get("id"))
    title = as_text(definition.get("title")) or f"HostedScan risk {risk_id or '(no id)'}"
    scan_type = as_text(definition.get("scan_type"))
    level = (as_text(definition.get("threat_level")) or "").upper()
    cvss = as_text(definition.get("cvss"))
    score = _score(cvss)
    target = as_text(document.get("target")) or as_text(document.get("target_id"))
    return Finding(
        service="hostedscan",
        id=risk_id,
        rule_id=f"{scan_type}/{title}" if scan_type else title,
        title=title,
        severity=_HOSTEDSCAN_SEVERITIES.get(level) or _nuclei_severity(level),
        target=target,
        location=target,
        description=as_text(definition.get("description")),
        remediation=as_text(definition.get("solution")),
        references=as_texts(definition.get("references")),
        cvss_score=score,
        cvss_vector=cvss if cvss and cvss.upper().startswith("CVSS:") else None,
        cve_ids=tuple(dict.fromkeys(re.findall(r"CVE-\d{4}-\d{4,}", title))),
        status="closed" if (as_text(document.get("status")) or "").upper() == "CLOSED" else "open",
        accepted=document.get("is_accepted") is True,
        # Get Risk documents the dates at the top level, List Risks inside risk_definition.
        first_seen=parse_time(
            document.get("first_detected_at") or definition.get("first_detected_at")
        ),
        last_seen=parse_time(
            document.get("last_detected_at") or definition.get("last_detected_at")
        ),
        raw=document,
    )


def from_nuclei_records(
    records: Iterable[Mapping[str, Any]], *, service: str = "pdcp"
) -> Iterator[Finding]:
    """`from_nuclei` over an iterable, lazily; a bad record's error names its position.

    A line of `nuclei -ms` output with `"matcher-status": false` (a template that ran and did not
    match) is not a finding and is skipped."""
    for position, record in enumerate(records):
        if not _non_match(record):
            yield _at(position, from_nuclei, record, service=service)


def from_hostedscan_risks(risks: Iterable[Any]) -> Iterator[Finding]:
    """`from_hostedscan_risk` over an iterable (a risk listing, a scan's risks), lazily."""
    for position, risk in enumerate(risks):
        yield _at(position, from_hostedscan_risk, risk)


def from_records(records: Iterable[Any], *, service: str = "pdcp") -> Iterator[Finding]:
    """Each record as what it looks like: a finding as `Finding.to_dict` writes it (it has
    `rule_id` and `fingerprint`), a HostedScan risk (it has `risk_definition`), or else a nuclei
    result. For files that may hold any of them, such as `scanclients findings convert` reads."""
    for position, record in enumerate(records):
        if isinstance(record, Mapping) and {"rule_id", "fingerprint"} <= record.keys():
            yield _at(position, Finding.from_dict, record)
        elif isinstance(record, Mapping) and "risk_definition" in record:
            yield _at(position, from_hostedscan_risk, record)
        elif not _non_match(record):
            yield _at(position, from_nuclei, record, service=service)


def _non_match(record: object) -> bool:
    """nuclei's own line for a request that matched nothing (`-ms`). Only nuclei's hyphenated key
    at the top level counts: a PDCP record says `matcher_status` and carries a status of its own
    (a `fixed` finding's event says `"matcher-status": false` too, and is still a finding)."""
    return isinstance(record, Mapping) and record.get("matcher-status") is False


def _at(position: int, build: Callable[..., Finding], *args: Any, **kwargs: Any) -> Finding:
    try:
        return build(*args, **kwargs)
    except ValidationError as error:
        raise ValidationError(f"records[{position}]", error.problem) from None


def _upper(value: object) -> tuple[str, ...]:
    """nuclei templates write `cve-2021-44228`; everyone else, and GitHub, `CVE-2021-44228`."""
    return tuple(text.upper() for text in as_texts(value))


def _nuclei_severity(value: object) -> Severity:
    text = value.strip().lower() if isinstance(value, str) else ""
    try:
        return Severity(text)
    except ValueError:
        return Severity.INFO


def _score(value: object) -> float | None:
    """A CVSS base score from a number or a text that starts with one (`"7.5"`, `"9.8 (...)"`)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if isinstance(value, int) and not -11 < value < 11:
            return None  # 10**400 would overflow float(); no score is that large
        score = float(value)
    elif isinstance(value, str) and (match := _NUMBER.match(value)):
        score = float(match.group(1))
    else:
        return None
    return score if 0.0 <= score <= 10.0 else None


def _mapping(value: object, name: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(name, f"expected a JSON object, got {type(value).__name__}")
    return value


def _mapping_or_empty(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}

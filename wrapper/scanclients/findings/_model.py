"""The one findings model both services map onto: `Finding`, its severity scale, its fingerprint."""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

from .._core.text import non_empty_string
from ..errors import ValidationError

__all__ = [
    "FINGERPRINT_KEY",
    "Finding",
    "Severity",
    "as_text",
    "as_texts",
    "fingerprint_of",
    "parse_severity",
    "parse_time",
]

FINGERPRINT_KEY = "scanclientsFinding/v1"
"""The key of the fingerprint in SARIF `partialFingerprints` (SARIF's `name/version` form)."""


class Severity(StrEnum):
    """One scale for both services, lowest first; members compare by rank (`HIGH > MEDIUM`)."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def __lt__(self, other: object) -> bool:
        if isinstance(other, Severity):
            return self.rank < other.rank
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, Severity):
            return self.rank <= other.rank
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, Severity):
            return self.rank > other.rank
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, Severity):
            return self.rank >= other.rank
        return NotImplemented


_RANKS = {severity: rank for rank, severity in enumerate(Severity)}


def parse_severity(value: object, *, field_name: str = "severity") -> Severity:
    """`"HIGH"`, `"high"`, `Severity.HIGH` -> `Severity.HIGH`; anything else is a ValidationError."""
    if isinstance(value, Severity):
        return value
    if isinstance(value, str):
        try:
            return Severity(value.strip().lower())
        except ValueError:
            pass
    choices = ", ".join(s.value for s in Severity)
    raise ValidationError(field_name, f"expected one of {choices}, got {value!r}")


def parse_time(value: object) -> datetime | None:
    """An ISO 8601 text (a trailing Z too) or Unix seconds/milliseconds; None when unreadable.

    Services write times several ways; a time that does not parse is left out of the model and
    stays in `raw`, rather than failing a whole report.
    """
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, int) and not isinstance(value, bool) and not -(10**15) < value < 10**15:
        return None  # past the year 33658 even in milliseconds; 10**400 would overflow float
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        try:
            seconds = value / 1000 if abs(value) >= 1e11 else value  # 1e11 s is the year 5138
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding of either service, on one scale. Build it with `findings.from_nuclei` or
    `findings.from_hostedscan_risk`; `raw` keeps the service's record as it came.

    `target` is what was scanned (a host, URL or IP); `location` is where the problem was
    matched (nuclei's matched-at; the target for HostedScan, which gives no finer location).
    """

    service: str
    rule_id: str
    title: str
    severity: Severity
    id: str | None = None
    target: str | None = None
    location: str | None = None
    description: str | None = None
    remediation: str | None = None
    references: tuple[str, ...] = ()
    cvss_score: float | None = None
    cvss_vector: str | None = None
    cve_ids: tuple[str, ...] = ()
    cwe_ids: tuple[str, ...] = ()
    status: Literal["open", "closed"] = "open"
    accepted: bool = False
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    detail: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Built by hand too: a severity given as text is taken, anything off the scale refused,
        # so every method can rely on the types.
        object.__setattr__(self, "severity", parse_severity(self.severity))
        for name in ("service", "rule_id", "title"):
            # Read from a service or a file, as it came: a lone surrogate is kept.
            non_empty_string(name, getattr(self, name), sent=False)
        if self.status not in ("open", "closed"):
            raise ValidationError("status", f"expected open or closed, got {self.status!r}")

    @property
    def fingerprint(self) -> str:
        """The same finding gets the same fingerprint in every run: see `fingerprint_of`."""
        return fingerprint_of(self.rule_id, self.location or self.target or "", self.detail or "")

    @property
    def gated(self) -> bool:
        """Whether the gate counts it: open and not accepted as a risk by the team."""
        return self.status == "open" and not self.accepted

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (times as ISO 8601 text), with `fingerprint`; inverse of `from_dict`."""
        document: dict[str, Any] = {}
        for name in _FIELDS:
            value = getattr(self, name)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, Severity):
                value = value.value
            elif name == "raw":
                value = dict(value)
            document[name] = value
        document["fingerprint"] = self.fingerprint
        return document

    @classmethod
    def from_dict(cls, document: Mapping[str, Any]) -> Finding:
        """Read back what `to_dict` wrote (a line of a JSON lines report)."""
        if not isinstance(document, Mapping):
            raise ValidationError(
                "finding", f"expected a JSON object, got {type(document).__name__}"
            )
        for required in ("service", "rule_id", "title", "severity"):
            if not isinstance(document.get(required), str):
                raise ValidationError(f"finding.{required}", "missing or not a string")
        status = document.get("status", "open")
        if status not in ("open", "closed"):
            raise ValidationError("finding.status", f"expected open or closed, got {status!r}")
        cvss = document.get("cvss_score")
        raw = document.get("raw")
        return cls(
            service=document["service"],
            rule_id=document["rule_id"],
            title=document["title"],
            severity=parse_severity(document["severity"], field_name="finding.severity"),
            id=as_text(document.get("id")),
            target=as_text(document.get("target")),
            location=as_text(document.get("location")),
            description=as_text(document.get("description")),
            remediation=as_text(document.get("remediation")),
            references=as_texts(document.get("references")),
            cvss_score=_score(cvss),
            cvss_vector=as_text(document.get("cvss_vector")),
            cve_ids=as_texts(document.get("cve_ids")),
            cwe_ids=as_texts(document.get("cwe_ids")),
            status=status,
            accepted=document.get("accepted") is True,
            first_seen=parse_time(document.get("first_seen")),
            last_seen=parse_time(document.get("last_seen")),
            detail=as_text(document.get("detail")),
            raw=raw if isinstance(raw, Mapping) else {},
        )


_FIELDS = tuple(name for name in Finding.__dataclass_fields__)


def _score(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, int) and not -11 < value < 11:
        return None  # 10**400 would overflow float(); no CVSS score is that large
    score = float(value)
    return score if math.isfinite(score) else None


def fingerprint_of(rule_id: str, location: str, detail: str) -> str:
    """sha256 of `v1`, the rule id, the location and the detail, NUL-separated, in hex.

    Only what the finding is and where it is: never an id, a time, a scan or the service's
    status, so a finding keeps its fingerprint across scans and between a local nuclei run and
    the same template run on PDCP. Leading and trailing blanks are ignored.
    """
    parts = ("v1", rule_id.strip(), location.strip(), detail.strip())
    # Hashed as every report writes it (a lone surrogate as U+FFFD), so that a finding read back
    # from a report, or a baseline, has the fingerprint it had when it was written.
    return hashlib.sha256(clean_text("\0".join(parts)).encode("utf-8")).hexdigest()


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """`text` with each lone surrogate (never valid in UTF-8 output) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def as_text(value: object) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


def as_texts(value: object) -> tuple[str, ...]:
    """A list of strings, a single string, or nothing: the shapes services use for lists."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        return ()
    return tuple(text for item in items if (text := as_text(item)) is not None)

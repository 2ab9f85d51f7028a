"""Which targets a PDCP scan will cover, under its `exclusions` patterns, worked out locally.

The rules are those of the PDCP spec's `exclusions` property:

- a plain pattern excludes the targets it matches: `*.staging.example.com`;
- a pattern with a leading `+` is an inclusion: `+prod-*.example.com`. As soon as one inclusion is
  present the scan runs in allowlist mode: a target must match an inclusion and no exclusion;
- a pattern is an exact domain, a wildcard pattern (`*` matches any run of characters, dots
  included), an IPv4 or IPv6 address, or a CIDR range.

A target may be a domain, a URL (its host is matched), an IP address or a CIDR range (matched when
it lies wholly inside a pattern's range). Domains match without regard to case or a trailing dot.

    >>> preview = scope.preview(
    ...     targets=["app.staging.example.com", "prod-1.example.com", "10.0.0.7"],
    ...     exclusions=["*.staging.example.com", "+prod-*.example.com"],
    ... )
    >>> preview.included
    ['prod-1.example.com']
    >>> preview.excluded["10.0.0.7"]
    'not in allowlist'
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .errors import ValidationError

__all__ = ["NOT_IN_ALLOWLIST", "Pattern", "ScopePreview", "parse_pattern", "preview"]

NOT_IN_ALLOWLIST = "not in allowlist"

_IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
_DOMAIN_PATTERN = re.compile(
    r"^[a-z0-9_*]([a-z0-9_*-]*[a-z0-9_*])?(\.[a-z0-9_*]([a-z0-9_*-]*[a-z0-9_*])?)*$"
)


@dataclass(frozen=True)
class Pattern:
    """One parsed `exclusions` entry."""

    text: str
    """The pattern as written, `+` included."""
    inclusion: bool
    network: _IPNetwork | None
    """The address or range of an IP or CIDR pattern; None for a domain or wildcard pattern."""
    _regex: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def matches(self, target: str) -> bool:
        host, network = _target_parts(target)
        if self.network is not None:
            return (
                network is not None
                and network.version == self.network.version
                and network.subnet_of(self.network)  # type: ignore[arg-type]
            )
        return self._regex is not None and self._regex.fullmatch(host) is not None


@dataclass(frozen=True)
class ScopePreview:
    """The outcome of `preview`: which targets a scan covers, and why the others are left out."""

    included: list[str]
    excluded: dict[str, str]
    """Each target left out, with the reason: the pattern that excluded it, or "not in allowlist"."""
    allowlist_mode: bool


def parse_pattern(text: str, *, field_name: str = "exclusions") -> Pattern:
    """Parse one pattern; a malformed one raises `ValidationError` naming it and the problem."""
    if not isinstance(text, str):
        raise ValidationError(field_name, f"a pattern must be a string, got {type(text).__name__}")
    inclusion = text.startswith("+")
    body = text[1:] if inclusion else text
    if not body.strip():
        problem = "a bare '+' includes nothing" if inclusion else "empty pattern"
        raise ValidationError(field_name, f"{problem} ({text!r})")
    if body != body.strip() or any(ch.isspace() for ch in body):
        raise ValidationError(field_name, f"pattern {text!r} contains white space")
    if "/" in body or _looks_like_ip(body):
        try:
            network = ipaddress.ip_network(body, strict=False)
        except ValueError as error:
            raise ValidationError(
                field_name, f"pattern {text!r} is not a valid IP address or CIDR range: {error}"
            ) from None
        return Pattern(text, inclusion, network)
    domain = body.lower().rstrip(".")
    if not _DOMAIN_PATTERN.match(domain):
        raise ValidationError(
            field_name,
            f"pattern {text!r} is not a domain, wildcard, IP address or CIDR range",
        )
    regex = re.compile(".*".join(re.escape(part) for part in domain.split("*")))
    return Pattern(text, inclusion, None, regex)


def parse_patterns(patterns: Iterable[str], *, field_name: str = "exclusions") -> list[Pattern]:
    if isinstance(patterns, str):
        raise ValidationError(field_name, "expected a list of patterns, got a single string")
    return [parse_pattern(p, field_name=f"{field_name}[{i}]") for i, p in enumerate(patterns)]


def preview(*, targets: Iterable[str], exclusions: Iterable[str]) -> ScopePreview:
    """Split `targets` into those a scan with these `exclusions` covers and those it leaves out.

    Any iterable of strings will do (a list, a set, a generator: consumed once).
    """
    patterns = parse_patterns(exclusions)
    if isinstance(targets, str):
        raise ValidationError("targets", "expected a list of targets, got a single string")
    targets = list(targets)
    for index, target in enumerate(targets):
        if not isinstance(target, str) or not target.strip():
            raise ValidationError(
                f"targets[{index}]", f"expected a non-empty string, got {target!r}"
            )
    inclusions = [p for p in patterns if p.inclusion]
    exclusion_patterns = [p for p in patterns if not p.inclusion]
    included: list[str] = []
    excluded: dict[str, str] = {}
    for target in targets:
        excluding = next((p for p in exclusion_patterns if p.matches(target)), None)
        if excluding is not None:
            excluded[target] = excluding.text
        elif inclusions and not any(p.matches(target) for p in inclusions):
            excluded[target] = NOT_IN_ALLOWLIST
        else:
            included.append(target)
    return ScopePreview(included=included, excluded=excluded, allowlist_mode=bool(inclusions))


def _looks_like_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return ":" in text and "*" not in text  # a malformed IPv6 address, not a domain
    return True


def _target_parts(target: str) -> tuple[str, _IPNetwork | None]:
    """The host text of a target (for domain patterns) and its address or range (for IP ones)."""
    text = target.strip()
    if "://" in text:
        host = urlsplit(text).hostname or ""
    else:
        try:
            return text, ipaddress.ip_network(text, strict=False)
        except ValueError:
            host = text.rsplit(":", 1)[0] if text.count(":") == 1 else text
            host = host.split("/", 1)[0]
    host = host.strip("[]").lower().rstrip(".")
    try:
        return host, ipaddress.ip_network(host)
    except ValueError:
        return host, None

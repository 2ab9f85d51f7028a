"""Which targets a PDCP scan will cover, under its `exclusions` patterns, worked out locally.

The rules are those of the PDCP spec's `exclusions` property:

- a plain pattern excludes the targets it matches: `*.staging.example.com`;
- a pattern with a leading `+` is an inclusion: `+prod-*.example.com`. As soon as one inclusion is
  present the scan runs in allowlist mode: a target must match an inclusion and no exclusion;
- a pattern is an exact domain, a wildcard pattern (`*` matches any run of characters, dots
  included), an IPv4 or IPv6 address, or a CIDR range.

A target may be a domain, a URL (its host is matched), an IP address or a CIDR range (matched when
it lies wholly inside a pattern's range). Domains match without regard to case or a trailing dot.

Matching takes linear time (no regular expression, so no backtracking) and each target is parsed
once, whatever the number of patterns.

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
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ._core.text import non_empty_strings
from .errors import ValidationError

__all__ = [
    "NOT_IN_ALLOWLIST",
    "Pattern",
    "ScopePreview",
    "parse_pattern",
    "parse_patterns",
    "preview",
]

NOT_IN_ALLOWLIST = "not in allowlist"

_IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
_LABEL_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_*-")


@dataclass(frozen=True)
class Pattern:
    """One parsed `exclusions` entry."""

    text: str
    """The pattern as written, `+` included."""
    inclusion: bool
    network: _IPNetwork | None
    """The address or range of an IP or CIDR pattern; None for a domain or wildcard pattern."""
    _parts: tuple[str, ...] = field(default=(), repr=False, compare=False)
    """A domain pattern split at its `*`s: ("", ".staging.example.com") for "*.staging..."."""

    def matches(self, target: str) -> bool:
        return self._matches(*_target_parts(target))

    def _matches(self, host: str, network: _IPNetwork | None) -> bool:
        if self.network is not None:
            return (
                network is not None
                and network.version == self.network.version
                and network.subnet_of(self.network)  # type: ignore[arg-type]
            )
        return _wildcard_match(self._parts, host)


def _wildcard_match(parts: tuple[str, ...], host: str) -> bool:
    """`*` matches any run of characters. Leftmost-first search of each fixed part is exact for
    such patterns and looks at each character of `host` a bounded number of times per part."""
    if len(parts) == 1:
        return host == parts[0]
    first, last = parts[0], parts[-1]
    if len(host) < len(first) + len(last) or not host.startswith(first):
        return False
    if not host.endswith(last):
        return False
    position, end = len(first), len(host) - len(last)
    for middle in parts[1:-1]:
        found = host.find(middle, position, end)
        if found < 0:
            return False
        position = found + len(middle)
    return True


def _is_domain_pattern(domain: str) -> bool:
    for label in domain.split("."):
        if not label or label[0] == "-" or label[-1] == "-":
            return False
        if not _LABEL_CHARACTERS.issuperset(label):
            return False
    return True


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
    if not _is_domain_pattern(domain):
        raise ValidationError(
            field_name,
            f"pattern {text!r} is not a domain, wildcard, IP address or CIDR range",
        )
    return Pattern(text, inclusion, None, tuple(domain.split("*")))


def parse_patterns(patterns: Iterable[str], *, field_name: str = "exclusions") -> list[Pattern]:
    """Parse a list of patterns; the first malformed one raises, named by its index."""
    if isinstance(patterns, str):
        raise ValidationError(field_name, "expected a list of patterns, got a single string")
    if not isinstance(patterns, Iterable):
        raise ValidationError(
            field_name, f"expected a list of patterns, got {type(patterns).__name__}"
        )
    return [parse_pattern(p, field_name=f"{field_name}[{i}]") for i, p in enumerate(patterns)]


class _Matcher:
    """Patterns in their order; exact domains looked up in a dict instead of tried one by one."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self._exact: dict[str, tuple[int, Pattern]] = {}
        self._others: list[tuple[int, Pattern]] = []
        for index, pattern in enumerate(patterns):
            if pattern.network is None and len(pattern._parts) == 1:
                self._exact.setdefault(pattern._parts[0], (index, pattern))
            else:
                self._others.append((index, pattern))

    def first(self, host: str, network: _IPNetwork | None) -> Pattern | None:
        """The first pattern, in the order given, that matches."""
        exact = self._exact.get(host)
        for index, pattern in self._others:
            if exact is not None and index > exact[0]:
                break
            if pattern._matches(host, network):
                return pattern
        return exact[1] if exact is not None else None


def preview(*, targets: Iterable[str], exclusions: Iterable[str]) -> ScopePreview:
    """Split `targets` into those a scan with these `exclusions` covers and those it leaves out.

    Any iterable of strings will do (a list, a set, a generator: consumed once).
    """
    patterns = parse_patterns(exclusions)
    if isinstance(targets, str):
        raise ValidationError("targets", "expected a list of targets, got a single string")
    if not isinstance(targets, Iterable):
        raise ValidationError(
            "targets", f"expected a list of targets, got {type(targets).__name__}"
        )
    # Matched here and never sent: any text will do, lone surrogates included.
    targets = non_empty_strings("targets", targets, sent=False)
    inclusions = _Matcher([p for p in patterns if p.inclusion])
    exclusion_patterns = _Matcher([p for p in patterns if not p.inclusion])
    allowlist_mode = any(p.inclusion for p in patterns)
    included: list[str] = []
    excluded: dict[str, str] = {}
    for target in targets:
        parts = _target_parts(target)  # once per target, whatever the number of patterns
        excluding = exclusion_patterns.first(*parts)
        if excluding is not None:
            excluded[target] = excluding.text
        elif allowlist_mode and inclusions.first(*parts) is None:
            excluded[target] = NOT_IN_ALLOWLIST
        else:
            included.append(target)
    return ScopePreview(included=included, excluded=excluded, allowlist_mode=allowlist_mode)


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

"""The escape hatches every method takes (`extra_headers`, `extra_query`, `extra_body`, `timeout`).

They reach what the spec does not describe yet, and they are merged last: one value per name, the
escape hatch's. A header replaces the client's own of the same name whatever its case
(`extra_headers={"X-API-Key": ...}` sends that key and not the client's), a query parameter
replaces the method's (`extra_query={"limit": 7}` sends `limit=7` once), a body field replaces the
method's. Everything is checked when the call is made, before any I/O, and a value that cannot be
sent is a `ValidationError` naming it (`extra_headers.X-Trace`, `extra_query.q`, `extra_body.a[1]`):
a header that is not printable ASCII text, query text with a lone surrogate, a float JSON cannot
carry (NaN, Infinity: `json.dumps` would write invalid JSON).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import httpx

from ..errors import ValidationError
from .text import check_text

__all__ = ["Extras", "merge_headers", "merge_query"]

# RFC 9110 token characters: what a header name may be made of.
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Framing is the body's to say: a second length would make the request ambiguous on the wire.
_FRAMING = frozenset({"content-length", "transfer-encoding", "host"})

QueryValue = str | int | float | bool


class Extras:
    """The escape hatches of one call, checked: merged last, they reach what the spec lacks."""

    __slots__ = ("body", "headers", "query", "timeout")

    def __init__(
        self,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        self.headers: dict[str, str] = _headers(_mapping("extra_headers", extra_headers))
        self.query: dict[str, list[QueryValue]] = _query(_mapping("extra_query", extra_query))
        self.body: dict[str, Any] = _mapping("extra_body", extra_body)
        _check_json("extra_body", self.body)
        self.timeout = timeout


def merge_headers(base: Iterable[tuple[str, str]], extra: Mapping[str, str]) -> dict[str, str]:
    """`base` with every name `extra` gives replaced by it, names compared case-insensitively."""
    given = {name.lower() for name in extra}
    merged = {name: value for name, value in base if name.lower() not in given}
    merged.update(extra)
    return merged


def merge_query(
    base: Iterable[tuple[str, Any]], extra: Mapping[str, Sequence[QueryValue]]
) -> list[tuple[str, Any]]:
    """`base` without the names `extra` gives, then `extra`'s values (a list is repeated)."""
    merged = [(name, value) for name, value in base if name not in extra]
    merged.extend((name, value) for name, values in extra.items() for value in values)
    return merged


def _mapping(name: str, value: Mapping[str, Any] | None) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValidationError(name, f"expected a mapping, got {type(value).__name__}")
    for key in value:
        if not isinstance(key, str) or not key:
            raise ValidationError(name, f"expected text names, got {key!r}")
        check_text(f"{name}[{key!r}]", key)
    return dict(value)


def _headers(given: dict[str, Any]) -> dict[str, str]:
    for name, value in given.items():
        where = f"extra_headers.{name}"
        if not all(char in _TOKEN for char in name):
            raise ValidationError("extra_headers", f"{name!r} is not a header name")
        if name.lower() in _FRAMING:
            raise ValidationError(where, "is set from the request itself and cannot be replaced")
        if not isinstance(value, str):
            raise ValidationError(where, f"expected a string, got {type(value).__name__}")
        # Printable ASCII (and spaces, tabs inside): what every HTTP stack sends unchanged.
        if not all(" " <= char < "\x7f" or char == "\t" for char in value):
            raise ValidationError(
                where, "has control or non-ASCII characters, which a header cannot carry"
            )
    return given


def _query(given: dict[str, Any]) -> dict[str, list[QueryValue]]:
    checked: dict[str, list[QueryValue]] = {}
    for name, value in given.items():
        repeated = isinstance(value, list | tuple)
        values = list(value) if repeated else [value]
        for index, item in enumerate(values):
            where = f"extra_query.{name}" + (f"[{index}]" if repeated else "")
            if isinstance(item, str):
                check_text(where, item)
            elif isinstance(item, float) and not math.isfinite(item):
                raise ValidationError(where, f"{item!r} is not a number a query can carry")
            elif not isinstance(item, int | float):
                raise ValidationError(
                    where, f"expected text, a number or a bool, got {type(item).__name__}"
                )
        checked[name] = values
    return checked


def _check_json(where: str, value: Any) -> None:
    """Every string sendable as UTF-8 and every float finite, found without recursion."""
    stack: list[tuple[str, Any]] = [(where, value)]
    while stack:
        name, item = stack.pop()
        if isinstance(item, str):
            check_text(name, item)
        elif isinstance(item, float) and not math.isfinite(item):
            raise ValidationError(name, f"{item!r} cannot be sent as JSON")
        elif isinstance(item, Mapping):
            for key, child in item.items():
                stack.append((f"{name}.{key}", key))
                stack.append((f"{name}.{key}", child))
        elif isinstance(item, list | tuple):
            stack.extend((f"{name}[{index}]", child) for index, child in enumerate(item))

"""Text checks and extraction that run in linear time whatever the input (no regex backtracking).

The checks of a caller's text are written here once: `non_empty_string` and `non_empty_strings`
(every "expected a non-empty string" of the wrapper), `check_text` (a lone surrogate),
`check_sendable` (JSON that can be sent: no lone surrogate, no NaN or Infinity, at any depth,
without recursion) and `check_header` (a header name and a value HTTP carries unchanged); and
`scan_id_of`, the id of a scan given as itself (`ScanRef`) or as its id.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from ..errors import ValidationError

__all__ = [
    "ScanRef",
    "check_header",
    "check_sendable",
    "check_text",
    "message_of_page",
    "non_empty_string",
    "non_empty_strings",
    "scan_id_of",
]

_PAGE_PREFIX = 64 * 1024  # an error page's message is at its start
# RFC 9110 token characters: what a header name may be made of.
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def check_text(name: str, value: str) -> str:
    """`value` if UTF-8 can encode it; a lone surrogate is a `ValidationError` naming `name`."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            name, "contains a lone surrogate, which is not text that can be sent"
        ) from None
    return value


def check_sendable(where: str, value: Any, *, bare_keys: bool = False) -> None:
    """Find the first string UTF-8 cannot encode, or a float JSON cannot carry (NaN, Infinity:
    `json.dumps` would write invalid JSON), and name it: `where.key[2]`, or `key[2]` for the top
    level's keys when `bare_keys`. Iterative, so any depth is checked without a RecursionError."""
    stack: list[tuple[str, Any]] = [(where, value)]
    while stack:
        name, item = stack.pop()
        if isinstance(item, str):
            check_text(name, item)
        elif isinstance(item, float) and not math.isfinite(item):
            raise ValidationError(name, f"{item!r} cannot be sent as JSON")
        elif isinstance(item, Mapping):
            for key, child in item.items():
                label = str(key) if bare_keys and name == where else f"{name}.{key}"
                stack.append((label, key))
                stack.append((label, child))
        elif isinstance(item, list | tuple):
            stack.extend((f"{name}[{index}]", child) for index, child in enumerate(item))


def check_header(where: str, name: object, value: object) -> None:
    """A header `name: value` every HTTP stack sends unchanged, else a `ValidationError`:
    a token for the name, printable ASCII (spaces and tabs inside) for the value."""
    if not isinstance(name, str) or not name or not all(char in _TOKEN for char in name):
        raise ValidationError(where, f"{name!r} is not a header name")
    if not isinstance(value, str):
        raise ValidationError(f"{where}.{name}", f"expected a string, got {type(value).__name__}")
    if not all(" " <= char < "\x7f" or char == "\t" for char in value):
        raise ValidationError(
            f"{where}.{name}", "has control or non-ASCII characters, which a header cannot carry"
        )


def non_empty_string(name: str, value: object, *, sent: bool = True, what: str = "string") -> str:
    """`value` if it is a string with more than white space in it, else a `ValidationError`
    naming `name` (`target: expected a non-empty string, got ''`; `what="id"`: "a non-empty id").

    `sent=True` (text that goes over the wire) also refuses a lone surrogate (`check_text`);
    text that is only kept or compared locally passes `sent=False`.
    """
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(name, f"expected a non-empty {what}, got {value!r}")
    return check_text(name, value) if sent else value


def non_empty_strings(name: str, values: Iterable[object], *, sent: bool = True) -> list[str]:
    """Each of `values` checked by `non_empty_string` and named by its index (`targets[2]`), as a
    list; an iterator is consumed once. Whether `values` may be a list at all is the caller's
    to say (a lone string or a mapping is refused with the caller's own words)."""
    return [
        non_empty_string(f"{name}[{index}]", value, sent=sent) for index, value in enumerate(values)
    ]


def message_of_page(page: str, status: int, reason: str) -> str:
    """The words of an HTML (or text) error page without the status said again: its <title>, then
    the rest of its text in parentheses ("502 Bad Gateway ... nginx" on a 502: "Bad Gateway
    (nginx)")."""
    page = page[:_PAGE_PREFIX]
    title = _without_status(_title(page), status)
    words = _without_status(_words(page), status)
    if not title:
        return reason if words.lower() == f"{status} {reason}".lower() else words
    rest = words[len(title) :].strip() if words.lower().startswith(title.lower()) else ""
    return f"{title} ({rest})" if rest and rest.lower() != title.lower() else title


def _without_status(text: str, status: int) -> str:
    for prefix in (f"{status} - ", f"{status}: ", f"{status} "):
        if text.startswith(prefix):
            return text[len(prefix) :].strip()
    return text


def _title(page: str) -> str:
    lower = page.lower()
    start = lower.find("<title")
    if start < 0:
        return ""
    opened = lower.find(">", start)
    closed = lower.find("</title", opened + 1)
    if opened < 0 or closed < 0:
        return ""
    return " ".join(html.unescape(page[opened + 1 : closed]).split())


def _words(page: str) -> str:
    """The page without its tags; each character is looked at a bounded number of times."""
    parts: list[str] = []
    position = 0
    while position < len(page):
        opening = page.find("<", position)
        if opening < 0:
            parts.append(page[position:])
            break
        parts.append(page[position:opening])
        closing = page.find(">", opening + 1)
        if closing < 0:  # no tag closes any more: the rest is text
            parts.append(page[opening:])
            break
        parts.append(" ")
        position = closing + 1
    return " ".join(html.unescape("".join(parts)).split())


class _HasId(Protocol):
    @property
    def id(self) -> object: ...


class _HasScanId(Protocol):
    @property
    def scan_id(self) -> object: ...


ScanRef = str | _HasId | _HasScanId
"""A scan as the methods that follow one take it: its id, or any scan object with an `id` (a
created scan, a HostedScan `Scan`) or a `scan_id` (a PDCP `ScanStatusItem`)."""


def scan_id_of(name: str, scan: object) -> str:
    """The id of `scan` (a `ScanRef`), checked as `non_empty_string` checks an id; anything else
    is a `ValidationError` naming `name`, before any request."""
    if not isinstance(scan, str):
        found = getattr(scan, "id", None)
        scan = found if isinstance(found, str) else getattr(scan, "scan_id", scan)
    return non_empty_string(name, scan, what="id")

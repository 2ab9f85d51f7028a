"""Text checks and extraction that run in linear time whatever the input (no regex backtracking)."""

from __future__ import annotations

import html

from .errors import ValidationError

__all__ = ["check_text", "message_of_page"]

_PAGE_PREFIX = 64 * 1024  # an error page's message is at its start


def check_text(name: str, value: str) -> str:
    """`value` if UTF-8 can encode it; a lone surrogate is a `ValidationError` naming `name`."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            name, "contains a lone surrogate, which is not text that can be sent"
        ) from None
    return value


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

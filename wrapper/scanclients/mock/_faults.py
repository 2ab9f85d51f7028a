"""Faults the mock service injects on purpose, for testing retry and error handling.

Chosen per request with the header `X-Mock-Fault: KIND`, or for every request with `--fault KIND`:

| KIND                    | what the client gets                                              |
| ----------------------- | ----------------------------------------------------------------- |
| `rate-limit[:SECONDS]`  | 429 with `Retry-After: SECONDS` (default 1); nothing is done       |
| `unavailable`           | 503 with a JSON body; nothing is done                             |
| `server-error`          | 500 with a JSON error body, after the work was done               |
| `bad-gateway`           | 502 with an HTML page, after the work was done                    |
| `invalid-json`          | 200 whose body is not valid JSON, after the work was done         |
| `xml`                   | 200 with an XML body, after the work was done                     |
| `slow[:SECONDS]`        | the normal answer, SECONDS late (default 2)                       |
| `disconnect`            | the connection closed before any answer, after the work was done  |
| `truncated`             | the normal answer with its body cut short                          |
| `fail-first:N:KIND`     | KIND for the first N such requests, then normal answers            |

"After the work was done" means a create did store its scan: the case where a client cannot know
whether its scan exists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ._handler import Reply

__all__ = ["FAULT_HEADER", "KINDS", "Fault", "faulted_reply", "parse_fault"]

FAULT_HEADER = "x-mock-fault"

KINDS = (
    "rate-limit",
    "unavailable",
    "server-error",
    "bad-gateway",
    "invalid-json",
    "xml",
    "slow",
    "disconnect",
    "truncated",
)
_BEFORE_WORK = ("rate-limit", "unavailable")


@dataclass(frozen=True)
class Fault:
    kind: str
    seconds: float = 0.0
    first: int | None = None
    """With fail-first: how many requests fail before the others succeed."""
    text: str = ""

    @property
    def before_work(self) -> bool:
        """The service refuses before acting (a create stores nothing)."""
        return self.kind in _BEFORE_WORK


def parse_fault(text: str) -> Fault:
    """Parse a fault name as above; a ValueError names what is wrong."""
    parts = text.strip().split(":")
    first: int | None = None
    if parts[0] == "fail-first":
        if len(parts) < 3 or not parts[1].isdigit():
            raise ValueError(f"fault {text!r}: expected fail-first:N:KIND")
        first, parts = int(parts[1]), parts[2:]
    kind, arguments = parts[0], parts[1:]
    if kind not in KINDS:
        raise ValueError(f"unknown fault {kind!r}; known: {', '.join(KINDS)}, fail-first:N:KIND")
    seconds = {"rate-limit": 1.0, "slow": 2.0}.get(kind, 0.0)
    if arguments:
        if kind not in ("rate-limit", "slow") or len(arguments) != 1:
            raise ValueError(f"fault {text!r}: only rate-limit and slow take a number of seconds")
        try:
            seconds = float(arguments[0])
        except ValueError:
            raise ValueError(f"fault {text!r}: {arguments[0]!r} is not a number") from None
    return Fault(kind=kind, seconds=seconds, first=first, text=text.strip())


def faulted_reply(fault: Fault, done: Reply | None, error: Callable[[int, str], Reply]) -> Reply:
    """What the client gets (the table above): `done` is the normal answer, None when the fault
    strikes before the work; `error` builds the API's own error answer."""
    reply = _broken(fault, done, error)
    reply.faulted = True
    return reply


def _broken(fault: Fault, done: Reply | None, error: Callable[[int, str], Reply]) -> Reply:
    if fault.kind == "rate-limit":
        reply = error(429, "rate limit exceeded")
        reply.headers.append(("retry-after", f"{fault.seconds:g}"))
        return reply
    if fault.kind == "unavailable":
        return error(503, "service unavailable")
    if fault.kind == "server-error":
        return error(500, "internal server error")
    if fault.kind == "bad-gateway":
        page = b"<html><head><title>502 Bad Gateway</title></head><body>bad gateway</body></html>"
        return Reply(502, page, "text/html")
    if fault.kind == "invalid-json":
        return Reply(200, b'{"id": "unfinished', "application/json")
    if fault.kind == "xml":
        return Reply(200, b"<scan><message>created</message></scan>", "application/xml")
    assert done is not None
    done.cut = fault.kind  # disconnect or truncated
    return done

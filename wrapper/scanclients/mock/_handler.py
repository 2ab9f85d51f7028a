"""What a mock handler gets and gives: a `Call` in, a `Reply` out; a `Route` binds it to a path.

Plain data, free of the server underneath: handlers are tested and reused without starlette.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Call", "Handler", "Reply", "Route"]


@dataclass
class Call:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    params: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    """"" for an answer without content: then no Content-Type is sent."""
    headers: list[tuple[str, str]] = field(default_factory=list)
    cut: str | None = None
    """"disconnect" (no answer at all) or "truncated" (the body cut short)."""
    faulted: bool = False
    """Broken on purpose: not checked against the spec."""
    chunks: Iterable[bytes] | None = None
    """A body too large to build at once (a large export): made and sent piece by piece, with
    no Content-Length; `body` stays empty."""

    @classmethod
    def empty(cls, status: int) -> Reply:
        """An answer the spec gives no content: an empty body, and no Content-Type claiming one."""
        return cls(status, b"", "")

    @classmethod
    def json(cls, status: int, document: Any, **extra: Any) -> Reply:
        return cls(status, json.dumps(document).encode(), **extra)


Handler = Callable[[Call], Awaitable[Reply]]


@dataclass(frozen=True)
class Route:
    method: str
    pattern: str
    handler: Handler

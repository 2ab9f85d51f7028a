"""What a request may send the mock: a bounded body, and JSON that can be read at all."""

from __future__ import annotations

import json

from starlette.requests import Request

__all__ = ["MAX_REQUEST_BODY", "bounded_body", "unreadable_json"]

MAX_REQUEST_BODY = 16 * 1024 * 1024
"""A request body larger than this is answered 413 without being read whole."""


async def bounded_body(request: Request) -> bytes | None:
    """The request body, or None when it is larger than `MAX_REQUEST_BODY` (read no further)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and len(declared) < 20 and int(declared) > MAX_REQUEST_BODY:
        return None
    parts: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_REQUEST_BODY:
            return None
        parts.append(chunk)
    return b"".join(parts)


def unreadable_json(headers: dict[str, str], body: bytes) -> str | None:
    """Why a JSON request body cannot be read (not UTF-8, not JSON, nested too deeply), or None."""
    media_type = headers.get("content-type", "").split(";")[0].strip().lower()
    if not body or not (media_type == "application/json" or media_type.endswith("+json")):
        return None
    try:
        json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        return "the request body is not UTF-8"
    except RecursionError:
        return "the request body is nested too deeply"
    except ValueError as error:
        return f"the request body is not valid JSON: {error}"
    return None

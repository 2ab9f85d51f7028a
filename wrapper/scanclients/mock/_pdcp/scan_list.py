"""`GET /v1/scans` of the mock PDCP: the scans the store holds, filtered, sorted and paged.

The query as PDCP documents it: `search` (in the name or the id, any case), `status` (one status
or several, comma-separated; a value no scan has matches none, as the service's own filter does:
the spec types it a plain string, so it is not refused), `is_internal` (mock scans are never
internal), `sort_asc`/`sort_desc` (comma-separated fields of a scan; default: newest first),
`offset` and `limit` (no limit: every scan), and the envelope's totals set to match.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

__all__ = ["scan_page"]


def scan_page(views: Sequence[dict[str, Any]], query: list[tuple[str, str]]) -> dict[str, Any]:
    """The answer's envelope for `views` (the store's scans, oldest first) under `query`."""
    asked = dict(query)
    # Ties (`created_at` is to the second) keep the order of creation, in the asked direction.
    held = [(number, view) for number, view in enumerate(views) if _matches(view, asked)]
    held.reverse()
    for field in reversed(_fields(asked.get("sort_desc"))):
        held.sort(key=lambda item: (_key(item[1], field), item[0]), reverse=True)
    for field in reversed(_fields(asked.get("sort_asc"))):
        held.sort(key=lambda item: (_key(item[1], field), item[0]))
    chosen = [view for _, view in held]
    offset = max(0, _whole(asked.get("offset")) or 0)
    limit = _whole(asked.get("limit"))
    limit = limit if limit is not None and limit > 0 else None
    page = chosen[offset : offset + limit] if limit else chosen[offset:]
    total = len(chosen)
    return {
        "message": "ok",
        "data": page,
        "result_count": len(page),
        "total_results": total,
        "current_page": offset // limit + 1 if limit else 1,
        "total_pages": math.ceil(total / limit) if limit else (1 if total else 0),
    }


def _matches(view: dict[str, Any], asked: dict[str, str]) -> bool:
    search = (asked.get("search") or "").strip().lower()
    if search and search not in view["name"].lower() and search not in view["scan_id"]:
        return False
    statuses = _fields(asked.get("status"))
    if statuses and view["status"] not in statuses:
        return False
    return asked.get("is_internal", "false").lower() != "true"


def _fields(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _key(view: dict[str, Any], field: str) -> tuple[int, Any]:
    value = view.get(field)
    if isinstance(value, bool) or value is None:
        return (0, str(value))
    if isinstance(value, int | float):
        return (1, value)
    return (2, str(value))


def _whole(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None

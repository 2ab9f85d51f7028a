"""PDCP's error shape (ErrorResponse), which the service app and the scan store both answer."""

from __future__ import annotations

import uuid
from typing import Any

__all__ = ["error_body"]


def error_body(status: int, message: str, param: str | None) -> dict[str, Any]:
    """PDCP's ErrorResponse."""
    kinds = {400: "invalid_request", 401: "unauthorized", 404: "not_found", 429: "rate_limited"}
    body: dict[str, Any] = {
        "message": message,
        "kind": kinds.get(status, "server_error"),
        "code": str(status),
        "error": message,
        "error_id": uuid.uuid4().hex[:12],
        "status": status,
    }
    if param:
        body["param"] = param
    return body

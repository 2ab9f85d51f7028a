"""The mock PDCP service: `POST /v1/scans`."""

from __future__ import annotations

import threading
import uuid
from typing import Any

from scanclients._generated import pdcp_client

from ._contract import Contract
from ._service import Call, Reply, Route, ServiceApp, Settings

__all__ = ["PDCPMock"]


class PDCPMock:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.scans: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self.app = ServiceApp(
            name="PDCP",
            contract=Contract(pdcp_client),
            key_header="X-API-Key",
            settings=settings,
            routes=[Route("POST", "/v1/scans", self._create)],
            error_body=_error_body,
        )

    def reset(self) -> None:
        with self._lock:
            self.scans.clear()
        self.app.reset()

    async def _create(self, call: Call) -> Reply:
        body = call.json() or {}
        scan_id = uuid.uuid4().hex
        targets = body.get("targets", [])
        limit = self.settings.max_targets
        truncated = max(0, len(targets) - limit) if limit is not None else 0
        with self._lock:
            self.scans[scan_id] = {"request": body, "team_id": call.headers.get("x-team-id")}
        return Reply.json(
            200,
            {"id": scan_id, "message": "scan created", "truncated-scan-targets": truncated},
        )


def _error_body(status: int, message: str, param: str | None) -> dict[str, Any]:
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

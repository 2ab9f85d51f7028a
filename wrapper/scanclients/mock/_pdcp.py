"""The mock PDCP service: every operation of its spec (see `_answers`); creating a scan stores it.

Stateful behaviour is a handler registered under its operationId in `handlers()`; every other
operation gets the generic, schema-built answer.
"""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pdcp_client

from ._answers import Answers, Handler
from ._contract import Contract
from ._service import Call, Reply, ServiceApp, Settings

__all__ = ["PDCPMock"]


class PDCPMock:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.scans: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        contract = Contract(settings.pdcp_spec or pdcp_client)
        self.answers = Answers(contract.document, self.handlers())
        self.app = ServiceApp(
            name="PDCP",
            contract=contract,
            key_header="X-API-Key",
            settings=settings,
            routes=self.answers.routes(),
            error_body=_error_body,
        )

    def handlers(self) -> dict[str, Handler]:
        """The operations answered by hand, by operationId: those that keep state."""
        return {"post-v1-scans": self._create}

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

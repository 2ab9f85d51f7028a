"""The mock HostedScan service: create, get and list scans, and download their result files.

A scan is QUEUED for the first tenth of `scan_seconds`, then RUNNING with its progress rising,
then SUCCEEDED with three result files, or FAILED when a target contains `fail.invalid`.
"""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

from scanclients._generated import hostedscan_models

from ._contract import Contract
from ._results import RESULT_KINDS, render_result
from ._service import Call, Reply, Route, ServiceApp, Settings

__all__ = ["HostedScanMock"]

FAILING_TARGET = "fail.invalid"


class HostedScanMock:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.scans: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self.app = ServiceApp(
            name="HostedScan",
            contract=Contract(hostedscan_models),
            key_header="X-HOSTEDSCAN-API-KEY",
            settings=settings,
            routes=[
                Route("POST", "/v1/scans", self._create),
                Route("GET", "/v1/scans", self._list),
                Route("GET", "/v1/scans/{id}", self._get),
                Route("GET", "/v1/results/{id}", self._result),
            ],
            error_body=lambda status, message, param: {"message": message, "status": status},
        )

    def reset(self) -> None:
        with self._lock:
            self.scans.clear()
        self.app.reset()

    async def _create(self, call: Call) -> Reply:
        body = call.json()
        scan = {
            "id": uuid.uuid4().hex,
            "type": body["type"],
            "targets": body.get("targets", []),
            "target_ids": body.get("target_ids", []),
            "created": time.monotonic(),
        }
        with self._lock:
            self.scans[scan["id"]] = scan
        return Reply.json(200, {"data": self._view(scan)})

    async def _get(self, call: Call) -> Reply:
        scan = self.scans.get(call.params["id"])
        if scan is None:
            return self._not_found(f"no scan {call.params['id']}")
        return Reply.json(200, {"data": self._view(scan)})

    async def _list(self, call: Call) -> Reply:
        token = dict(call.query).get("page_token") or "0"
        if not (token.isascii() and token.isdigit()) or len(token) > 12:
            return Reply.json(400, {"message": f"invalid page_token {token!r}", "status": 400})
        start, size = int(token), self.settings.page_size
        with self._lock:
            scans = list(self.scans.values())
        page: dict[str, Any] = {"data": [self._view(s) for s in scans[start : start + size]]}
        if start + size < len(scans):
            page["next_page_token"] = str(start + size)
        return Reply.json(200, page)

    async def _result(self, call: Call) -> Reply:
        scan_id, _, kind = call.params["id"].rpartition("-")
        scan = self.scans.get(scan_id)
        if scan is None or kind not in RESULT_KINDS or self._state(scan)[0] != "SUCCEEDED":
            return self._not_found(f"no result {call.params['id']}")
        return Reply(200, render_result(kind, scan), RESULT_KINDS[kind])

    def _not_found(self, message: str) -> Reply:
        return Reply.json(404, {"message": message, "status": 404})

    def _state(self, scan: dict[str, Any]) -> tuple[str, int]:
        total = self.settings.scan_seconds
        elapsed = time.monotonic() - scan["created"]
        if elapsed >= total:
            failed = any(FAILING_TARGET in t for t in scan["targets"])
            return ("FAILED" if failed else "SUCCEEDED"), 100
        if elapsed < total / 10:
            return "QUEUED", 0
        return "RUNNING", min(99, int(elapsed / total * 100))

    def _view(self, scan: dict[str, Any]) -> dict[str, Any]:
        state, progress = self._state(scan)
        view: dict[str, Any] = {
            "id": scan["id"],
            "type": scan["type"],
            "state": state,
            "progress": progress,
            "results": [],
            "requested_targets": [
                {"target_id": f"t{i}", "target": t} for i, t in enumerate(scan["targets"])
            ]
            + [{"target_id": t} for t in scan["target_ids"]],
            "resolved_targets": [],
            "skipped_targets": [],
        }
        if state == "SUCCEEDED":
            view["results"] = [
                {"result_id": f"{scan['id']}-{kind}", "content_type": content_type}
                for kind, content_type in RESULT_KINDS.items()
            ]
            view["risks"] = {"new_open": [], "still_open": [], "closed": []}
        if state in ("SUCCEEDED", "FAILED"):
            view["resolved_targets"] = [
                {"target_id": f"t{i}", "resolved_target": t} for i, t in enumerate(scan["targets"])
            ]
        return view

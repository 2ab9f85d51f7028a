"""The mock HostedScan service: scans and their result files; targets, risks and reports
(`_hostedscan.resources`), all over one state (`_hostedscan.state`).

A scan is QUEUED for the first tenth of `scan_seconds`, then RUNNING with its progress rising,
then SUCCEEDED with three result files, or FAILED when a target contains `fail.invalid`. When it
succeeds, its findings open and close risks on its targets (`_hostedscan.findings`); a target
given by name is saved if it is not yet. `use_authentication` needs a Selenium recording on
every target. Every scan here is scheduled by `API`.
"""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

from scanclients._generated import hostedscan_models

from .._app import ServiceApp
from .._contract import Contract
from .._handler import Call, Reply, Route
from .._lifecycle import phase
from .._results import RESULT_KINDS, render_result
from .._settings import Settings
from .resources import HostedScanResources, error, filters_of, page
from .state import HostedScanState, matches

__all__ = ["HostedScanMock"]

SCHEDULED_BY = "API"
_STATES = {"queued": "QUEUED", "running": "RUNNING", "finished": "SUCCEEDED", "failed": "FAILED"}


class HostedScanMock:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.scans: dict[str, dict[str, Any]] = {}
        self.state = HostedScanState()
        self.resources = HostedScanResources(
            self.state, page_size=lambda: self.settings.page_size, settle=self.settle
        )
        self._pending: list[dict[str, Any]] = []
        """Scans whose findings are not applied yet, oldest first."""
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
                *self.resources.routes(),
            ],
            error_body=lambda status, message, param: {"message": message, "status": status},
        )

    def reset(self) -> None:
        with self._lock:
            self.scans.clear()
            self._pending.clear()
        self.state.clear()
        self.resources.reset()
        self.app.reset()

    async def _create(self, call: Call) -> Reply:
        body = call.json()
        use_authentication = bool(body.get("use_authentication", False))
        with self.state.lock:
            resolved, skipped = self._resolve(body)
            if use_authentication:
                missing = [t for t in resolved if t not in self.state.recordings]
                if missing:
                    return error(
                        400,
                        f"target {missing[0]} has no Selenium recording: upload one to"
                        f" /v1/targets/{missing[0]}/auth/selenium",
                    )
        scan = {
            "id": uuid.uuid4().hex,
            "type": body["type"],
            "targets": body.get("targets", []),
            "target_ids": body.get("target_ids", []),
            "resolved_ids": resolved,
            "skipped": skipped,
            "use_authentication": use_authentication,
            "created": time.monotonic(),
            "risks": None,
        }
        with self._lock:
            self.scans[scan["id"]] = scan
            self._pending.append(scan)
        return Reply.json(200, {"data": self._view(scan)})

    def _resolve(self, body: dict[str, Any]) -> tuple[list[str], list[dict[str, str]]]:
        """The saved target ids a scan covers (targets by name saved first), and those skipped."""
        resolved, skipped = [], []
        for name in body.get("targets", []):
            saved = self.state.save_target({"target": name}, upsert=True)
            assert saved is not None
            resolved.append(saved["id"])
        for target_id in body.get("target_ids", []):
            if target_id in self.state.targets:
                resolved.append(target_id)
            else:
                skipped.append({"target_id": target_id, "skipped_reason": "no such target"})
        return list(dict.fromkeys(resolved)), skipped

    async def _get(self, call: Call) -> Reply:
        scan = self.scans.get(call.params["id"])
        if scan is None:
            return self._not_found(f"no scan {call.params['id']}")
        return Reply.json(200, {"data": self._view(scan)})

    async def _list(self, call: Call) -> Reply:
        filters = filters_of(call)
        with self._lock:
            scans = list(self.scans.values())
        views = [self._view(s) for s in scans]
        views = [v for v in views if matches({**v, "scheduled_by": SCHEDULED_BY}, filters)]
        return page(call, views, self.settings.page_size)

    async def _result(self, call: Call) -> Reply:
        scan_id, _, kind = call.params["id"].rpartition("-")
        scan = self.scans.get(scan_id)
        if scan is None or kind not in RESULT_KINDS or self._state(scan)[0] != "SUCCEEDED":
            return self._not_found(f"no result {call.params['id']}")
        return Reply(200, render_result(kind, scan), RESULT_KINDS[kind])

    def _not_found(self, message: str) -> Reply:
        return error(404, message)

    def settle(self) -> None:
        """Apply the findings of every scan that has ended, in the order they were created."""
        with self._lock, self.state.lock:
            still_running = []
            for scan in self._pending:
                state = self._state(scan)[0]
                if state == "SUCCEEDED":
                    scan["risks"] = self.state.finish_scan(scan)
                elif state != "FAILED":
                    still_running.append(scan)
            self._pending[:] = still_running

    def _state(self, scan: dict[str, Any]) -> tuple[str, int]:
        name, progress = phase(scan["created"], scan["targets"], self.settings.scan_seconds)
        return _STATES[name], progress

    def _view(self, scan: dict[str, Any]) -> dict[str, Any]:
        state, progress = self._state(scan)
        if state == "SUCCEEDED":
            self.settle()
        names = {t: self.state.targets.get(t, {}).get("target", t) for t in scan["resolved_ids"]}
        view: dict[str, Any] = {
            "id": scan["id"],
            "type": scan["type"],
            "state": state,
            "progress": progress,
            "results": [],
            "requested_targets": [
                {"target_id": t, "target": names[t]} for t in scan["resolved_ids"]
            ]
            + [{"target_id": s["target_id"]} for s in scan["skipped"]],
            "resolved_targets": [],
            "skipped_targets": list(scan["skipped"]),
        }
        if state == "SUCCEEDED":
            view["results"] = [
                {"result_id": f"{scan['id']}-{kind}", "content_type": content_type}
                for kind, content_type in RESULT_KINDS.items()
            ]
            view["risks"] = scan["risks"]
        if state in ("SUCCEEDED", "FAILED"):
            view["resolved_targets"] = [
                {"target_id": t, "resolved_target": names[t]} for t in scan["resolved_ids"]
            ]
        return view

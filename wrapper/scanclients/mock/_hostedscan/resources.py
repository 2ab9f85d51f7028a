"""The mock HostedScan's targets, risks and reports routes, and the paging all lists share.

Requests reach these handlers already checked against the spec (a missing `file` part, a `filters`
value that is not a JSON object of lists, a body without `target`: all 400 before this).
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from .._handler import Call, Reply, Route
from .reports import CONTENT_TYPES, render_report, select_risks
from .state import HostedScanState, matches

__all__ = ["HostedScanResources", "error", "filters_of", "page"]


def error(status: int, message: str) -> Reply:
    return Reply.json(status, {"message": message, "status": status})


def filters_of(call: Call) -> dict[str, list[str]]:
    raw = dict(call.query).get("filters")
    return json.loads(raw) if raw else {}


def page(call: Call, items: list[dict[str, Any]], size: int) -> Reply:
    """One page of `items`, from the offset the `page_token` carries."""
    token = dict(call.query).get("page_token") or "0"
    # Bounded: a 5,000-digit token would otherwise cost an int() of it (and a 500).
    if not (token.isascii() and token.isdigit()) or len(token) > 12:
        return error(400, f"invalid page_token {token!r}")
    start = int(token)
    answer: dict[str, Any] = {"data": items[start : start + size]}
    if start + size < len(items):
        answer["next_page_token"] = str(start + size)
    return Reply.json(200, answer)


class HostedScanResources:
    def __init__(
        self,
        state: HostedScanState,
        *,
        page_size: Callable[[], int],
        settle: Callable[[], None],
    ) -> None:
        self.state = state
        self._page_size = page_size  # read at each call: tests change it
        self._settle = settle  # scans that ended since the last call change the risks
        self.reports: dict[str, tuple[str, bytes]] = {}
        self._lock = threading.Lock()

    def routes(self) -> list[Route]:
        return [
            Route("GET", "/v1/targets", self._list_targets),
            Route("POST", "/v1/targets", self._create_target),
            Route("GET", "/v1/targets/{id}", self._get_target),
            Route("PUT", "/v1/targets/{id}", self._update_target),
            Route("DELETE", "/v1/targets/{id}", self._delete_target),
            Route("POST", "/v1/targets/{id}/auth/selenium", self._upload),
            Route("GET", "/v1/risks", self._list_risks),
            Route("GET", "/v1/risks/{id}", self._get_risk),
            Route("POST", "/v1/reports", self._create_report),
            Route("GET", "/v1/reports/{id}", self._get_report),
        ]

    def reset(self) -> None:
        with self._lock:
            self.reports.clear()

    # --- targets ------------------------------------------------------------------------------

    async def _list_targets(self, call: Call) -> Reply:
        filters = filters_of(call)
        with self.state.lock:
            targets = [dict(t) for t in self.state.targets.values()]
        return page(call, [t for t in targets if matches(t, filters)], self._page_size())

    async def _create_target(self, call: Call) -> Reply:
        upsert = dict(call.query).get("upsert", "false").lower() == "true"
        target = self.state.save_target(call.json(), upsert)
        if target is None:
            name = call.json()["target"]
            return error(400, f"target {name!r} already exists (create it with upsert=true)")
        return Reply.json(200, {"data": dict(target)})

    async def _get_target(self, call: Call) -> Reply:
        target = self.state.targets.get(call.params["id"])
        if target is None:
            return error(404, f"no target {call.params['id']}")
        return Reply.json(200, {"data": dict(target)})

    async def _update_target(self, call: Call) -> Reply:
        target = self.state.update_target(call.params["id"], call.json())
        if target is None:
            return error(404, f"no target {call.params['id']}")
        return Reply.json(200, {"data": dict(target)})

    async def _delete_target(self, call: Call) -> Reply:
        if not self.state.delete_target(call.params["id"]):
            return error(404, f"no target {call.params['id']}")
        return Reply.empty(200)

    async def _upload(self, call: Call) -> Reply:
        target_id = call.params["id"]
        if target_id not in self.state.targets:
            return error(404, f"no target {target_id}")
        content = _file_part(call)
        try:
            recording = json.loads(content) if content else None
        except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past any recording
            recording = None
        if not isinstance(recording, dict) or not isinstance(recording.get("tests"), list):
            return error(400, "file: not a Selenium IDE recording (a .side JSON with tests)")
        with self.state.lock:
            self.state.recordings[target_id] = content or b""
        return Reply.json(200, {"data": {"target_id": target_id}})

    # --- risks --------------------------------------------------------------------------------

    async def _list_risks(self, call: Call) -> Reply:
        self._settle()
        return page(call, self.state.risk_views(filters_of(call)), self._page_size())

    async def _get_risk(self, call: Call) -> Reply:
        self._settle()
        with self.state.lock:
            risk = self.state.risks.get(call.params["id"])
            view = None if risk is None else self.state.risk_view(risk)
        if view is None:
            return error(404, f"no risk {call.params['id']}")
        return Reply.json(200, {"data": view})

    # --- reports ------------------------------------------------------------------------------

    async def _create_report(self, call: Call) -> Reply:
        self._settle()
        body = call.json()
        report_id = "report-" + uuid.uuid4().hex[:12]
        report_format = body["report_format"]
        content = render_report(report_id, report_format, select_risks(self.state, body))
        with self._lock:
            self.reports[report_id] = (CONTENT_TYPES[report_format], content)
        return Reply.json(200, {"data": {"id": report_id}})

    async def _get_report(self, call: Call) -> Reply:
        report = self.reports.get(call.params["id"])
        if report is None:
            return error(404, f"no report {call.params['id']}")
        content_type, content = report
        return Reply(200, content, content_type)


def _file_part(call: Call) -> bytes | None:
    """The bytes of the multipart body's `file` part."""
    head = f"Content-Type: {call.headers.get('content-type', '')}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + call.body)
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") == "file":
            payload = part.get_payload(decode=True)
            return payload if isinstance(payload, bytes) else None
    return None

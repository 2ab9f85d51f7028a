"""The mock PDCP's scans: created or imported, listed, followed, exported, stopped, rescanned,
deleted. What `list` shows is what was created (`scan_list`); an id the store does not hold is a
404 in PDCP's error shape, for every operation on a scan id.

A scan is queued for the first tenth of `scan_seconds`, then running with its progress rising,
then finished, or failed when a target contains `fail.invalid`. A stopped scan stays stopped; a
rescan starts the clock again. Findings are deterministic and nuclei-shaped: three a target, or N
for a target `N.findings.invalid` (for large scans); an imported scan's findings are the lines it
was sent, and each `PATCH .../import` appends to them (to a scan the mock ran as well). Exports (json, an array; csv; pdf) are
streamed (`export`).

Scans belong to a team: the `X-Team-Id` they were created (or imported) with, or without the
header the key's default team, which is no named team. A list shows the calling team's scans only,
and an operation on a scan of another team (the default team included) is the 404 of an id the
store lacks, as if the scan did not exist.

The handlers are registered by operationId (see `_answers`). The other operations on a scan id
(its config, history, logs, ...) keep their generic answer for a scan the store holds (`guard`).
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from .._handler import Call, Handler, Reply
from .._lifecycle import FAILING_TARGET, phase
from .._settings import Settings
from .errors import error_body
from .export import export_chunks
from .scan_list import scan_page

__all__ = ["PDCPScanStore", "findings_of"]

_MANY = ".findings.invalid"
_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
_TEMPLATES = (
    ("tech-detect", "Wappalyzer Technology Detection", "info"),
    ("http-missing-security-headers", "HTTP Missing Security Headers", "info"),
    ("weak-cipher-suites", "Weak Cipher Suites Detection", "medium"),
    ("exposed-gitignore", "Exposed .gitignore File", "low"),
    ("CVE-2021-44228", "Apache Log4j2 Remote Code Injection", "critical"),
    ("CVE-2023-4966", "Citrix Bleed - Leaking Session Tokens", "high"),
    ("ssl-dns-names", "SSL DNS Names", "info"),
)


def findings_of(scan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The scan's findings, generated on the fly (a large scan is never held in memory)."""
    if scan["imported"] is not None:
        yield from scan["imported"]
        return
    number = 0
    for target in scan["targets"]:
        for index in range(_per_target(target)):
            template_id, name, severity = _TEMPLATES[(number + len(target)) % len(_TEMPLATES)]
            yield {
                "template-id": template_id,
                "template-path": f"http/{template_id}.yaml",
                "info": {"name": name, "severity": severity, "tags": ["mock"]},
                "type": "http",
                "host": target,
                "matched-at": f"https://{target}/{template_id}/{index}",
                "ip": f"192.0.2.{number % 250 + 1}",
                "timestamp": (_EPOCH + timedelta(seconds=number))
                .isoformat()
                .replace("+00:00", "Z"),
                "matcher-status": True,
            }
            number += 1
    yield from scan["appended"]


class PDCPScanStore:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.scans: dict[str, dict[str, Any]] = {}
        self.generic: Callable[[str, Call], Reply] | None = None
        """The generic answer to an operation (set by the service), for `guard`."""
        self._lock = threading.Lock()

    def handlers(self) -> dict[str, Handler]:
        return {
            "get-v1-scans": self._list,
            "post-v1-scans": self._create,
            "get-v1-scans-scan_id": self._get,
            "delete-v1-scans-scan_id": self._delete,
            "post-v1-scans-scan_id-stop": self._stop,
            "post-v1-scans-scan_id-rescan": self._rescan,
            "get-v1-scans-scan_id-export": self._export,
            "post-v1-scans-import": self._import,
            "patch-v1-scans-scan_id-import": self._append,
        }

    def reset(self) -> None:
        with self._lock:
            self.scans.clear()

    def _missing(self, operation_id: str, call: Call) -> Reply:
        return _error(404, f"scan not found: {call.params.get('scan_id', '')}")

    def _held(self, call: Call, param: str = "scan_id") -> dict[str, Any] | None:
        """The scan the call names, if the store holds it for the call's team."""
        scan = self.scans.get(call.params.get(param, ""))
        return scan if scan is not None and scan["team_id"] == _team(call) else None

    def guard(self, operation_id: str, param: str) -> Handler:
        """The generic answer of `operation_id` for a scan the store holds; else a 404."""

        async def guarded(call: Call) -> Reply:
            scan_id = call.params.get(param, "")
            if self._held(call, param) is None or self.generic is None:
                return _error(404, f"scan not found: {scan_id}")
            return self.generic(operation_id, call)

        return guarded

    # --- create, import, follow ----------------------------------------------------------

    def _new(self, name: str, targets: list[str], imported: list[Any] | None, call: Call) -> str:
        scan_id = uuid.uuid4().hex
        scan = {
            "id": scan_id,
            "name": name,
            "targets": targets,
            "imported": imported,
            "started": time.monotonic(),
            "created_at": _now(),
            "stopped": None,
            "rescans": 0,
            "appended": [],
            "team_id": _team(call),
        }
        with self._lock:
            self.scans[scan_id] = scan
        return scan_id

    async def _create(self, call: Call) -> Reply:
        body = call.json() or {}
        targets = [t for t in body.get("targets", []) if isinstance(t, str)]
        limit = self.settings.max_targets
        truncated = max(0, len(targets) - limit) if limit is not None else 0
        scan_id = self._new(body.get("name") or "mock scan", targets, None, call)
        self.scans[scan_id]["request"] = body
        document = {"id": scan_id, "message": "scan created", "truncated-scan-targets": truncated}
        return Reply.json(200, document)

    async def _import(self, call: Call) -> Reply:
        lines, skipped = _jsonl(call.body)
        name = dict(call.query).get("name") or "imported scan"
        hosts = sorted(
            {line.get("host", "") for line in lines if isinstance(line.get("host"), str)}
        )
        scan_id = self._new(name, hosts, lines, call)
        message = f"imported {len(lines)} results{skipped}"
        return Reply.json(200, {"id": scan_id, "message": message})

    async def _append(self, call: Call) -> Reply:
        scan = self._held(call)
        if scan is None:
            return self._missing("patch-v1-scans-scan_id-import", call)
        lines, skipped = _jsonl(call.body)
        with self._lock:
            # A scan the mock ran keeps its own findings; the lines come after them.
            held = scan["imported"] if scan["imported"] is not None else scan["appended"]
            held.extend(lines)
        return Reply.json(200, {"message": f"appended {len(lines)} results{skipped}"})

    async def _list(self, call: Call) -> Reply:
        team = _team(call)
        with self._lock:
            held = [scan for scan in self.scans.values() if scan["team_id"] == team]
        return Reply.json(200, scan_page([self._view(scan) for scan in held], call.query))

    async def _get(self, call: Call) -> Reply:
        scan = self._held(call)
        if scan is None:
            return self._missing("get-v1-scans-scan_id", call)
        return Reply.json(200, self._view(scan))

    # --- act on a scan --------------------------------------------------------------------

    async def _stop(self, call: Call) -> Reply:
        scan = self._held(call)
        if scan is None:
            return self._missing("post-v1-scans-scan_id-stop", call)
        status = self._status(scan)[0]
        if status not in ("queued", "running"):
            return Reply.json(200, {"message": f"scan is {status}: not stopped", "ok": False})
        scan["stopped"] = self._status(scan)[1]
        return Reply.json(200, {"message": "scan stopped", "ok": True})

    async def _rescan(self, call: Call) -> Reply:
        scan = self._held(call)
        if scan is None:
            return self._missing("post-v1-scans-scan_id-rescan", call)
        scan.update(started=time.monotonic(), stopped=None, rescans=scan["rescans"] + 1)
        scan.pop("completed_at", None)
        return Reply.json(200, {"id": scan["id"], "message": "rescan started"})

    async def _delete(self, call: Call) -> Reply:
        with self._lock:
            scan = self._held(call)
            if scan is not None:
                del self.scans[scan["id"]]
        if scan is None:
            return self._missing("delete-v1-scans-scan_id", call)
        return Reply.json(200, {"message": "scan deleted", "ok": True})

    async def _export(self, call: Call) -> Reply:
        scan = self._held(call)
        if scan is None:
            return self._missing("get-v1-scans-scan_id-export", call)
        query = dict(call.query)
        if query.get("async", "false").lower() == "true" and self.generic is not None:
            return self.generic("get-v1-scans-scan_id-export", call)  # 201 and an export id
        kind = query.get("type") or "json"
        title = f"PDCP scan {scan['name']} ({scan['id']})"
        chunks = export_chunks(kind, findings_of(scan), lambda: f"{title}: {_count(scan)} findings")
        return Reply(200, b"", "application/octet-stream", chunks=chunks)

    # --- views ------------------------------------------------------------------------------

    def _status(self, scan: dict[str, Any]) -> tuple[str, int]:
        if scan["stopped"] is not None:
            return "stopped", scan["stopped"]
        return phase(scan["started"], scan["targets"], self.settings.scan_seconds)

    def _view(self, scan: dict[str, Any]) -> dict[str, Any]:
        status, progress = self._status(scan)
        final = status in ("finished", "failed", "stopped")
        failed = status == "failed"
        return {
            "scan_id": scan["id"],
            "name": scan["name"],
            "status": status,
            "progress": progress,
            "failure_reason": f"a target contains {FAILING_TARGET}" if failed else "",
            "scan_time_elapsed": f"{time.monotonic() - scan['started']:.0f}s",
            "created_at": scan["created_at"],
            "updated_at": _now(),
            "completed_at": scan.setdefault("completed_at", _now()) if final else "",
            "total_target": len(scan["targets"]),
            "total_scan": 1 + scan["rescans"],
            "total_template": len(_TEMPLATES),
            "total_result": _count(scan) if status == "finished" else 0,
            "rescan_count": scan["rescans"],
            "is_rescan": scan["rescans"] > 0,
            "is_oss": scan["imported"] is not None,
            "is_cloud": scan["imported"] is None,
        }


def _count(scan: dict[str, Any]) -> int:
    if scan["imported"] is not None:
        return len(scan["imported"])
    return sum(_per_target(target) for target in scan["targets"]) + len(scan["appended"])


def _per_target(target: str) -> int:
    head = target.split(".", 1)[0]
    return int(head) if target.endswith(_MANY) and head.isdigit() else 3


def _jsonl(body: bytes) -> tuple[list[dict[str, Any]], str]:
    """The upload's JSON objects, and a note naming the lines that are not one.

    The spec takes any bytes here, so a line that is not a JSON object is skipped, not refused.
    """
    lines: list[dict[str, Any]] = []
    bad: list[int] = []
    for number, line in enumerate(body.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            record = None
        if isinstance(record, dict):
            lines.append(record)
        else:
            bad.append(number)
    if not bad:
        return lines, ""
    shown = ", ".join(map(str, bad[:5])) + (", ..." if len(bad) > 5 else "")
    return lines, f"; skipped {len(bad)} lines that are not JSON objects (line {shown})"


def _team(call: Call) -> str | None:
    """The call's team: its `X-Team-Id`, or None for the key's default team (no header)."""
    return call.headers.get("x-team-id", "").strip() or None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _error(status: int, message: str) -> Reply:
    return Reply.json(status, error_body(status, message, None))

"""The mock HostedScan's saved targets and the risks scans find on them.

A target scanned by name that is not saved yet is saved by the scan, so that every risk has a
target. When a scan finishes, each of its targets gets the scan's findings (`_hostedscan.findings`):
a risk found for the first time, or found again after it closed, is new-open; one found again is
still-open; an open risk of the same scan type that this scan did not find is closed. Deleting a
target deletes its risks. Every public method takes the lock: handlers run on the server's thread
while a test reads the state from its own.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from datetime import UTC, datetime
from typing import Any

from .findings import findings

__all__ = ["HostedScanState", "matches"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def matches(record: dict[str, Any], filters: dict[str, list[str]]) -> bool:
    """Every key matches (a dotted key reads a nested field); within a key, any value does."""
    for key, wanted in filters.items():
        value: Any = record
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        have = value if isinstance(value, list) else [value]
        if not any(str(item) in wanted for item in have if item is not None):
            return False
    return True


class HostedScanState:
    def __init__(self) -> None:
        self.targets: dict[str, dict[str, Any]] = {}
        self.risks: dict[str, dict[str, Any]] = {}
        self.recordings: dict[str, bytes] = {}
        self._names: dict[str, str] = {}
        """Target name -> id: a name is saved once."""
        self._runs: dict[tuple[str, str], int] = {}
        self.lock = threading.RLock()

    def clear(self) -> None:
        with self.lock:
            for table in (self.targets, self.risks, self.recordings, self._names, self._runs):
                table.clear()

    # --- targets ------------------------------------------------------------------------------

    def by_name(self, name: str) -> dict[str, Any] | None:
        with self.lock:
            target_id = self._names.get(name)
            return None if target_id is None else self.targets[target_id]

    def save_target(self, body: dict[str, Any], upsert: bool) -> dict[str, Any] | None:
        """The saved target; None when it exists and `upsert` was not asked for."""
        with self.lock:
            existing = self.by_name(body["target"])
            if existing is not None:
                if not upsert:
                    return None
                existing.update({k: body[k] for k in ("label", "tags") if k in body})
                return existing
            target = {
                "id": uuid.uuid4().hex[:12],
                "target": body["target"],
                "label": body.get("label"),
                "tags": list(body.get("tags", [])),
            }
            self.targets[target["id"]] = target
            self._names[target["target"]] = target["id"]
            return target

    def update_target(self, target_id: str, body: dict[str, Any]) -> dict[str, Any] | None:
        with self.lock:
            target = self.targets.get(target_id)
            if target is not None:
                target.update({k: body[k] for k in ("label", "tags") if k in body})
            return target

    def delete_target(self, target_id: str) -> bool:
        with self.lock:
            target = self.targets.pop(target_id, None)
            if target is None:
                return False
            del self._names[target["target"]]
            self.recordings.pop(target_id, None)
            for risk_id in [r for r, risk in self.risks.items() if risk["target_id"] == target_id]:
                del self.risks[risk_id]
            return True

    # --- risks --------------------------------------------------------------------------------

    def risk_view(self, risk: dict[str, Any]) -> dict[str, Any]:
        """A risk as listed: with its target's current name, label and tags."""
        target = self.targets.get(risk["target_id"], {})
        view = {**risk, "target": target.get("target", risk["target"])}
        view["target_label"] = target.get("label")
        view["tags"] = list(target.get("tags", []))
        return view

    def risk_views(self, filters: dict[str, list[str]]) -> list[dict[str, Any]]:
        with self.lock:
            views = [self.risk_view(risk) for risk in self.risks.values()]
        return [view for view in views if matches(view, filters)]

    def finish_scan(self, scan: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
        """Record what the scan found on each of its targets; its risk ids by group."""
        groups: dict[str, list[dict[str, str]]] = {"new_open": [], "still_open": [], "closed": []}
        with self.lock:
            for target_id in scan["resolved_ids"]:
                target = self.targets.get(target_id)
                if target is None:  # deleted while the scan ran
                    continue
                for group, risk_id in self._scan_target(scan, target):
                    groups[group].append({"risk_id": risk_id})
        return groups

    def _scan_target(self, scan: dict[str, Any], target: dict[str, Any]) -> list[tuple[str, str]]:
        run = self._runs.get((scan["type"], target["id"]), 0)
        self._runs[(scan["type"], target["id"])] = run + 1
        found = findings(scan["type"], target["target"], run, scan["use_authentication"])
        now = _now()
        outcome: list[tuple[str, str]] = []
        found_ids = set()
        for definition in found:
            risk_id = _risk_id(target["id"], definition["title"])
            found_ids.add(risk_id)
            risk = self.risks.get(risk_id)
            if risk is None or risk["status"] == "CLOSED":
                outcome.append(("new_open", risk_id))
            else:
                outcome.append(("still_open", risk_id))
            self.risks[risk_id] = {
                "id": risk_id,
                "target_id": target["id"],
                "target": target["target"],
                "status": "OPEN",
                "is_accepted": False,
                "accepted_by": [],
                "risk_definition": definition,
                "first_detected_at": risk["first_detected_at"] if risk else now,
                "last_detected_at": now,
            }
        for risk_id, risk in self.risks.items():
            if (
                risk["target_id"] == target["id"]
                and risk["risk_definition"]["scan_type"] == scan["type"]
                and risk["status"] == "OPEN"
                and risk_id not in found_ids
            ):
                risk["status"] = "CLOSED"
                outcome.append(("closed", risk_id))
        return outcome


def _risk_id(target_id: str, title: str) -> str:
    # One risk per finding per target, whichever scan finds it: found again, it is the same risk.
    return "risk-" + hashlib.sha256(f"{target_id}\0{title}".encode()).hexdigest()[:16]

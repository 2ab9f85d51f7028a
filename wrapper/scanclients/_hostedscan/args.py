"""What HostedScan's facades hand to the machinery (`_core.operation`) and take back from it.

Each method's arguments are checked and built here, once for the sync and the async class, before
anything is sent: ids for paths, file paths, each operation's arguments (its filters,
its body). The facades only pass them on and unwrap the answer (`data_of`, `saved_path`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from scanclients._generated.hostedscan_models.operations import ReportFormatName, ScanTypeName

from .._core.download import AtomicFile
from .._core.files import Saved
from .._core.paging import DEFAULT_MAX_PAGES
from .._core.text import non_empty_string
from .bodies import (
    boolean,
    create_report_body,
    create_target_body,
    recording_file,
    update_target_body,
)
from .filters import RISK_FILTERS, SCAN_FILTERS, TARGET_FILTERS, OneOrMany, filters_query

if TYPE_CHECKING:
    from scanclients._generated.hostedscan_models import ReportFormat

__all__ = [
    "DEFAULT_MAX_PAGES",
    "Escapes",
    "FilePath",
    "Recording",
    "ReportFormatName",
    "ScanTypeName",
    "checked_path",
    "create_report_args",
    "create_target_args",
    "data_of",
    "id_args",
    "nothing",
    "risks_query",
    "saved_path",
    "scans_query",
    "targets_query",
    "update_target_args",
    "upload_recording_args",
]


FilePath = str | os.PathLike[str]

# ScanTypeName and ReportFormatName (re-exported): the spec's closed enums as a request takes them
# (`ScanType.NMAP` or "NMAP"), so that mypy refuses a typo; generated from the spec's enums
# (scripts/hostedscan_codegen.py). Answers stay open.
Recording = str | os.PathLike[str] | bytes
"""A Selenium IDE recording: the path of a `.side` file, or its bytes."""


class Escapes(TypedDict, total=False):
    """The escape hatches of every single-request method (merged last; see `_core.request.Extras`)."""

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]
    timeout: float | httpx.Timeout


# --- single values ------------------------------------------------------------------------------


def id_args(name: str, value: object) -> dict[str, Any]:
    """The arguments of an operation on one thing: its id, as `{"target_id": ...}`, a non-blank
    string (the machinery escapes it into the path)."""
    return {name: non_empty_string(name, value, what="id")}


def checked_path(path: FilePath) -> FilePath:
    """A file path a download can be written to, checked before anything is sent."""
    AtomicFile(path).check()
    return path


# --- each operation's arguments -----------------------------------------------------------------


def scans_query(state: object, scan_type: object, scheduled_by: object) -> dict[str, str]:
    return filters_query(
        SCAN_FILTERS, {"state": state, "type": scan_type, "scheduled_by": scheduled_by}
    )


def targets_query(tags: object, target: object) -> dict[str, str]:
    return filters_query(TARGET_FILTERS, {"tags": tags, "target": target})


def risks_query(
    target_id: object,
    status: object,
    tags: object,
    scan_type: object,
    threat_level: object,
    title: object,
) -> dict[str, str]:
    arguments = {"target_id": target_id, "status": status, "tags": tags}
    return filters_query(
        RISK_FILTERS, {**arguments, **_risk_filters(scan_type, threat_level, title)}
    )


def _risk_filters(scan_type: object, threat_level: object, title: object) -> dict[str, object]:
    # By keyword: the JSON object's keys come in this order, whatever the tables' order.
    return {"scan_type": scan_type, "threat_level": threat_level, "title": title}


def create_target_args(
    target: str, label: str | None, tags: Iterable[str] | None, upsert: bool
) -> dict[str, Any]:
    body = create_target_body(target, label, tags)
    # Sent only when asked for: false is the service's default.
    return {**body, "upsert": True if boolean("upsert", upsert) else None}


def update_target_args(
    target_id: str, label: str | None, tags: Iterable[str] | None
) -> dict[str, Any]:
    return {**id_args("target_id", target_id), **update_target_body(label, tags)}


def upload_recording_args(target_id: str, recording: Recording) -> dict[str, Any]:
    return {**id_args("target_id", target_id), "file": recording_file(recording)}


def create_report_args(
    report_format: ReportFormat | str,
    target_ids: OneOrMany[str] | None,
    tags: OneOrMany[str] | None,
    status: object,
    scan_type: object,
    threat_level: object,
    title: object,
) -> dict[str, Any]:
    risk_filters = {"status": status, **_risk_filters(scan_type, threat_level, title)}
    return create_report_body(report_format, target_ids, tags, risk_filters)


# --- answers ------------------------------------------------------------------------------------


def data_of(answer: Any) -> Any:
    """The `data` member of an answer: what the facades return (a raw view's `.parse()` too)."""
    return answer.data


def nothing(answer: object) -> None:
    """What a method that returns nothing returns, whatever the service answered."""
    return None


def saved_path(result: object) -> Path:
    # These operations answer only a file, so the machinery never reports an export started.
    assert isinstance(result, Saved), result
    return result.path

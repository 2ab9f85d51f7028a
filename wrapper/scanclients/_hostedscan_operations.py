"""HostedScan's operations as data: for each, what `specs/hostedscan.yaml` says the call is.

HostedScan has generated models but no generated HTTP functions, so this table is the one place
an operation is described by hand: its method, its path, and the generated model of its answer.
Everything else (building the request, retries by method, parsing, paging, streaming a file) is
done for every operation alike by `_hostedscan_flows`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import pydantic

from hostedscan_models import (
    Report,
    ReportEnvelope,
    Risk,
    RiskEnvelope,
    RiskList,
    Scan,
    ScanEnvelope,
    ScanList,
    Target,
    TargetEnvelope,
    TargetList,
)

from ._options import ServiceSettings

__all__ = [
    "CREATE_REPORT",
    "CREATE_SCAN",
    "CREATE_TARGET",
    "DELETE_TARGET",
    "GET_REPORT",
    "GET_RESULT",
    "GET_RISK",
    "GET_SCAN",
    "GET_TARGET",
    "LIST_RISKS",
    "LIST_SCANS",
    "LIST_TARGETS",
    "SERVICE",
    "UPDATE_TARGET",
    "UPLOAD_RECORDING",
    "Operation",
]

SERVICE = ServiceSettings(
    name="HostedScan",
    key_header="X-HOSTEDSCAN-API-KEY",
    key_variable="HOSTEDSCAN_API_KEY",
    base_url_variable="HOSTEDSCAN_BASE_URL",
    default_base_url="https://api.hostedscan.com",
)


Data = TypeVar("Data")


@dataclass(frozen=True, slots=True)
class Operation(Generic[Data]):
    """One HTTP operation of the spec, answering `Data` (the `data` member of its 200 body).

    `answer` is the generated model of the 200 JSON body (None: no body, or a file when `file`).
    `id_name` names the path's `{id}` in errors, as the caller knows it (`target_id`).
    """

    operation_id: str
    method: str
    path: str
    answer: type[pydantic.BaseModel] | None = None
    id_name: str | None = None
    file: bool = False

    @property
    def writes(self) -> bool:
        # A POST may create something each time it arrives: it is retried only where the
        # service cannot have acted (see `_retry`). GET, PUT and DELETE are safe to repeat.
        return self.method in ("POST", "PATCH")


CREATE_SCAN: Operation[Scan] = Operation("create-scan", "POST", "/v1/scans", ScanEnvelope)
LIST_SCANS: Operation[list[Scan]] = Operation("list-scans", "GET", "/v1/scans", ScanList)
GET_SCAN: Operation[Scan] = Operation("get-scan", "GET", "/v1/scans/{id}", ScanEnvelope, "scan_id")
GET_RESULT: Operation[None] = Operation(
    "get-result", "GET", "/v1/results/{id}", None, "result_id", file=True
)

LIST_TARGETS: Operation[list[Target]] = Operation("list-targets", "GET", "/v1/targets", TargetList)
CREATE_TARGET: Operation[Target] = Operation("create-target", "POST", "/v1/targets", TargetEnvelope)
GET_TARGET: Operation[Target] = Operation(
    "get-target", "GET", "/v1/targets/{id}", TargetEnvelope, "target_id"
)
UPDATE_TARGET: Operation[Target] = Operation(
    "update-target", "PUT", "/v1/targets/{id}", TargetEnvelope, "target_id"
)
DELETE_TARGET: Operation[None] = Operation(
    "delete-target", "DELETE", "/v1/targets/{id}", None, "target_id"
)
UPLOAD_RECORDING: Operation[None] = Operation(
    "upload-selenium-recording", "POST", "/v1/targets/{id}/auth/selenium", None, "target_id"
)

LIST_RISKS: Operation[list[Risk]] = Operation("list-risks", "GET", "/v1/risks", RiskList)
GET_RISK: Operation[Risk] = Operation("get-risk", "GET", "/v1/risks/{id}", RiskEnvelope, "risk_id")

CREATE_REPORT: Operation[Report] = Operation("create-report", "POST", "/v1/reports", ReportEnvelope)
GET_REPORT: Operation[None] = Operation(
    "get-report", "GET", "/v1/reports/{id}", None, "report_id", file=True
)

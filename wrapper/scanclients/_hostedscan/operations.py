"""HostedScan's operations as data, for the machinery every generated PDCP method runs on.

HostedScan has generated models (pydantic, from `specs/hostedscan.yaml`) but no generated HTTP
functions, so this table is the one place its operations are written by hand, in the very
`Operation` shape the PDCP generator writes: method, path, parameters, body, answers, paging.
Building the request, checking it, sending it with retries by method, parsing the answer into
the generated model, paging by `next_page_token` and streaming files are all `_core.request`,
`_core.operation`, `_core.paging` and `_core.files`, shared with PDCP.
"""

from __future__ import annotations

from scanclients._generated.hostedscan_models import models as _models

from .._core.operation_spec import Answer, Body, Field, Operation, Paging, Param
from .._core.options import ServiceSettings

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
]

SERVICE = ServiceSettings(
    name="HostedScan",
    key_header="X-HOSTEDSCAN-API-KEY",
    key_variable="HOSTEDSCAN_API_KEY",
    base_url_variable="HOSTEDSCAN_BASE_URL",
    default_base_url="https://api.hostedscan.com",
)

# The package's name as imported, so that a vendored copy finds its own models.
_MODELS = _models.__name__.rpartition(".")[0]


def _id(name: str) -> Param:
    """The path's `{id}`, named in errors as the caller knows it (`target_id`)."""
    return Param(name, "id", "str", required=True, where="path")


def _model(name: str) -> tuple[Answer, ...]:
    return (Answer(200, "model", f"models:{name}"),)


def _list(path: str, envelope: str, operation_id: str) -> Operation:
    """A list operation: `filters` (one JSON value) and paging by `next_page_token`."""
    return Operation(
        operation_id=operation_id,
        method="GET",
        path=path,
        models=_MODELS,
        params=(Param("filters", "filters", "str"), Param("page_token", "page_token", "str")),
        answers=_model(envelope),
        paging=Paging("token", "", "page_token", ("data",), next=("next_page_token",)),
    )


_FILE = (Answer(200, "file"),)

CREATE_SCAN = Operation(
    "create-scan",
    "POST",
    "/v1/scans",
    _MODELS,
    body=Body(
        "application/json",
        "models:CreateScanRequest",
        (
            Field("targets", "targets", "list", item="str"),
            Field("target_ids", "target_ids", "list", item="str"),
            Field("type", "type", "str", required=True),
            Field("use_authentication", "use_authentication", "bool"),
        ),
        required=True,
    ),
    answers=_model("ScanEnvelope"),
    creates=True,
)
LIST_SCANS = _list("/v1/scans", "ScanList", "list-scans")
GET_SCAN = Operation(
    "get-scan", "GET", "/v1/scans/{id}", _MODELS, (_id("scan_id"),), answers=_model("ScanEnvelope")
)
GET_RESULT = Operation(
    "get-result", "GET", "/v1/results/{id}", _MODELS, (_id("result_id"),), answers=_FILE
)

_TARGET_FIELDS = (Field("label", "label", "str"), Field("tags", "tags", "list", item="str"))
LIST_TARGETS = _list("/v1/targets", "TargetList", "list-targets")
CREATE_TARGET = Operation(
    "create-target",
    "POST",
    "/v1/targets",
    _MODELS,
    (Param("upsert", "upsert", "bool"),),
    Body(
        "application/json",
        "models:CreateTargetRequest",
        (Field("target", "target", "str", required=True), *_TARGET_FIELDS),
        required=True,
    ),
    _model("TargetEnvelope"),
)
GET_TARGET = Operation(
    "get-target",
    "GET",
    "/v1/targets/{id}",
    _MODELS,
    (_id("target_id"),),
    answers=_model("TargetEnvelope"),
)
UPDATE_TARGET = Operation(
    "update-target",
    "PUT",
    "/v1/targets/{id}",
    _MODELS,
    (_id("target_id"),),
    Body("application/json", "models:UpdateTargetRequest", _TARGET_FIELDS, required=True),
    _model("TargetEnvelope"),
)
DELETE_TARGET = Operation(
    "delete-target",
    "DELETE",
    "/v1/targets/{id}",
    _MODELS,
    (_id("target_id"),),
    answers=(Answer(200, "empty"),),
)
UPLOAD_RECORDING = Operation(
    "upload-selenium-recording",
    "POST",
    "/v1/targets/{id}/auth/selenium",
    _MODELS,
    (_id("target_id"),),
    Body("multipart/form-data", "", (Field("file", "file", "bytes", required=True),), True),
    # The answer is not documented: whatever JSON comes is kept, an empty body is fine.
    (Answer(200, "empty"),),
)

LIST_RISKS = _list("/v1/risks", "RiskList", "list-risks")
GET_RISK = Operation(
    "get-risk", "GET", "/v1/risks/{id}", _MODELS, (_id("risk_id"),), answers=_model("RiskEnvelope")
)

CREATE_REPORT = Operation(
    "create-report",
    "POST",
    "/v1/reports",
    _MODELS,
    body=Body(
        "application/json",
        "models:CreateReportRequest",
        (
            Field("report_format", "report_format", "enum", True, ("PDF", "HTML")),
            Field("targets_filter", "targets_filter", "model"),
            Field("risks_filter", "risks_filter", "model"),
        ),
        required=True,
    ),
    answers=_model("ReportEnvelope"),
)
GET_REPORT = Operation(
    "get-report", "GET", "/v1/reports/{id}", _MODELS, (_id("report_id"),), answers=_FILE
)

"""HostedScan's operation table, filter keywords and enum Literals, generated from its spec.

scripts/hostedscan_codegen.py writes `hostedscan_models/operations.py` from specs/hostedscan.yaml;
`_hostedscan.operations` and `_hostedscan.filters` only name what it wrote. The expectation below
is the table as it was written by hand before it was generated (issue 24), value for value.
"""

from __future__ import annotations

import ast
import copy
import enum
import importlib
import shutil
import sys
import tomllib
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml

from scanclients._core.operation_spec import Answer, Body, Field, Operation, Paging, Param
from scanclients._generated.hostedscan_models import (
    ReportFormat,
    RiskStatus,
    ScanState,
    ScanType,
    ThreatLevel,
)
from scanclients._generated.hostedscan_models import operations as generated
from scanclients._hostedscan import filters, operations
from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from hostedscan_codegen import HostedScanCodegenError, render_operations

PACKAGE = ROOT / "generated" / "hostedscan_models"
SPEC = ROOT / "specs" / "hostedscan.yaml"
CONFIG = tomllib.loads((ROOT / "specs" / "generators.toml").read_text())["hostedscan"]
MODELS = {
    node.name
    for module in (PACKAGE / "models").glob("*.py")
    for node in ast.parse(module.read_text()).body
    if isinstance(node, ast.ClassDef)
}
_MODELS = "scanclients._generated.hostedscan_models"


# --- the hand-written table of _hostedscan/operations.py before it was generated ----------------


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


HAND = {
    name: value
    for name, value in dict(globals()).items()
    if name.isupper() and isinstance(value, Operation)
}
HAND_FILTERS = {
    "SCAN_FILTERS": {
        "state": ("state", ScanState),
        "type": ("type", ScanType),
        "scheduled_by": ("scheduled_by", None),
    },
    "TARGET_FILTERS": {"tags": ("tags", None), "target": ("target", None)},
    "RISK_FILTERS": {
        "target_id": ("target_id", None),
        "status": ("status", RiskStatus),
        "tags": ("tags", None),
        "scan_type": ("risk_definition.scan_type", ScanType),
        "threat_level": ("risk_definition.threat_level", ThreatLevel),
        "title": ("risk_definition.title", None),
    },
}


def _spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SPEC.read_bytes())
    return document


def test_the_generated_table_is_the_hand_written_one_field_by_field() -> None:
    assert len(HAND) == 14
    assert sorted(operations.__all__) == sorted([*HAND, "SERVICE"])
    # The one difference, on purpose: the spec's scan type is a closed enum, which the hand table
    # typed "str" (the facade checks it first, with its own message, so a caller sees no change).
    expected = dict(HAND)
    body = expected["CREATE_SCAN"].body
    assert body is not None
    scan_type = body.fields[2]._replace(kind="enum", values=tuple(m.value for m in ScanType))
    fields = (*body.fields[:2], scan_type, *body.fields[3:])
    expected["CREATE_SCAN"] = expected["CREATE_SCAN"]._replace(body=body._replace(fields=fields))
    for name, hand in expected.items():
        made = getattr(operations, name)
        for field in Operation._fields:
            assert getattr(made, field) == getattr(hand, field), (name, field)
    # Nothing else is generated: every operation of the spec is one of the facades'.
    assert set(generated.OPERATIONS.values()) == set(expected.values())


def test_the_filter_keywords_are_the_hand_written_ones() -> None:
    for name, table in HAND_FILTERS.items():
        keys = getattr(filters, name)
        assert {k: (v.wire, v.values) for k, v in keys.items()} == table, name
    # A report's risk filters stay those of the risks but target_id and tags, in that order.
    report = {k: (v.wire, v.values) for k, v in filters.REPORT_RISK_FILTERS.items()}
    risks = HAND_FILTERS["RISK_FILTERS"]
    assert list(report.items()) == [
        (k, v) for k, v in risks.items() if k not in ("target_id", "tags")
    ]


def test_the_literals_are_the_generated_enums_values() -> None:
    enums: dict[str, type[enum.Enum]] = {
        "ScanTypeName": ScanType,
        "ScanStateName": ScanState,
        "RiskStatusName": RiskStatus,
        "ThreatLevelName": ThreatLevel,
        "ReportFormatName": ReportFormat,
    }
    for name, members in enums.items():
        assert get_args(getattr(generated, name)) == tuple(m.value for m in members), name


def test_the_committed_module_is_what_the_spec_renders() -> None:
    text, count = render_operations(_spec(), CONFIG, MODELS)
    assert count == 14
    # Committed formatted by ruff: the same module, as Python.
    assert ast.dump(ast.parse(text)) == ast.dump(ast.parse((PACKAGE / "operations.py").read_text()))


def _mutated() -> dict[str, Any]:
    document = _spec()
    paths = document["paths"]
    paths["/v1/scans/{id}/rerun"] = {
        "post": {
            "operationId": "rerun-scan",
            "parameters": [{"$ref": "#/components/parameters/ResourceId"}],
            "responses": {"200": {"$ref": "#/components/responses/ScanResponse"}},
        }
    }
    listing = copy.deepcopy(paths["/v1/scans"]["get"])
    listing["operationId"] = "list-archived-scans"
    paths["/v1/archive/scans"] = {"get": listing}
    return document


def _import(text: str, tmp_path: Path) -> Any:
    """The rendered module, imported in a copy of the generated package beside its models."""
    package = tmp_path / "hostedscan_mutated"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    (package / "operations.py").write_text(text)
    sys.path.insert(0, str(tmp_path))
    try:
        return importlib.import_module("hostedscan_mutated.operations")
    finally:
        sys.path.remove(str(tmp_path))


def test_a_new_operation_in_the_spec_comes_out_as_a_new_operation(tmp_path: Path) -> None:
    text, count = render_operations(_mutated(), CONFIG, MODELS)
    assert count == 16
    module = _import(text, tmp_path)
    models = "hostedscan_mutated"
    assert module.OPERATIONS["rerun-scan"] == Operation(
        "rerun-scan",
        "POST",
        "/v1/scans/{id}/rerun",
        models,
        (Param("scan_id", "id", "str", required=True, where="path"),),
        answers=(Answer(200, "model", "models:ScanEnvelope"),),
    )
    archived = module.OPERATIONS["list-archived-scans"]
    assert archived == generated.OPERATIONS["list-scans"]._replace(
        operation_id="list-archived-scans", path="/v1/archive/scans", models=models
    )
    assert archived.paging == Paging(
        "token", "", "page_token", ("data",), next=("next_page_token",)
    )

    def named(table: dict[str, tuple[str, Any]]) -> dict[str, tuple[str, str]]:
        return {k: (wire, values and values.__name__) for k, (wire, values) in table.items()}

    assert named(module.FILTERS["list-archived-scans"]) == named(generated.FILTERS["list-scans"])
    # The others are untouched.
    for operation_id, op in generated.OPERATIONS.items():
        assert module.OPERATIONS[operation_id] == op._replace(models=models), operation_id


def test_creates_is_read_from_the_config() -> None:
    text, _ = render_operations(_spec(), {**CONFIG, "creates": ["create-report"]}, MODELS)
    tree = ast.parse(text)
    creating = [
        call.args[0].value if call.args else call.keywords[0].value.value  # type: ignore[attr-defined]
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and getattr(call.func, "id", "") == "Operation"
        and any(k.arg == "creates" for k in call.keywords)
    ]
    assert creating == ["create-report"]


def test_a_model_the_generated_models_lack_fails_by_name() -> None:
    with pytest.raises(HostedScanCodegenError, match="CreateReportRequest"):
        render_operations(_spec(), CONFIG, MODELS - {"CreateReportRequest"})

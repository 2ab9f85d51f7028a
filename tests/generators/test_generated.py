"""The generated packages: provenance, round trips, forward compatibility of parsed responses."""

from __future__ import annotations

import hashlib
import importlib
import json
import pkgutil
import re
import subprocess
import sys
from typing import Any

import pytest
import yaml

from scanclients._core.operation_spec import Operation
from scanclients._generated import hostedscan_models as hs
from scanclients._generated import pdcp_client
from scanclients._generated.pdcp_client import models, resources
from scanclients._generated.pdcp_client.models import (
    AssetFilters,
    CreateScanRequest,
    CreateScanRequestAgentBehavior,
    CreateScanResponse,
    EnumerationIds,
    PrivateTemplates,
    TimeRangeQueryParameter,
)
from tests.helpers import ROOT, SPECS

ALL_26 = {
    "targets": ["example.com", "10.0.0.1"],
    "templates": ["http/cves/"],
    "assets": ["asset-1"],
    "private_templates": [{"name": "a.yaml", "contents": "id: a\ninfo: {}\n"}],
    "name": "nightly",
    "recommended": True,
    "all": False,
    "alerting_config_ids": ["al-1"],
    "scan_config_ids": ["sc-1"],
    "reporting_config_ids": ["rc-1"],
    "early_templates": ["http/misconfiguration/"],
    "exclude_targets": ["old.example.com"],
    "enumeration_ids": [{"id": "enum-1"}],
    "schedule_only": True,
    "disable_global_alert_config": True,
    "disable_global_report_config": False,
    "disable_global_scan_config": True,
    "socks5_proxy": "socks5://127.0.0.1:1080",
    "agent_id": "agent-1",
    "agent_tags": ["dc-1"],
    "agent_networks": ["10.0.0.0/8"],
    "agent_behavior": "mirror",
    "automatic_scan": False,
    "scan_all_assets": True,
    "exclusions": ["*.staging.example.com", "+prod-*.example.com"],
    "asset_filters": {
        "is_tech": True,
        "labels": "p1,p2",
        "domain": ["example.com"],
        "time": "last_week",
        "start_date": "2026-01-02",
        "end_date": "2026-02-03",
        "enumeration_ids": ["e1"],
        "only_dns": True,
    },
}


def _request_properties() -> set[str]:
    spec = yaml.safe_load((SPECS / "pdcp.yaml").read_text())
    body = spec["components"]["requestBodies"]["TriggerUserScanRequest"]
    return set(body["content"]["application/json"]["schema"]["properties"])


def test_the_fixture_covers_every_request_property_of_the_spec() -> None:
    assert set(ALL_26) == _request_properties()
    assert len(ALL_26) == 26


def test_create_scan_request_with_all_26_properties_round_trips() -> None:
    request = CreateScanRequest.from_dict(ALL_26)
    assert request.all_ is False
    assert request.agent_behavior is CreateScanRequestAgentBehavior.MIRROR
    assert isinstance(request.private_templates[0], PrivateTemplates)
    assert isinstance(request.enumeration_ids[0], EnumerationIds)
    assert isinstance(request.asset_filters, AssetFilters)
    assert request.asset_filters.time is TimeRangeQueryParameter.LAST_WEEK
    assert request.to_dict() == ALL_26


def test_create_scan_response_keeps_unknown_fields_and_reads_the_hyphenated_count() -> None:
    body = {"id": "s1", "message": "ok", "truncated-scan-targets": 3, "queued_at": "now"}
    response = CreateScanResponse.from_dict(body)
    assert response.truncated_scan_targets == 3
    assert response.additional_properties == {"queued_at": "now"}
    assert response.to_dict() == body


@pytest.mark.parametrize(
    ("package", "spec", "generator"),
    [
        (pdcp_client, "pdcp.yaml", "openapi-python-client 0.29.1"),
        (hs, "hostedscan.yaml", "datamodel-code-generator 0.89.0"),
    ],
)
def test_generated_packages_state_their_provenance(package, spec, generator) -> None:
    digest = hashlib.sha256((SPECS / spec).read_bytes()).hexdigest()
    assert package.__spec_sha256__ == digest
    assert package.__generator__ == generator
    assert package.__doc__.startswith("Generated code: do not edit.")
    assert f"specs/{spec} (sha256 {digest})" in package.__doc__


def _facts_examples() -> list[str]:
    """The JSON examples of the HostedScan sources: the docs page's response and the example call."""
    page = (SPECS / "sources" / "hostedscan-create-scan.md").read_text()
    return re.findall(r"```javascript\n(.*?)```", page, re.S)


def test_hostedscan_models_parse_the_documented_response_example() -> None:
    (example,) = _facts_examples()
    scan = hs.ScanEnvelope.model_validate_json(example).data
    # The page's placeholders ("QUEUED || RUNNING || ...") are not known values: kept as strings.
    assert scan.state == "QUEUED || RUNNING || SUCCEEDED || FAILED || OVER_LIMIT"
    assert scan.progress == 100
    assert [r.content_type for r in scan.results] == ["text/html", "application/pdf"]
    assert scan.requested_targets[0].target == "string"
    assert scan.resolved_targets[0].resolved_target == "string"
    assert scan.skipped_targets[0].skipped_reason == "string"


def test_hostedscan_models_parse_the_documented_request_example() -> None:
    request = hs.CreateScanRequest.model_validate({"target_ids": ["123", "456"], "type": "NMAP"})
    assert request.root.type is hs.ScanType.NMAP


def test_hostedscan_request_needs_targets_or_target_ids() -> None:
    with pytest.raises(ValueError, match="targets"):
        hs.CreateScanRequest.model_validate({"type": "NMAP"})


def test_hostedscan_scan_keeps_an_unknown_field_and_an_unknown_state() -> None:
    body = {
        "id": "s1",
        "type": "NUCLEI_NEXT",
        "state": "PAUSED",
        "progress": 40,
        "risks": {"new_open": [{"risk_id": "r1"}], "still_open": [], "closed": []},
        "region": "eu",
    }
    scan = hs.Scan.model_validate_json(json.dumps(body))
    assert scan.state == "PAUSED"
    assert scan.type == "NUCLEI_NEXT"
    assert scan.model_extra == {"region": "eu"}
    assert scan.risks.new_open[0].risk_id == "r1"
    assert scan.model_dump(mode="json", exclude_unset=True) == body


def test_hostedscan_known_state_compares_equal_to_its_enum_member() -> None:
    scan = hs.Scan.model_validate({"id": "s1", "state": "SUCCEEDED"})
    assert scan.state == hs.ScanState.SUCCEEDED


def test_hostedscan_list_and_webhook_models() -> None:
    page = hs.ScanList.model_validate(
        {"data": [{"id": "a", "state": "QUEUED"}], "next_page_token": None}
    )
    assert page.next_page_token is None
    event = hs.WebhookEvent.model_validate(
        {"id": "e1", "created_at": 1, "type": "scan.exploded", "data": {"x": 1}}
    )
    assert event.type == "scan.exploded"
    risk = hs.RiskEvent.model_validate(
        {
            "id": "e2",
            "created_at": 2,
            "type": "risk.opened",
            "data": {
                "id": "r1",
                "target": "example.com",
                "status": "OPEN",
                "risk_definition": {
                    "scan_type": "SSLYZE",
                    "title": "TLS 1.0",
                    "threat_level": "CRITICAL",
                },
            },
        }
    )
    assert risk.data.risk_definition.threat_level == "CRITICAL"


# --- the complete PDCP document: every operation, its typed success answer, lazy model imports ---

_PACKAGE = ROOT / "generated" / "pdcp_client"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _prepared() -> dict[str, Any]:
    return yaml.load((_PACKAGE / "openapi.yaml").read_bytes(), Loader=yaml.CSafeLoader)


def _generated_operations() -> dict[tuple[str, str], Operation]:
    """The shipped record of each operation (what the wrapper runs), by method and path."""
    found = {}
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{resources.__name__}.{info.name}")
        for operation in getattr(module, "OPERATIONS", {}).values():
            found[(operation.method.lower(), _template(operation.path))] = operation
    return found


def _template(path: str) -> str:
    # The generator renames path parameters to Python names (`{scanId}` -> `{scan_id}`).
    return re.sub(r"\{[^}]+\}", "{}", path)


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def test_every_operation_of_the_document_is_generated_with_its_typed_success_answer() -> None:
    document = _prepared()
    generated = _generated_operations()
    operations = {
        (method, _template(path)): operation
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in _METHODS
    }
    # The document's 125, and the 7 specs/pdcp.additions.overlay.yaml adds from the tools.
    assert len(operations) == 125 + 7
    assert set(generated) == set(operations)
    for key, operation in operations.items():
        success = min(s for s in operation["responses"] if s.startswith("2"))
        content = _resolve(document, operation["responses"][success]).get("content", {})
        (answer,) = [a for a in generated[key].answers if a.status == int(success)]
        if not content:
            assert answer.kind == "empty", key
            continue
        media, entry = next(iter(content.items()))
        schema = _resolve(document, entry["schema"])
        if media == "application/json" and schema.get("type") == "object":
            assert answer.kind == "model", (key, answer)
            assert getattr(models, answer.model.split(":")[1]).from_dict, key
        elif media == "application/json" and schema.get("type") == "array":
            assert answer.kind in ("models", "json"), (key, answer)
        else:
            assert answer.kind == "file", (key, media, answer)


def test_the_package_ships_only_what_runs() -> None:
    # openapi-python-client's own client (client.py, errors.py) and per-operation functions (api/)
    # are read at generation time, by the resources step, and left in its scratch directory.
    files = [p for p in _PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert {p.relative_to(_PACKAGE).parts[0] for p in files} == {
        "__init__.py",
        "models",
        "openapi.yaml",
        "params.py",
        "py.typed",
        "resources",
        "types.py",
    }
    assert "AuthenticatedClient" not in vars(pdcp_client)


def test_importing_one_operation_does_not_import_every_model() -> None:
    code = (
        "import sys\n"
        "from scanclients._generated.pdcp_client.resources import scans\n"
        "from scanclients._generated.pdcp_client.models import CreateScanResponse\n"
        "loaded = [m for m in sys.modules if m.startswith('scanclients._generated.pdcp_client.models.')]\n"
        "import scanclients._generated.pdcp_client.models as models\n"
        "print(len(loaded), len(models.__all__), 'CreateScanResponse' in dir(models))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    loaded, exported, listed = result.stdout.split()
    assert int(exported) > 900
    assert int(loaded) < 20, result.stdout
    assert listed == "True"


def test_an_unknown_model_name_is_an_attribute_error() -> None:
    import scanclients._generated.pdcp_client.models as models

    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        models.NoSuchModel  # noqa: B018

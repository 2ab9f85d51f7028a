"""The overlay: OpenAPI Overlay 1.0 actions applied with JSONPath, and the shipped corrections."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
import yaml

from tests.helpers import ROOT, SPECS

sys.path.insert(0, str(ROOT / "scripts"))
from spec_overlay import OverlayError, apply_overlay
from spec_prepare import prepare


def _document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/export": {
                "get": {
                    "parameters": [{"name": "status", "in": "query", "schema": {"type": "string"}}],
                    "tags": ["a"],
                    "x-internal": True,
                }
            }
        },
    }


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_update_merges_into_every_matched_object() -> None:
    document = _document()
    (result,) = apply_overlay(
        document,
        _overlay(
            {
                "target": "$.paths['/export'].get.parameters[?(@.name == 'status')].schema",
                "description": "Status is an enum. Upstream says so only in prose.",
                "update": {"enum": ["done"], "type": "string"},
            }
        ),
    )
    schema = document["paths"]["/export"]["get"]["parameters"][0]["schema"]
    assert schema == {"type": "string", "enum": ["done"]}
    assert (result.matched, result.changed) == (1, 1)
    assert result.line() == "1 of 1 nodes changed: Status is an enum"


def test_update_of_an_array_appends_and_remove_deletes() -> None:
    document = _document()
    results = apply_overlay(
        document,
        _overlay(
            {"target": "$.paths['/export'].get.tags", "description": "A tag.", "update": "b"},
            {"target": "$..['x-internal']", "description": "Internal.", "remove": True},
        ),
    )
    operation = document["paths"]["/export"]["get"]
    assert operation["tags"] == ["a", "b"]
    assert "x-internal" not in operation
    assert [(r.matched, r.changed) for r in results] == [(1, 1), (1, 1)]


def test_an_action_that_matches_nothing_is_reported_by_name_not_raised() -> None:
    document = _document()
    (result,) = apply_overlay(
        document,
        _overlay(
            {
                "target": "$.paths['/gone'].get",
                "description": "Gone is typed wrong. Fixed upstream one day.",
                "update": {"x": 1},
            }
        ),
    )
    assert result.matched == 0
    assert (
        result.line()
        == "matches nothing (fixed upstream?): Gone is typed wrong [$.paths['/gone'].get]"
    )
    assert document == _document()


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        ({"actions": []}, "not an Overlay 1.x document"),
        ({"overlay": "1.0.0", "actions": []}, "has no 'actions' list"),
        (_overlay({"description": "d", "update": {}}), "actions[0]: needs a 'target'"),
        (_overlay({"target": "$.paths", "update": {}}), "actions[0]: needs a 'description'"),
        (_overlay({"target": "$.paths", "description": "d"}), "exactly one of 'update'"),
        (_overlay({"target": "$.[[", "description": "d", "update": {}}), "bad target"),
    ],
)
def test_a_malformed_overlay_is_refused_with_the_action_named(
    overlay: dict[str, Any], message: str
) -> None:
    with pytest.raises(OverlayError, match=message.replace("[", r"\[")):
        apply_overlay(_document(), overlay)


def test_the_shipped_overlay_corrects_the_shipped_document() -> None:
    prepared = prepare(
        (SPECS / "pdcp.yaml").read_bytes(), (SPECS / "pdcp.overlay.yaml").read_bytes()
    )
    assert all(r.matched for r in prepared.overlaid), [r.line() for r in prepared.overlaid]
    assert all(r.description.strip() for r in prepared.overlaid)
    document = prepared.document
    exports = document["paths"]["/v1/scans/{scan_id}/export"]["get"]["responses"]["200"]
    assert exports["content"]["application/octet-stream"]["schema"] == {
        "type": "string",
        "format": "binary",
    }
    status = document["components"]["schemas"]["ScanStatusItem"]["properties"]["status"]
    assert status["anyOf"] == [{"$ref": "#/components/schemas/ScanStatus"}, {"type": "string"}]
    assert document["components"]["schemas"]["ScanStatus"]["enum"] == [
        "failed",
        "finished",
        "queued",
        "running",
        "starting",
        "uploaded",
        "scheduled",
    ]


def test_the_generated_client_reads_a_status_it_does_not_know_as_a_string() -> None:
    from scanclients._generated.pdcp_client.models import ScanStatus, ScanStatusItem

    item = {
        "scan_id": "s",
        "status": "paused",
        "scan_time_elapsed": "1s",
        "progress": 1,
        "failure_reason": "",
        "created_at": "",
        "updated_at": "",
        "total_target": 1,
        "completed_at": "",
        "total_scan": 1,
        "total_template": 1,
        "name": "n",
        "is_oss": False,
        "is_cloud": True,
        "total_result": 0,
    }
    assert ScanStatusItem.from_dict(item).status == "paused"
    assert ScanStatusItem.from_dict({**item, "status": "running"}).status is ScanStatus.RUNNING


def test_the_command_line_prints_what_each_action_did() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "spec_overlay.py"),
            str(SPECS / "pdcp.yaml"),
            str(SPECS / "pdcp.overlay.yaml"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        "8 of 10 nodes changed: Export bodies are typed text, not binary"
    )
    assert yaml.safe_load((SPECS / "pdcp.overlay.yaml").read_text())["overlay"] == "1.0.0"


# --- the additions meet other versions of the document (found on the public history) ----------

_ADDED = {
    "overlay": "1.0.0",
    "info": {"title": "t", "version": "1"},
    "actions": [
        {
            "description": "the agents' calls, from pd-agent",
            "target": "$.paths",
            "update": {
                "/v1/agents/{agent_id}": {
                    "get": {
                        "operationId": "get-v1-agents-id",
                        "parameters": [
                            {
                                "name": "agent_id",
                                "in": "path",
                                "required": True,
                                "schema": {"type": "string"},
                            }
                        ],
                        "responses": {
                            "200": {"description": "ok"},
                            "401": {"$ref": "#/components/responses/ErrorResponse"},
                        },
                    }
                },
                "/v1/user": {
                    "get": {
                        "operationId": "get-v1-user",
                        "responses": {"200": {"description": "ok"}},
                    }
                },
            },
        }
    ],
}


def _older(paths: dict[str, Any]) -> bytes:
    return yaml.safe_dump(
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}
    ).encode()


def test_an_addition_upstream_documents_now_is_skipped_and_said_so() -> None:
    # PDCP's 2025-11-18 document has GET /v1/agents/{id}: the addition's /v1/agents/{agent_id}
    # would have been a second copy of it ("no spec parameter for agent_id").
    own = {
        "get": {
            "operationId": "upstream",
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {"200": {"description": "ok"}},
        }
    }
    prepared = prepare(
        _older({"/v1/agents/{id}": own}), None, additions=yaml.safe_dump(_ADDED).encode()
    )
    paths = prepared.document["paths"]
    assert paths["/v1/agents/{id}"]["get"]["operationId"] == "upstream"
    assert "/v1/agents/{agent_id}" not in paths
    assert paths["/v1/user"]["get"]["operationId"] == "get-v1-user"  # not documented: added
    assert prepared.report("pdcp")[0] == (
        "pdcp: fallback addition GET /v1/agents/{agent_id} is in the document now: skipped"
        " (drop it from specs/pdcp.additions.overlay.yaml)"
    )


def test_an_addition_naming_a_response_an_older_document_lacks_still_goes_in() -> None:
    # PDCP's 2023-12-05 document has no components/responses/ErrorResponse.
    prepared = prepare(_older({}), None, additions=yaml.safe_dump(_ADDED).encode())
    answer = prepared.document["paths"]["/v1/agents/{agent_id}"]["get"]["responses"]["401"]
    assert "$ref" not in answer
    assert any(
        "its 401 answer is #/components/responses/ErrorResponse" in line
        for line in prepared.fallbacks
    )

"""The spec diff: each kind of change on a small document, and which ones are marked BREAKING."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from typing import Any

import yaml

from tests.helpers import ROOT, SPECS

sys.path.insert(0, str(ROOT / "scripts"))
from spec_diff import diff_documents, format_changes


def _old() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/scans/{scanId}": {
                "get": {
                    "parameters": [
                        {
                            "name": "scanId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "view",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["short", "full"]},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Scan"}
                                }
                            },
                        }
                    },
                },
                "patch": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "name": {"type": "string"},
                                        "tags": {"type": "array", "items": {"type": "string"}},
                                    },
                                }
                            }
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                },
            }
        },
        "components": {
            "schemas": {
                "Scan": {
                    "type": "object",
                    "required": ["id", "status"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": {"type": "string", "enum": ["queued", "done"]},
                        "targets": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Target"},
                        },
                    },
                },
                "Target": {"type": "object", "properties": {"host": {"type": "string"}}},
            }
        },
    }


def _lines(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [change.line() for change in diff_documents(old, new)]


def test_the_same_document_has_no_changes() -> None:
    assert diff_documents(_old(), _old()) == []
    assert format_changes([], _old(), _old()) == (
        "spec diff: 2 -> 2 operations; 0 changes, 0 marked BREAKING"
    )


def test_a_renamed_path_parameter_is_the_same_operation() -> None:
    new = _old()
    new["paths"]["/scans/{scan_id}"] = new["paths"].pop("/scans/{scanId}")
    assert not any("operation" in line for line in _lines(_old(), new))


def test_operations_added_and_removed() -> None:
    new = _old()
    new["paths"]["/scans"] = {"post": {"responses": {"200": {"description": "ok"}}}}
    del new["paths"]["/scans/{scanId}"]["patch"]
    assert _lines(_old(), new) == [
        "BREAKING PATCH /scans/{scanId}: operation removed",
        "         POST /scans: operation added",
    ]


def test_request_changes_that_break_a_caller_are_marked() -> None:
    new = _old()
    get = new["paths"]["/scans/{scanId}"]["get"]
    get["parameters"][1]["schema"]["enum"] = ["short", "summary"]
    get["parameters"].append(
        {"name": "team", "in": "header", "required": True, "schema": {"type": "string"}}
    )
    body = new["paths"]["/scans/{scanId}"]["patch"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    body["properties"]["name"] = {"type": "integer"}
    body["properties"]["priority"] = {"type": "integer"}
    body["required"] = ["priority"]
    del body["properties"]["tags"]
    assert _lines(_old(), new) == [
        "BREAKING GET /scans/{scanId}: parameter added: team (in header) (string) (required)",
        "         GET /scans/{scanId}: parameter view (in query): enum value added 'summary'",
        "BREAKING GET /scans/{scanId}: parameter view (in query): enum value removed 'full'",
        "BREAKING PATCH /scans/{scanId}: request property removed: tags",
        "BREAKING PATCH /scans/{scanId}: request property added: priority (integer) (required)",
        "BREAKING PATCH /scans/{scanId}: request property name: type string -> integer",
    ]


def test_answer_changes_nested_and_through_refs() -> None:
    new = copy.deepcopy(_old())
    scan = new["components"]["schemas"]["Scan"]
    scan["required"] = ["id"]
    scan["properties"]["status"]["enum"].append("failed")
    scan["properties"]["created_at"] = {"type": "string", "format": "date-time"}
    new["components"]["schemas"]["Target"]["properties"] = {"hostname": {"type": "string"}}
    assert _lines(_old(), new) == [
        "BREAKING GET /scans/{scanId}: response 200 property removed: targets[].host",
        "         GET /scans/{scanId}: response 200 property added: created_at (string(date-time))",
        "         GET /scans/{scanId}: response 200 property added: targets[].hostname (string)",
        "BREAKING GET /scans/{scanId}: response 200 property status: now optional",
        "         GET /scans/{scanId}: response 200 property status: enum value added 'failed'",
    ]


def test_the_command_line_reads_a_docs_page_and_a_document(tmp_path) -> None:
    new = _old()
    new["paths"]["/scans"] = {"post": {"responses": {"200": {"description": "ok"}}}}
    old_page = tmp_path / "old.md"
    old_page.write_text("# Scans\n```yaml\n" + yaml.safe_dump(_old()) + "```\n")
    new_json = tmp_path / "new.json"
    new_json.write_text(json.dumps(new))
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_diff.py"), str(old_page), str(new_json)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "spec diff: 2 -> 3 operations; 1 changes, 0 marked BREAKING\n"
        "         POST /scans: operation added\n"
    )


def test_the_command_line_refuses_what_is_not_openapi(tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("```yaml\nopenapi: '2.0'\npaths: {}\n```\n")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "spec_diff.py"),
            str(SPECS / "pdcp.yaml"),
            str(bad),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "not an OpenAPI 3.x document" in result.stderr

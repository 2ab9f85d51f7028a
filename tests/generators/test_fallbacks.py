"""A new upstream version with the shapes that used to stop the build goes in with no edit.

The document is today's spec mutated on purpose with the three failures measured on the public
history of ProjectDiscovery's document (scripts/spec_history.py): a name the rule derives that
meets a table name (`get-v1-asset-changelogs` in 2025-10-28), a list-looking operation with no
single list of items (`get-v1-scans-results-stats`, 2023-12-05), a response `$ref` to a
`components/responses` entry that does not exist (2025-03-12), and an answer in a media type the
generator has no reader for (`image/png`, 2024-09-22). Each goes in as a method, reported in one
`pdcp: fallback` line.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from spec_fallbacks import (
    answer_dangling_response_refs,
    drop_duplicate_parameters,
    file_media_type_overrides,
)

_LIMIT_OFFSET = [
    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
    {"name": "offset", "in": "query", "schema": {"type": "integer"}},
]


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _mutated() -> dict[str, Any]:
    document = yaml.load((ROOT / "specs" / "pdcp.yaml").read_bytes(), Loader=yaml.CSafeLoader)
    paths = document["paths"]
    strings = {"type": "array", "items": {"type": "string"}}
    # The rule names it assets.list_changelogs, the table's name of get-v1-asset-assetId-changelogs.
    paths["/v1/asset/changelogs"] = {
        "get": {
            "operationId": "get-v1-asset-changelogs",
            "tags": ["assets"],
            "parameters": _LIMIT_OFFSET,
            "responses": {"200": _json({"type": "object", "properties": {"data": strings}})},
        }
    }
    paths["/v1/scans/results/stats"] = {
        "get": {
            "operationId": "get-v1-scans-results-stats",
            "tags": ["results"],
            "parameters": _LIMIT_OFFSET,
            "responses": {
                "200": _json(
                    {"type": "object", "properties": {"hosts": strings, "templates": strings}}
                )
            },
        }
    }
    paths["/v1/template/public/{template_id}/data"] = {
        "get": {
            "operationId": "get-v1-template-public-data-one",
            "tags": ["templates"],
            "parameters": [
                {
                    "name": "template_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                }
            ],
            "responses": {"200": {"$ref": "#/components/responses/NoSuchResponse"}},
        }
    }
    paths["/v1/asset/screenshot/{asset_id}"] = {
        "get": {
            "operationId": "get-v1-asset-screenshot",
            "tags": ["assets"],
            "parameters": [
                {"name": "asset_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"image/png": {"schema": {"type": "string"}}},
                }
            },
        }
    }
    paths["/v1/asset/notes"] = {
        "post": {
            "operationId": "post-v1-asset-notes",
            "tags": ["assets"],
            "requestBody": {
                "required": True,
                "content": {"text/markdown": {"schema": {"type": "string"}}},
            },
            "responses": {"200": _json({"type": "object"})},
        }
    }
    # A component the generator cannot process (an enum of mixed types), answered by an operation.
    document["components"]["schemas"]["MixedKind"] = {
        "type": "object",
        "properties": {"kind": {"enum": [1, "a"]}},
    }
    paths["/v1/asset/mixed"] = {
        "get": {
            "operationId": "get-v1-asset-mixed",
            "tags": ["assets"],
            "responses": {"200": _json({"$ref": "#/components/schemas/MixedKind"})},
        }
    }
    # Nothing above knows this one: the generator's warning brings in the last resort.
    paths["/v1/asset/oddity"] = {
        "get": {
            "operationId": "get-v1-asset-oddity",
            "tags": ["assets"],
            "responses": {
                "200": _json(
                    {
                        "type": "object",
                        "properties": {"odd": {"$ref": "#/components/schemas/NoSuchSchema"}},
                    }
                )
            },
        }
    }
    return document


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    repo = tmp_path_factory.mktemp("fallbacks") / "repo"
    for name in ("scripts", "specs", "generated"):
        shutil.copytree(ROOT / name, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
    source = repo.parent / "pdcp-mutated.yaml"
    source.write_text(yaml.dump(_mutated(), Dumper=yaml.CSafeDumper, sort_keys=False))
    result = subprocess.run(
        [sys.executable, str(repo / "scripts" / "update_spec.py"), str(source)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return repo, result.stdout


def test_every_operation_of_the_mutated_version_is_a_method(updated) -> None:
    repo, stdout = updated
    assert "pdcp: 139 methods in 12 resources" in stdout.splitlines()
    assert "pdcp: 139 operations, " in stdout
    reference = (repo / "docs" / "api.md").read_text()
    assert "139 operations in 12 resources." in reference


def test_a_rule_name_meeting_a_table_name_takes_its_operation_id(updated) -> None:
    repo, stdout = updated
    assert (
        "pdcp: fallback get-v1-asset-changelogs: the rule's name assets.list_changelogs is also"
        " get-v1-asset-assetId-changelogs's; named assets.get_v1_asset_changelogs after its"
        " operationId"
    ) in stdout.splitlines()
    reference = (repo / "docs" / "api.md").read_text()
    # The table's name keeps its operation; the new one is paged under its own name.
    assert "| `list_changelogs` | `GET /v1/asset/{asset_id}/changelogs` |" in reference
    assert (
        "| `get_v1_asset_changelogs` | `GET /v1/asset/changelogs` | `SyncPager[str, " in reference
    )


def test_a_list_with_no_single_item_list_is_a_plain_method(updated) -> None:
    repo, stdout = updated
    assert (
        "pdcp: fallback get-v1-scans-results-stats: looks like a list (the paging rule finds no"
        " single list of items in its answer); a plain method returning its answer"
    ) in stdout.splitlines()
    reference = (repo / "docs" / "api.md").read_text()
    assert (
        "| `list_scans_results_stats` | `GET /v1/scans/results/stats` |"
        " `GetV1ScansResultsStatsResponse200` |"
    ) in reference


def test_a_dangling_response_ref_answers_any_json(updated) -> None:
    repo, stdout = updated
    assert (
        "pdcp: fallback GET /v1/template/public/{template_id}/data: its 200 answer is"
        " #/components/responses/NoSuchResponse, which is no components/responses entry of the"
        " document; read as JSON of any shape"
    ) in stdout.splitlines()
    module = (repo / "generated" / "pdcp_client" / "resources" / "templates.py").read_text()
    assert 'operation_id="get-v1-template-public-data-one"' in module
    operation = module[module.index('operation_id="get-v1-template-public-data-one"') :]
    assert "".join(operation[: operation.index("\n)")].split()).endswith(
        'answers=(Answer(200,"json",""),),'
    )


def test_an_answer_the_generator_still_cannot_parse_is_any_json(updated) -> None:
    repo, stdout = updated
    assert (
        "pdcp: fallback GET /v1/asset/oddity: the generator cannot parse its answers; 200 read as"
        " JSON of any shape"
    ) in stdout.splitlines()
    reference = (repo / "docs" / "api.md").read_text()
    assert "| `get_oddity` | `GET /v1/asset/oddity` | `Any` |" in reference


def test_a_body_in_an_unwritable_media_type_is_given_as_bytes(updated) -> None:
    repo, stdout = updated
    assert (
        "pdcp: fallback POST /v1/asset/notes: its request body is text/markdown, which the"
        " generator has no writer for; sent as given bytes"
    ) in stdout.splitlines()
    module = (repo / "generated" / "pdcp_client" / "resources" / "assets.py").read_text()
    assert 'body=Body("text/markdown", "", (), required=True)' in module
    reference = (repo / "docs" / "api.md").read_text()
    assert "### `pd.assets.create_notes(*, body)`" in reference


def test_a_schema_the_generator_cannot_process_is_any_value(updated) -> None:
    repo, stdout = updated
    assert (
        "pdcp: fallback components/schemas/MixedKind: the generator cannot process it; any value"
    ) in stdout.splitlines()
    reference = (repo / "docs" / "api.md").read_text()
    assert "| `get_mixed` | `GET /v1/asset/mixed` | `Any` |" in reference


def test_an_answer_in_an_unreadable_media_type_is_a_file(updated) -> None:
    repo, stdout = updated
    assert (
        "pdcp: fallback GET /v1/asset/screenshot/{asset_id}: its 200 answer is image/png, which"
        " the generator has no reader for; answered as a file (bytes)"
    ) in stdout.splitlines()
    module = (repo / "generated" / "pdcp_client" / "resources" / "assets.py").read_text()
    assert 'operation_id="get-v1-asset-screenshot"' in module
    reference = (repo / "docs" / "api.md").read_text()
    assert "`GET /v1/asset/screenshot/{asset_id}`" in reference


def test_the_shipped_spec_is_the_mutated_document_unedited(updated) -> None:
    repo, _ = updated
    shipped = (repo / "specs" / "pdcp.yaml").read_bytes()
    assert shipped == (repo.parent / "pdcp-mutated.yaml").read_bytes()
    assert b"#/components/responses/NoSuchResponse" in shipped


def test_a_response_ref_that_resolves_is_left_alone() -> None:
    document = {
        "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/R"}}}}},
        "components": {"responses": {"R": _json({"type": "string"})}},
    }
    assert answer_dangling_response_refs(document) == []
    assert document["paths"]["/a"]["get"]["responses"]["200"] == {
        "$ref": "#/components/responses/R"
    }


def test_a_response_readable_in_one_of_its_media_types_needs_no_override() -> None:
    document = {
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "x",
                            "content": {"image/png": {}, "application/json": {}},
                        }
                    }
                }
            },
            "/b": {"get": {"responses": {"200": {"$ref": "#/components/responses/Png"}}}},
        },
        "components": {
            "responses": {"Png": {"description": "x", "content": {"image/png; q=1": {}}}}
        },
    }
    overrides, lines = file_media_type_overrides(document)
    assert overrides == {"image/png; q=1": "application/octet-stream"}
    assert lines == [
        "GET /b: its 200 answer is image/png; q=1, which the generator has no reader for;"
        " answered as a file (bytes)"
    ]


def test_a_parameter_listed_twice_is_kept_once() -> None:
    start = {"name": "start_date", "in": "query", "schema": {"type": "string"}}
    other = {"name": "start_date", "in": "query", "schema": {"type": "integer"}}
    header = {"name": "start_date", "in": "header", "schema": {"type": "string"}}
    operation = {"parameters": [start, dict(start), header, other], "responses": {}}
    document = {"paths": {"/log": {"get": operation}}}
    assert drop_duplicate_parameters(document) == [
        "GET /log: query parameter 'start_date' listed twice (a copy of the first); the first kept",
        "GET /log: query parameter 'start_date' listed twice (differing from the first); the first"
        " kept",
    ]
    assert operation["parameters"] == [start, header]

"""The resource generator's rules: names from tags and paths, the naming table, the paging rule."""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from resources_codegen import ResourcesError, write_resources
from resources_names import NamingError, assign_names, identifier, rule_name


@pytest.mark.parametrize(
    ("method", "path", "tags", "listing", "expected"),
    [
        ("get", "/v1/scans", ["scans"], True, ("scans", "list")),
        ("get", "/v1/scans/{scan_id}", ["scans"], False, ("scans", "get")),
        ("post", "/v1/scans/{scan_id}/stop", ["scans"], False, ("scans", "create_stop")),
        ("delete", "/v1/scans", ["scans"], False, ("scans", "delete_many")),
        ("patch", "/v1/scans/{scan_id}", ["scans"], False, ("scans", "update")),
        (
            "get",
            "/v2/template/search",
            ["template/v2"],
            True,
            ("template_v2", "list_template_search"),
        ),
        ("get", "/v1/asset/policy/{policy_id}", [], False, ("asset", "get_policy")),
        ("put", "/v1/global/async", [], False, ("global_", "replace_many_async")),
    ],
)
def test_the_naming_rule(method, path, tags, listing, expected) -> None:
    assert rule_name(method, path, tags, listing) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("async", "async_"),
        ("template-id", "template_id"),
        ("get-v1-scans-vuln-:vulnId", "get_v1_scans_vuln_vulnid"),
        ("2fa", "_2fa"),
        ("timeout", "timeout_"),
    ],
)
def test_python_safe_names(text: str, expected: str) -> None:
    assert identifier(text) == expected


def _spec(*operations: tuple[str, str, str, list[str]]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for method, path, op_id, tags in operations:
        paths.setdefault(path, {})[method] = {"operationId": op_id, "tags": tags, "responses": {}}
    return {"paths": paths}


def test_two_operations_the_table_gives_one_name_fail_naming_both() -> None:
    spec = _spec(("get", "/v1/a", "op-a", ["x"]), ("get", "/v1/b", "op-b", ["x"]))
    with pytest.raises(NamingError, match=r"op-a and op-b both map to x\.fetch"):
        assign_names(spec, {"names": {"op-a": "x.fetch", "op-b": "x.fetch"}})


def test_a_table_name_meeting_a_rule_name_wins_and_the_other_takes_its_operation_id() -> None:
    spec = _spec(("get", "/v1/x/{id}", "op-a", ["x"]), ("get", "/v1/b", "op-b", ["x"]))
    fallbacks: list[str] = []
    names = assign_names(spec, {"names": {"op-b": "x.get"}}, fallbacks)
    assert {key: op["operationId"] for key, (_, _, op) in names.items()} == {
        ("x", "op_a"): "op-a",
        ("x", "get"): "op-b",
    }
    assert fallbacks == [
        "op-a: the rule's name x.get is also op-b's; named x.op_a after its operationId"
    ]


def test_operations_the_rule_alone_gives_one_name_get_their_operation_ids() -> None:
    spec = _spec(
        ("get", "/v1/x/{id}/logs", "get-logs-of-one", ["x"]),
        ("get", "/v1/x/logs", "get-all-logs", ["x"]),
    )
    fallbacks: list[str] = []
    assert sorted(assign_names(spec, {}, fallbacks)) == [
        ("x", "get_all_logs"),
        ("x", "get_logs_of_one"),
    ]
    assert len(fallbacks) == 2


def test_an_operation_id_name_already_taken_is_numbered() -> None:
    # op-a's rule name (x.get) meets op-b's table name; its operationId name x.op_a is op-c's.
    spec = _spec(
        ("get", "/v1/x/{id}", "op-a", ["x"]),
        ("get", "/v1/b", "op-b", ["x"]),
        ("post", "/v1/c", "op-c", ["x"]),
    )
    names = assign_names(spec, {"names": {"op-b": "x.get", "op-c": "x.op_a"}})
    assert names["x", "op_a_2"][2]["operationId"] == "op-a"
    assert names["x", "op_a"][2]["operationId"] == "op-c"


def test_untagged_operations_get_a_resource_from_the_path_and_helpers_leave_an_api_name() -> None:
    spec = _spec(("post", "/v1/widgets", "make", []), ("get", "/v1/widgets/{id}", "one", []))
    names = assign_names(spec, {"helpers": ["widgets.create"]})
    assert sorted(names) == [("widgets", "create_api"), ("widgets", "get")]


_LIST_WITHOUT_ONE_LIST = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/v1/things": {
            "get": {
                "operationId": "get-v1-things",
                "tags": ["things"],
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {
                    "200": {
                        "description": "two lists, neither named like items",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "apples": {"type": "array", "items": {"type": "string"}},
                                        "pears": {"type": "array", "items": {"type": "string"}},
                                    },
                                }
                            }
                        },
                    }
                },
            }
        }
    },
}


@pytest.fixture(scope="module")
def ambiguous_package(tmp_path_factory) -> tuple[Path, Path]:
    scratch = tmp_path_factory.mktemp("codegen")
    spec = scratch / "spec.yaml"
    spec.write_text(yaml.safe_dump(_LIST_WITHOUT_ONE_LIST))
    config = scratch / "config.json"
    config.write_text(json.dumps({"package_name_override": "things_client", "post_hooks": []}))
    package = scratch / "out" / "things_client"
    tool = Path(sys.executable).parent / "openapi-python-client"
    subprocess.run(
        [
            str(tool),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(config),
            "--meta",
            "none",
            "--output-path",
            str(package),
        ],
        check=True,
        capture_output=True,
        cwd=scratch,
    )
    return package, spec


def test_a_list_the_paging_rule_cannot_read_is_a_plain_method_reported(ambiguous_package) -> None:
    package, spec = ambiguous_package
    fallbacks: list[str] = []
    reference = write_resources(package, spec, {}, fallbacks)
    assert fallbacks == [
        "get-v1-things: looks like a list (the paging rule finds no single list of items in its"
        " answer); a plain method returning its answer",
        "1 methods in 1 resources",
    ]
    assert "| `list` | `GET /v1/things` | `GetV1ThingsResponse200` |" in reference
    assert "### `pd.things.list(*, limit, offset)`" in reference


def test_a_paging_override_naming_no_list_of_the_answer_fails(ambiguous_package) -> None:
    package, spec = ambiguous_package
    with pytest.raises(ResourcesError, match=r"get-v1-things: .* names items 'figs'"):
        write_resources(package, spec, {"paging": {"get-v1-things": {"items": "figs"}}})


def test_a_paging_override_reads_it(ambiguous_package) -> None:
    package, spec = ambiguous_package
    reference = write_resources(package, spec, {"paging": {"get-v1-things": {"items": "pears"}}})
    assert "| `list` | `GET /v1/things` | `SyncPager[str, " in reference
    assert (package / "resources" / "things.py").exists()


def test_every_generated_method_documents_each_argument_in_args() -> None:
    escapes = {"self", "extra_headers", "extra_query", "extra_body", "timeout"}
    resources = ROOT / "generated" / "pdcp_client" / "resources"
    checked = 0
    for module_path in sorted(resources.glob("*.py")):
        if module_path.name == "__init__.py":
            continue
        module = importlib.import_module(
            f"scanclients._generated.pdcp_client.resources.{module_path.stem}"
        )
        for cls in (c for c in vars(module).values() if inspect.isclass(c)):
            if cls.__module__ != module.__name__:
                continue
            for name, function in inspect.getmembers(cls, inspect.isfunction):
                if name.startswith("_"):
                    continue
                arguments = [a for a in inspect.signature(function).parameters if a not in escapes]
                doc = inspect.getdoc(function) or ""
                for argument in arguments:
                    assert f"\n    {argument}: " in doc, f"{cls.__name__}.{name}: {argument}"
                checked += 1
    assert checked >= 250  # 125 operations, sync and async
    scans = importlib.import_module("scanclients._generated.pdcp_client.resources.scans")
    assert "    offset: number of scan-status results to skip\n" in (
        inspect.getdoc(scans.Scans.list) or ""
    )

"""Reading the specs for the conformance tests: operations, schemas with $refs inlined, and the
property paths of schemas and of JSON values (what the spec coverage check compares; the traffic it
measures is recorded by tests/traffic.py)."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from tests.helpers import ROOT, SPECS

SERVICES = {"pdcp": "pdcp.yaml", "hostedscan": "hostedscan.yaml"}
KEY_HEADERS = {"pdcp": "x-api-key", "hostedscan": "x-hostedscan-api-key"}


# PDCP's is the prepared document (normalised, corrected, with the additions of
# specs/pdcp.additions.overlay.yaml), as the package carries it and the mock checks against it.
PREPARED = {"pdcp": ROOT / "generated" / "pdcp_client" / "openapi.yaml"}


@cache
def spec(service: str) -> dict[str, Any]:
    source = PREPARED.get(service, SPECS / SERVICES[service])
    return yaml.load(source.read_bytes(), Loader=yaml.CSafeLoader)


def inline(service: str, schema: Any) -> Any:
    """The schema with every local $ref replaced by what it points at."""
    document = spec(service)

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                target: Any = document
                for part in node["$ref"].removeprefix("#/").split("/"):
                    target = target[part.replace("~1", "/").replace("~0", "~")]
                merged = {
                    **walk(copy.deepcopy(target)),
                    **{k: walk(v) for k, v in node.items() if k != "$ref"},
                }
                return merged
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    return walk(schema)


@dataclass(frozen=True)
class Operation:
    service: str
    method: str
    path: str
    definition: dict[str, Any] = field(hash=False, compare=False)

    @property
    def regex(self) -> re.Pattern[str]:
        return _path_regex(self.path)

    def request_schema(self) -> dict[str, Any] | None:
        body = inline(self.service, self.definition.get("requestBody", {}))
        return body.get("content", {}).get("application/json", {}).get("schema")

    def parameters(self) -> list[dict[str, Any]]:
        return [inline(self.service, p) for p in self.definition.get("parameters", [])]

    def responses(self) -> dict[str, dict[str, Any]]:
        return {
            status: inline(self.service, r) for status, r in self.definition["responses"].items()
        }

    def json_response_schema(self, status: str) -> dict[str, Any] | None:
        content = self.responses()[status].get("content", {})
        return content.get("application/json", {}).get("schema")


@cache
def _path_regex(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{\w+\}", "[^/]+", path) + "$")


@cache
def _operations(service: str) -> tuple[Operation, ...]:
    return tuple(
        Operation(service, method.upper(), path, definition)
        for path, item in spec(service)["paths"].items()
        for method, definition in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    )


def operations(service: str) -> list[Operation]:
    # Cached: the complete PDCP document has 125 operations and every recorded request looks one up.
    return list(_operations(service))


# tests/pdcp/test_every_operation.py calls every generated method against the mock, sync and async; it
# needs the mock of every operation (branch issue-13m). Until both are merged, only the operations
# the hand-written wrapper calls count. After merging issue-13m, set this to True: the coverage
# test then wants `pdcp: 125/125 operations`.
EVERY_PDCP_OPERATION = True


@cache
def exposed_operations(service: str) -> frozenset[tuple[str, str]]:
    """(METHOD, path) of the operations the wrapper can call and the suite must exercise.

    HostedScan's are all written by hand. PDCP's are the generated resources' operations (every
    operation of the document) once EVERY_PDCP_OPERATION is on; before, the ones the hand-made
    helpers call (`pd.scans.create`), read from the wrapper's own sources.
    """
    if service != "pdcp":
        return frozenset((o.method, o.path) for o in operations(service))
    from tests.resource_tools import operations as generated

    found = {(op.method, op.path) for op in generated()}
    if EVERY_PDCP_OPERATION:
        return frozenset(found)
    sources = "".join(p.read_text() for p in (ROOT / "wrapper").rglob("*.py"))
    called = set(re.findall(r'build_request\(\s*options,\s*"(\w+)",\s*"([^"]+)"', sources))
    return frozenset(found & called)


def property_paths(schema: Any, prefix: str = "") -> set[str]:
    """Every property a schema names, nested ones as `parent.child` and `list[].child`."""
    found: set[str] = set()
    if not isinstance(schema, dict):
        return found
    for branch in schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", []):
        found |= property_paths(branch, prefix)
    if "items" in schema:
        found |= property_paths(schema["items"], prefix + "[]")
    for name, sub in schema.get("properties", {}).items():
        path = _join(prefix, name)
        found.add(path)
        found |= property_paths(sub, path)
    return found


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def value_paths(value: Any, prefix: str = "") -> set[str]:
    """The property paths present in a JSON value, in the notation of `property_paths`.

    Walked with a stack, not recursion: the hardening tests send nesting deeper than the
    interpreter's recursion limit, and the measure must not depend on how deep its caller is."""
    found: set[str] = set()
    pending: list[tuple[Any, str]] = [(value, prefix)]
    while pending:
        item, path = pending.pop()
        if isinstance(item, dict):
            for name, sub in item.items():
                found.add(_join(path, name))
                pending.append((sub, _join(path, name)))
        elif isinstance(item, list):
            pending.extend((sub, path + "[]") for sub in item)
    return found


def status_key(operation: Operation, status: int) -> str | None:
    documented = operation.definition["responses"]
    if str(status) in documented:
        return str(status)
    if f"{str(status)[0]}XX" in documented:
        return f"{str(status)[0]}XX"
    return "default" if "default" in documented else None

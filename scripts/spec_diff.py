"""What changed between two versions of an OpenAPI document, for a caller of the client.

    python scripts/spec_diff.py OLD NEW        # exit 0; one line per change, breaking ones marked

Operations added and removed; for every operation in both, its parameters, the properties of its
JSON request body and of its JSON success answers (nested ones as `parent.child`, list items as
`list[]`), the types of those, and their enum values. A change that can break a caller written
against OLD is marked `BREAKING`: a removed operation, parameter or property, a new required
parameter or request property, a changed type, an enum value a request may no longer send or a
success answer's property that is no longer always there.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract_spec import SpecExtractionError, extract
from spec_names import METHODS, resolve
from spec_prepare import SpecError, load_document

__all__ = ["Change", "diff_documents", "format_changes"]


@dataclass(frozen=True, order=True)
class Change:
    """One difference; `where` names the operation, `what` the change."""

    where: str
    what: str
    breaking: bool = False

    def line(self) -> str:
        return f"{'BREAKING ' if self.breaking else '         '}{self.where}: {self.what}"


@dataclass(frozen=True)
class _Field:
    type: str
    required: bool
    enum: tuple[Any, ...]


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new`, operations in path order."""
    before, after = _operations(old), _operations(new)
    changes = []
    for key in sorted(before.keys() - after.keys()):
        changes.append(Change(before[key][0], "operation removed", breaking=True))
    for key in sorted(after.keys() - before.keys()):
        changes.append(Change(after[key][0], "operation added"))
    for key in sorted(before.keys() & after.keys()):
        (name, old_op), (_, new_op) = before[key], after[key]
        changes += _compare(
            name, "parameter", _parameters(old, old_op), _parameters(new, new_op), True
        )
        changes += _compare(
            name,
            "request property",
            _request_fields(old, old_op),
            _request_fields(new, new_op),
            True,
        )
        for status in sorted(_success(old_op) | _success(new_op)):
            old_fields = _answer_fields(old, old_op, status)
            new_fields = _answer_fields(new, new_op, status)
            changes += _compare(name, f"response {status} property", old_fields, new_fields, False)
    return changes


def format_changes(changes: list[Change], old: dict[str, Any], new: dict[str, Any]) -> str:
    count = f"{len(_operations(old))} -> {len(_operations(new))} operations"
    breaking = sum(c.breaking for c in changes)
    head = f"spec diff: {count}; {len(changes)} changes, {breaking} marked BREAKING"
    return "\n".join([head, *(c.line() for c in changes)])


def _operations(document: dict[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    # Keyed on the path with parameter names blanked: renaming {scanId} to {scan_id} is no change
    # for a caller, who passes it by position in the generated function.
    found = {}
    for path, item in document.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                key = (re.sub(r"\{[^}]*\}", "{}", path), method)
                found[key] = (f"{method.upper()} {path}", operation)
    return found


def _parameters(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, _Field]:
    fields = {}
    for parameter in operation.get("parameters", []):
        parameter = resolve(document, parameter)
        if isinstance(parameter, dict) and "name" in parameter:
            schema = resolve(document, parameter.get("schema", {}))
            name = f"{parameter['name']} (in {parameter.get('in')})"
            fields[name] = _field(schema, bool(parameter.get("required")))
    return fields


def _request_fields(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, _Field]:
    body = resolve(document, operation.get("requestBody", {}))
    schema = _json_schema(document, body)
    return _flatten(document, schema, "", set()) if schema is not None else {}


def _answer_fields(
    document: dict[str, Any], operation: dict[str, Any], status: str
) -> dict[str, _Field]:
    response = resolve(document, operation.get("responses", {}).get(status, {}))
    schema = _json_schema(document, response)
    return _flatten(document, schema, "", set()) if schema is not None else {}


def _success(operation: dict[str, Any]) -> set[str]:
    return {str(s) for s in operation.get("responses", {}) if str(s).startswith("2")}


def _json_schema(document: dict[str, Any], holder: Any) -> dict[str, Any] | None:
    content = holder.get("content", {}) if isinstance(holder, dict) else {}
    for media, entry in content.items():
        if "json" in media and isinstance(entry, dict):
            return entry.get("schema", {})
    return None


def _field(schema: Any, required: bool) -> _Field:
    if not isinstance(schema, dict):
        return _Field("any", required, ())
    kinds = schema.get("type")
    if isinstance(kinds, list):
        kind = "|".join(str(k) for k in kinds)
    else:
        kind = str(kinds) if kinds else ("object" if "properties" in schema else "any")
    if schema.get("format") and kind == "string":
        kind = f"string({schema['format']})"
    values = list(schema.get("enum", []))
    for branch in schema.get("anyOf", []) + schema.get("oneOf", []):
        if isinstance(branch, dict):
            values += branch.get("enum", [])
    return _Field(kind, required, tuple(values))


def _flatten(
    document: dict[str, Any], schema: Any, prefix: str, refs: set[str]
) -> dict[str, _Field]:
    """Every property a schema names, by path, with $refs followed (each once per branch)."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        if schema["$ref"] in refs:
            return {}
        refs = refs | {schema["$ref"]}
        schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return {}
    found: dict[str, _Field] = {}
    for branch in schema.get("allOf", []) + schema.get("anyOf", []) + schema.get("oneOf", []):
        found.update(_flatten(document, branch, prefix, refs))
    if "items" in schema:
        found.update(_flatten(document, schema["items"], f"{prefix}[]", refs))
    required = set(schema.get("required", []))
    for name, sub in schema.get("properties", {}).items():
        path = f"{prefix}.{name}" if prefix else name
        resolved = resolve(document, sub)
        found[path] = _field(resolved, name in required)
        found.update(_flatten(document, sub, path, refs))
    return found


def _compare(
    where: str, part: str, old: dict[str, _Field], new: dict[str, _Field], request: bool
) -> list[Change]:
    changes = []
    for name in sorted(old.keys() - new.keys()):
        changes.append(Change(where, f"{part} removed: {name}", breaking=True))
    for name in sorted(new.keys() - old.keys()):
        field = new[name]
        required = " (required)" if field.required else ""
        changes.append(
            Change(
                where, f"{part} added: {name} ({field.type}){required}", request and field.required
            )
        )
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name], new[name]
        if a.type != b.type:
            changes.append(
                Change(where, f"{part} {name}: type {a.type} -> {b.type}", breaking=True)
            )
        if a.required != b.required:
            # A request that must now send more, or an answer that may now leave a field out.
            breaking = b.required if request else not b.required
            state = "now required" if b.required else "now optional"
            changes.append(Change(where, f"{part} {name}: {state}", breaking=breaking))
        for value in [v for v in b.enum if v not in a.enum]:
            changes.append(Change(where, f"{part} {name}: enum value added {value!r}"))
        for value in [v for v in a.enum if v not in b.enum]:
            changes.append(
                Change(where, f"{part} {name}: enum value removed {value!r}", breaking=request)
            )
    return changes


def _load(path: str) -> dict[str, Any]:
    # A docs page is a source too: its one fenced yaml block is the document.
    raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return load_document(extract(raw, source=path), source=path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", help="the document before (a path)")
    parser.add_argument("new", help="the document after (a path, or - for standard input)")
    args = parser.parse_args(argv)
    try:
        old, new = _load(args.old), _load(args.new)
    except (OSError, SpecError, SpecExtractionError) as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    print(format_changes(diff_documents(old, new), old, new))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Lenient answers: the schemas only answers use keep the fields the document does not list.

Not a generator limit but the client's promise (DESIGN.md: forward compatible and lenient on
answers), made on any version of a document by `spec_normalise.normalise`, which runs
`open_answer_schemas` and `mark_answer_only_schemas` last. Requests stay strict: a schema any
request body or parameter reaches is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spec_names import METHODS, resolve

__all__ = ["ANSWER_ONLY", "mark_answer_only_schemas", "open_answer_schemas"]

# The mark the model template (specs/templates/openapi-python-client/model.py.jinja) reads: the
# model's `from_dict` reads a "required" field the service left out as None, and its `to_dict`
# leaves that field out again. The declared types stay as the document says.
ANSWER_ONLY = "x-scanclients-answer-only"


_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_ONE = ("items", "additionalProperties", "not", "contains")


def open_answer_schemas(document: dict[str, Any]) -> list[str]:
    """The schemas only answers use keep unknown fields: `additionalProperties: false` is dropped.

    openapi-python-client keeps no unknown field of a schema shut by `additionalProperties: false`,
    against the promise that unknown fields are kept (vulnx reads `is_pdresearch`, `dir`, ... of
    a Vulnerability, which the document shuts out). Schemas a request body or parameter reaches
    are left as they are.

    A field the service left out is `mark_answer_only_schemas`'s: `required` stays, so that the
    declared types stay (dropping it would make 97 answer-only schemas' fields `X | None` for every
    caller's type checker: `pd.scans.stop(scan.scan_id)` would no longer pass mypy).
    """
    request_roots, answer_roots = _operation_roots(document)
    shared = _components_reached(document, request_roots)
    opened = []
    for pointer, schema in _answer_only_schemas(document, answer_roots, shared):
        if schema.get("additionalProperties") is False:
            del schema["additionalProperties"]
            opened.append(pointer)
    return [f"{pointer}: additionalProperties false dropped (answer only)" for pointer in opened]


def mark_answer_only_schemas(document: dict[str, Any]) -> list[str]:
    """Mark (`ANSWER_ONLY`) the object schemas only answers use that have "required" fields.

    A changelog record PDCP sends lacks most of its 9 "required" fields (tests/data/real/pdcp):
    the model of a marked schema reads them as None instead of refusing the record and its page.
    Schemas a request body or parameter reaches are not marked: a caller building one must give
    every required field. One line, the count, when anything was marked.
    """
    request_roots, answer_roots = _operation_roots(document)
    shared = _components_reached(document, request_roots)
    marked = 0
    for _, schema in _answer_only_schemas(document, answer_roots, shared):
        if schema.get("required") and schema.get(ANSWER_ONLY) is not True:
            schema[ANSWER_ONLY] = True
            marked += 1
    if not marked:
        return []
    return [f"{marked} answer-only schemas read a left-out required field as None"]


def _operation_roots(document: dict[str, Any]) -> tuple[list[Any], list[tuple[str, Any]]]:
    requests: list[Any] = []
    answers: list[tuple[str, Any]] = []
    for path, item in document.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                requests.append(resolve(document, parameter).get("schema"))
            body = resolve(document, operation.get("requestBody") or {})
            requests += [m.get("schema") for m in (body.get("content") or {}).values()]
            for status, response in (operation.get("responses") or {}).items():
                response = resolve(document, response)
                for media, content in (response.get("content") or {}).items():
                    answers.append(
                        (f"{method.upper()} {path} {status} {media}", content.get("schema"))
                    )
    return requests, answers


def _walk(schema: Any, pointer: str, refs: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every subschema of `schema` (itself first) as (pointer, schema), not crossing a $ref:
    the $refs met are appended to `refs`."""
    if not isinstance(schema, dict):
        return
    if isinstance(schema.get("$ref"), str):
        refs.append(schema["$ref"])
    yield pointer, schema
    for key in _SUBSCHEMA_MAPS:
        for name, sub in (
            (schema.get(key) or {}).items() if isinstance(schema.get(key), dict) else ()
        ):
            yield from _walk(sub, f"{pointer}/{key}/{name}", refs)
    for key in _SUBSCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key) or ()):
            yield from _walk(sub, f"{pointer}/{key}/{index}", refs)
    for key in _SUBSCHEMA_ONE:
        yield from _walk(schema.get(key), f"{pointer}/{key}", refs)


def _component(ref: str) -> str | None:
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if ref.startswith(prefix) else None


def _components_reached(document: dict[str, Any], roots: list[Any]) -> set[str]:
    schemas = document.get("components", {}).get("schemas", {})
    reached: set[str] = set()
    pending = list(roots)
    while pending:
        refs: list[str] = []
        for _ in _walk(pending.pop(), "", refs):
            pass
        for name in filter(None, map(_component, refs)):
            if name not in reached and name in schemas:
                reached.add(name)
                pending.append(schemas[name])
    return reached


def _answer_only_schemas(
    document: dict[str, Any], roots: list[tuple[str, Any]], shared: set[str]
) -> list[tuple[str, dict[str, Any]]]:
    schemas = document.get("components", {}).get("schemas", {})
    found: list[tuple[str, dict[str, Any]]] = []
    seen: set[int] = set()
    pending = list(roots)
    while pending:
        pointer, root = pending.pop(0)
        refs: list[str] = []
        for where, schema in _walk(root, pointer, refs):
            if id(schema) not in seen:
                seen.add(id(schema))
                found.append((where, schema))
        for name in filter(None, map(_component, refs)):
            if name in schemas and name not in shared and id(schemas[name]) not in seen:
                pending.append((f"#/components/schemas/{name}", schemas[name]))
    return found

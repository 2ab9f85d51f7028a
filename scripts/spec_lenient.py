"""Lenient answers: the schemas only answers use keep unknown fields and missing ones.

Not a generator limit but the client's promise (DESIGN.md: forward compatible and lenient on
answers), made on any version of a document by `spec_normalise.normalise`, which runs
`open_answer_schemas` last. Requests stay strict: a schema any request body or parameter reaches is
left as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spec_names import METHODS, resolve

__all__ = ["open_answer_schemas"]


_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_ONE = ("items", "additionalProperties", "not", "contains")


def open_answer_schemas(document: dict[str, Any]) -> list[str]:
    """The schemas only answers use keep unknown fields and read a missing field as absent.

    `additionalProperties: false` is dropped (openapi-python-client then keeps no unknown field
    at all, against the promise that they are kept) and `required` is dropped (a required field
    the service left out makes the generated `from_dict` raise KeyError, which turns a whole page
    into an UnexpectedResponseError). Schemas a request body or parameter reaches keep both.
    """
    request_roots, answer_roots = _operation_roots(document)
    shared = _components_reached(document, request_roots)
    opened: list[str] = []
    loosened = 0
    for pointer, schema in _answer_only_schemas(document, answer_roots, shared):
        if schema.get("additionalProperties") is False:
            del schema["additionalProperties"]
            opened.append(pointer)
        if isinstance(schema.get("required"), list) and schema["required"]:
            loosened += 1
        schema.pop("required", None)
    changes = [f"{pointer}: additionalProperties false dropped (answer only)" for pointer in opened]
    if loosened:
        changes.append(
            f"{loosened} answer-only schemas: required dropped (a missing field reads as absent)"
        )
    return changes


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

"""The operations of an OpenAPI document as the mock answers them: parameters, success answers,
and for a list operation where its items are and how it pages.

A list operation is one with a `limit` query parameter (with `offset`, `page` or `page_number`,
or alone). Its items are the envelope's array property named `data`, `results` or `items`, else its
only array property, looked for at the top and one object below (`{"data": {"events": [...]}}`);
an answer that is an array is the collection itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._schema_values import SchemaValues

__all__ = [
    "METHODS",
    "Operation",
    "Paging",
    "is_json",
    "json_schema",
    "operations",
    "specificity",
]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_ITEM_NAMES = ("data", "results", "items")
_PAGE_STYLES = ("offset", "page", "page_number")


@dataclass(frozen=True)
class Paging:
    """How a list operation pages and where, in its JSON answer, its items are."""

    style: str
    """"offset" (limit/offset), "page" or "page_number" (1-based pages of `limit`), or "limit"."""
    items_at: tuple[str, ...]
    """Property names leading to the array of items; () when the answer is the array."""
    default_limit: int | None


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    """Upper case, as on the wire."""
    path: str
    parameters: dict[tuple[str, str], dict[str, Any]] = field(hash=False, compare=False)
    """(location, name) -> the parameter, $ref resolved; path-level and operation-level merged."""
    responses: dict[str, dict[str, Any]] = field(hash=False, compare=False)
    """Success status ("200", "201", "2XX") -> the response, $ref resolved; lowest first."""
    paging: Paging | None = None


def operations(document: Mapping[str, Any], values: SchemaValues) -> Iterator[Operation]:
    """Every operation of the document, in document order."""
    for path, item in (document.get("paths") or {}).items():
        item = values.resolve(item)
        shared = _parameters(item.get("parameters"), values)
        for method in METHODS:
            definition = item.get(method)
            if definition is None:
                continue
            parameters = {**shared, **_parameters(definition.get("parameters"), values)}
            declared = (definition.get("responses") or {}).items()
            responses = {
                str(status): values.resolve(response)
                for status, response in sorted(declared, key=lambda pair: str(pair[0]))
                if str(status).startswith("2")
            }
            yield Operation(
                definition.get("operationId") or f"{method}-{path}",
                method.upper(),
                path,
                parameters,
                responses,
                _paging(parameters, responses, values),
            )


def _parameters(listed: Any, values: SchemaValues) -> dict[tuple[str, str], dict[str, Any]]:
    resolved = (values.resolve(p) for p in listed or ())
    return {(p["in"], p["name"]): p for p in resolved if "in" in p and "name" in p}


def _paging(
    parameters: dict[tuple[str, str], dict[str, Any]],
    responses: dict[str, dict[str, Any]],
    values: SchemaValues,
) -> Paging | None:
    query = {name for (where, name) in parameters if where == "query"}
    if "limit" not in query or not responses:
        return None
    style = next((s for s in _PAGE_STYLES if s in query), "limit")
    schema = json_schema(next(iter(responses.values())))
    if schema is None:
        return None
    items_at = _items_at(values.resolve(schema), values)
    if items_at is None:
        return None
    limit_schema = values.resolve(parameters["query", "limit"].get("schema"))
    default = limit_schema.get("default")
    return Paging(style, items_at, int(default) if isinstance(default, int | float) else None)


def _items_at(schema: dict[str, Any], values: SchemaValues) -> tuple[str, ...] | None:
    if schema.get("type") == "array" or "items" in schema:
        return ()
    found = _array_property(schema, values)
    if found is not None:
        return (found,)
    for name, child in (schema.get("properties") or {}).items():
        inner = _array_property(values.resolve(child), values)
        if inner is not None:
            return (name, inner)
    return None


def _array_property(schema: dict[str, Any], values: SchemaValues) -> str | None:
    properties = schema.get("properties") or {}
    arrays = [n for n, s in properties.items() if values.resolve(s).get("type") == "array"]
    preferred = [n for n in _ITEM_NAMES if n in arrays]
    if preferred:
        return preferred[0]
    return arrays[0] if len(arrays) == 1 else None


def json_schema(response: dict[str, Any]) -> dict[str, Any] | None:
    """The schema of a response's JSON content, if it has one."""
    content = response.get("content") or {}
    media = next((m for m in content if is_json(m)), None)
    return None if media is None else dict(content[media].get("schema") or {})


def is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def specificity(path: str) -> tuple[tuple[int, str], ...]:
    """The order paths are tried in: a literal segment before a `{parameter}`, so that
    `/v1/scans/results` is not taken for the scan called "results"."""
    return tuple((1 if part.startswith("{") else 0, part) for part in path.split("/"))

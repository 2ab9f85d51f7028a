"""Predict the class names openapi-python-client gives the schemas of a document.

The generator names a class after a schema's `title`, or else its component key, and prefixes an
inline schema with the name of the class it sits in (`Parent` + `PropertyName`, `..Item` for list
items, `..AdditionalProperty` for map values, `Operation` + `Body`/`Response200` for bodies and
responses). Two schemas that end up with one name make it drop both and everything that refers to
them. The normalisations (spec_normalise.py) use these predictions to find such collisions before
the generator does; the names are computed with the generator's own string functions, so a
prediction is exactly the name it would choose.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case

__all__ = ["METHODS", "NamedSchema", "class_name", "named_schemas", "resolve"]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class NamedSchema:
    """A schema the generator turns into a class (a model or an enum), and the name it gets."""

    pointer: str
    schema: dict[str, Any]
    name: str
    # The name the schema is reached by: its component key, property name, `x_item`, ...
    label: str
    parent: str
    component: bool


def class_name(parent: str, label: str, title: str | None) -> str:
    text = title or label
    return ClassName(f"{pascal_case(parent)}{pascal_case(text)}" if parent else text, "")


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local $refs until a node without one."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return node
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return node
            target = target[part]
        node = target
    return node


def named_schemas(document: dict[str, Any]) -> list[NamedSchema]:
    """Every schema of the document that becomes a class, in the order the generator meets them."""
    found: list[NamedSchema] = []
    schemas = document.get("components", {}).get("schemas", {})
    for key, schema in schemas.items():
        found.extend(_walk(schema, f"/components/schemas/{_escape(key)}", key, "", component=True))
    for path, item in document.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            found.extend(_operation(document, operation, f"/paths/{_escape(path)}/{method}", path))
    return found


def _operation(
    document: dict[str, Any], operation: dict[str, Any], pointer: str, path: str
) -> Iterator[NamedSchema]:
    method = pointer.rsplit("/", 1)[1]
    if isinstance(operation.get("operationId"), str):
        endpoint = str(PythonIdentifier(operation["operationId"], ""))
    else:
        endpoint = f"{method}_{path.replace('{', '').replace('}', '').replace('/', '_').strip('_')}"
    for index, parameter in enumerate(operation.get("parameters", [])):
        parameter = resolve(document, parameter)
        if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
            schema = parameter.get("schema")
            yield from _walk(
                schema, f"{pointer}/parameters/{index}/schema", parameter["name"], endpoint
            )
    body = resolve(document, operation.get("requestBody"))
    if isinstance(body, dict):
        content = body.get("content", {})
        for media, entry in content.items():
            parent = f"{endpoint}_{media.split('/')[-1]}" if len(content) > 1 else endpoint
            schema = entry.get("schema") if isinstance(entry, dict) else None
            yield from _walk(
                schema, f"{pointer}/requestBody/content/{_escape(media)}/schema", "body", parent
            )
    for status, response in operation.get("responses", {}).items():
        response = resolve(document, response)
        if not isinstance(response, dict):
            continue
        for media, entry in response.get("content", {}).items():
            schema = entry.get("schema") if isinstance(entry, dict) else None
            pointer_here = f"{pointer}/responses/{status}/content/{_escape(media)}/schema"
            yield from _walk(schema, pointer_here, f"response_{status}", endpoint)


def _walk(
    schema: Any, pointer: str, label: str, parent: str, *, component: bool = False
) -> Iterator[NamedSchema]:
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    title = schema.get("title") if isinstance(schema.get("title"), str) else None
    members = [*schema.get("anyOf", []), *schema.get("oneOf", [])]
    if members or isinstance(schema.get("type"), list):
        for index, member in enumerate(members):
            member_title = member.get("title") if isinstance(member, dict) else None
            subscript = member_title if member_title and member_title != title else f"type_{index}"
            kind = "anyOf" if index < len(schema.get("anyOf", [])) else "oneOf"
            position = index if kind == "anyOf" else index - len(schema.get("anyOf", []))
            yield from _walk(member, f"{pointer}/{kind}/{position}", f"{label}_{subscript}", parent)
        return
    if "enum" in schema:
        yield NamedSchema(
            pointer, schema, class_name(parent, label, title), label, parent, component
        )
        return
    if schema.get("type") == "array":
        yield from _walk(schema.get("items"), f"{pointer}/items", f"{label}_item", parent)
        return
    if not _is_model(schema):
        return
    name = class_name(parent, label, title)
    yield NamedSchema(pointer, schema, name, label, parent, component)
    for index, part in enumerate(schema.get("allOf", [])):
        for key, sub in (part.get("properties", {}) if isinstance(part, dict) else {}).items():
            yield from _walk(sub, f"{pointer}/allOf/{index}/properties/{_escape(key)}", key, name)
    for key, sub in schema.get("properties", {}).items():
        yield from _walk(sub, f"{pointer}/properties/{_escape(key)}", key, name)
    additional = schema.get("additionalProperties")
    if isinstance(additional, dict):
        yield from _walk(additional, f"{pointer}/additionalProperties", "AdditionalProperty", name)


def _is_model(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema or "allOf" in schema


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")

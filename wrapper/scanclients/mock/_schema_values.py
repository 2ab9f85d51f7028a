"""Deterministic values valid against the JSON Schema an OpenAPI document uses.

`SchemaValues(document).value(schema)` builds one value: a leaf's own `example` when it is valid,
else a plain value of the leaf's type and format; objects get every property, arrays one item.
`variant` makes items of one collection differ (ids, names, timestamps) so that two pages of a
list never look alike. No randomness: the same schema and variant give the same value every time.
"""

from __future__ import annotations

import base64
import copy
import math
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from openapi_schema_validator import OAS31Validator, oas31_format_checker

__all__ = ["FORMAT_CHECKER", "SchemaValues", "is_time"]

# Past this depth objects get only their required properties and arrays only their minimum
# length, so that a recursive schema still ends.
_MAX_DEPTH = 6
_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
_LEAF_KEYWORDS = ("properties", "items", "allOf", "anyOf", "oneOf", "$ref")
# RFC 3339 full-time: a partial-time and its offset (Z, or +hh:mm / -hh:mm).
_FULL_TIME = re.compile(
    r"([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?"
    r"([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
)


def is_time(value: object) -> bool:
    """OpenAPI 3.1's `format: time`: RFC 3339 `full-time`, with its offset (`12:00:00Z`).

    openapi-schema-validator checks JSON Schema draft 3's offset-less `12:00:00` instead.
    """
    return not isinstance(value, str) or _FULL_TIME.fullmatch(value) is not None


FORMAT_CHECKER = copy.deepcopy(oas31_format_checker)
"""OpenAPI 3.1's formats, `time` as RFC 3339 says."""
FORMAT_CHECKER.checks("time")(is_time)


class SchemaValues:
    """Values for the schemas of one OpenAPI document (its local `$ref`s resolved)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document

    def resolve(self, schema: Any) -> dict[str, Any]:
        """The schema a local `$ref` (or a chain of them) points at; others as they are."""
        seen = 0
        while isinstance(schema, Mapping) and "$ref" in schema and seen < 32:
            target: Any = self._document
            for part in schema["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            schema, seen = target, seen + 1
        return dict(schema) if isinstance(schema, Mapping) else {}

    def value(self, schema: Any, *, variant: int = 0, name: str = "value", depth: int = 0) -> Any:
        schema = self.resolve(schema)
        if "allOf" in schema:
            return self.value(self._merged(schema), variant=variant, name=name, depth=depth)
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            chosen = _first_not_null([self.resolve(b) for b in branches])
            rest = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
            return self.value({**rest, **chosen}, variant=variant, name=name, depth=depth)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            choices = [c for c in schema["enum"] if c is not None] or [None]
            return choices[variant % len(choices)]
        if variant == 0:
            found, example = _valid_example(schema)
            if found:
                return example
        kind = _type_of(schema)
        if kind == "object":
            return self._object(schema, variant, depth)
        if kind == "array":
            return self._array(schema, variant, name, depth)
        if kind in ("integer", "number"):
            return _number(schema, variant, kind)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return _string(schema, variant, name)

    def _object(self, schema: dict[str, Any], variant: int, depth: int) -> dict[str, Any]:
        properties: dict[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        names = list(properties) if depth < _MAX_DEPTH else [n for n in properties if n in required]
        out = {
            n: self.value(properties[n], variant=variant, name=n, depth=depth + 1) for n in names
        }
        for missing in required - set(out):  # required but not described: any value will do
            out[missing] = f"{missing}-{variant + 1}"
        return out

    def _array(self, schema: dict[str, Any], variant: int, name: str, depth: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        count = max(low, 1) if depth < _MAX_DEPTH else low
        count = min(count, int(schema.get("maxItems", count)))
        items = schema.get("items") or {}
        # Distinct variants keep `uniqueItems` true and make the items tell apart.
        return [
            self.value(items, variant=variant * count + i, name=name, depth=depth + 1)
            for i in range(count)
        ]

    def _merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        """allOf as one schema: the branches' properties and required names together."""
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        closed = [schema] if schema.get("additionalProperties") is False else []
        for branch in schema["allOf"]:
            part = self.resolve(branch)
            if part.get("additionalProperties") is False:
                closed.append(part)
            if "allOf" in part:
                part = self._merged(part)
            for key, value in part.items():
                if key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **value}
                elif key == "required":
                    merged["required"] = [*merged.get("required", []), *value]
                else:
                    merged.setdefault(key, value)
        for shut in closed:
            # additionalProperties sees only the properties beside it, not those of the other
            # branches: a value may hold only the names every closed schema lists (for an outer
            # one with none beside it, no name at all: an upstream slip for unevaluatedProperties).
            allowed = shut.get("properties") or {}
            merged["properties"] = {
                n: s for n, s in merged.get("properties", {}).items() if n in allowed
            }
            merged["required"] = [n for n in merged.get("required", []) if n in allowed]
        return merged


def _type_of(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        if "properties" in schema:
            return "object"
        if "items" in schema:
            return "array"
        return "string"
    return str(kind)


def _first_not_null(branches: list[dict[str, Any]]) -> dict[str, Any]:
    for branch in branches:
        if branch.get("type") != "null":
            return branch
    return branches[0]


def _valid_example(schema: dict[str, Any]) -> tuple[bool, Any]:
    """A leaf's own example, if it has one that its schema accepts (upstream examples can lie)."""
    if any(k in schema for k in _LEAF_KEYWORDS):
        return False, None
    if "example" in schema:
        candidates = [schema["example"]]
    elif isinstance(schema.get("examples"), list):
        candidates = schema["examples"]
    else:
        return False, None
    plain = {k: v for k, v in schema.items() if k not in ("example", "examples")}
    validator = OAS31Validator(plain, format_checker=FORMAT_CHECKER)
    for candidate in candidates:
        if candidate is not None and validator.is_valid(candidate):
            return True, candidate
    return False, None


def _number(schema: dict[str, Any], variant: int, kind: str) -> int | float:
    low, high = schema.get("minimum"), schema.get("maximum")
    if _is_number(schema.get("exclusiveMinimum")):
        low = schema["exclusiveMinimum"] + 1
    if _is_number(schema.get("exclusiveMaximum")):
        high = schema["exclusiveMaximum"] - 1
    value = (1 if low is None else math.ceil(low)) + variant
    if high is not None and value > high:
        value = math.floor(high)
    return float(value) if kind == "number" else value


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _string(schema: dict[str, Any], variant: int, name: str) -> str:
    value = _formatted(schema.get("format"), variant, name)
    pattern = schema.get("pattern")
    if pattern is not None and not re.search(pattern, value):
        value = _matching(pattern, variant, value)
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    if len(value) < low:
        value = value + "x" * (low - len(value))
    if high is not None and len(value) > int(high):
        value = value[: int(high)]
    return value


def _formatted(fmt: Any, variant: int, name: str) -> str:
    moment = _EPOCH + timedelta(minutes=variant)
    by_format: dict[str, Callable[[], str]] = {
        "date-time": lambda: moment.isoformat().replace("+00:00", "Z"),
        "date": lambda: (date(2026, 1, 1) + timedelta(days=variant)).isoformat(),
        "time": lambda: f"12:{variant % 60:02d}:00Z",
        "duration": lambda: f"PT{variant + 1}M",
        "email": lambda: f"user{variant + 1}@example.com",
        "uri": lambda: f"https://example.com/{name}/{variant + 1}",
        "url": lambda: f"https://example.com/{name}/{variant + 1}",
        "hostname": lambda: f"host{variant + 1}.example.com",
        "ipv4": lambda: f"192.0.2.{variant % 250 + 1}",
        "ipv6": lambda: f"2001:db8::{variant + 1:x}",
        "uuid": lambda: str(uuid.UUID(int=variant + 1)),
        "byte": lambda: base64.b64encode(f"{name}-{variant + 1}".encode()).decode(),
        "json": lambda: "{}",
    }
    make = by_format.get(fmt) if isinstance(fmt, str) else None
    return make() if make is not None else f"{name}-{variant + 1}"


def _matching(pattern: str, variant: int, fallback: str) -> str:
    """A string for a `pattern`, from a few common shapes (hex ids, uuids, words, digits)."""
    hex_id = f"{variant + 1:032x}"
    candidates = [hex_id, str(uuid.UUID(hex_id)), f"value{variant + 1}", str(variant + 1), "a"]
    return next((c for c in candidates if re.search(pattern, c)), fallback)

"""The mock's values for a schema: valid against it (as openapi-core checks), deterministic,
distinct across variants, and finite for recursive schemas; shown on small documents."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_schema_validator import OAS31Validator, oas31_format_checker

from scanclients.mock._schema_values import SchemaValues

COMPONENTS: dict[str, Any] = {
    "Node": {
        "type": "object",
        "required": ["name", "children"],
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        },
    },
    "Status": {"anyOf": [{"type": "string", "enum": ["queued", "running"]}, {"type": "string"}]},
    "Base": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}}},
}
DOCUMENT = {"openapi": "3.1.0", "components": {"schemas": COMPONENTS}}

SCHEMAS: dict[str, Any] = {
    "formats": {
        "type": "object",
        "properties": {
            f: {"type": "string", "format": f}
            for f in ("date-time", "date", "time", "uuid", "email", "ipv4", "ipv6", "duration")
        },
    },
    "numbers": {
        "type": "object",
        "properties": {
            "bounded": {"type": "integer", "minimum": 5, "maximum": 6},
            "exclusive": {"type": "number", "exclusiveMinimum": 10, "format": "double"},
            "int64": {"type": "integer", "format": "int64"},
        },
    },
    "pattern": {"type": "string", "pattern": "^[a-fA-F0-9]{32}$"},
    "lengths": {"type": "string", "minLength": 40, "maxLength": 41},
    "nullable": {"type": ["null", "string"]},
    "recursive": {"$ref": "#/components/schemas/Node"},
    "status": {"$ref": "#/components/schemas/Status"},
    "all_of": {
        "allOf": [
            {"$ref": "#/components/schemas/Base"},
            {"type": "object", "required": ["extra"], "properties": {"extra": {"type": "boolean"}}},
        ]
    },
    "closed_all_of": {
        "additionalProperties": False,
        "allOf": [{"$ref": "#/components/schemas/Base"}],
    },
    "unique": {"type": "array", "minItems": 3, "uniqueItems": True, "items": {"type": "string"}},
    "bad_example": {"type": "integer", "example": "not a number"},
    "good_example": {"type": "string", "format": "email", "example": "team@example.org"},
}


# OpenAPI 3.1's formats; `time` as JSON Schema 2020-12 checks it (RFC 3339 full-time, with its
# offset), not openapi-schema-validator's draft 3 `12:00:00`.
FORMATS = copy.deepcopy(oas31_format_checker)
FORMATS.checkers["time"] = Draft202012Validator.FORMAT_CHECKER.checkers["time"]


def _valid(schema: Any, value: Any) -> bool:
    validator = OAS31Validator(
        {**schema, "components": DOCUMENT["components"]}, format_checker=FORMATS
    )
    return validator.is_valid(value)


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_every_value_is_valid_and_the_same_each_time(name: str) -> None:
    values = SchemaValues(DOCUMENT)
    for variant in range(4):
        value = values.value(SCHEMAS[name], variant=variant)
        assert _valid(SCHEMAS[name], value), (name, variant, value)
        assert SchemaValues(DOCUMENT).value(SCHEMAS[name], variant=variant) == value


def test_variants_differ_so_that_list_items_tell_apart() -> None:
    values = SchemaValues(DOCUMENT)
    items = [values.value(SCHEMAS["all_of"], variant=i) for i in range(7)]
    assert len({item["id"] for item in items}) == 7


def test_a_valid_example_is_used_and_an_invalid_one_ignored() -> None:
    values = SchemaValues(DOCUMENT)
    assert values.value(SCHEMAS["good_example"]) == "team@example.org"
    assert isinstance(values.value(SCHEMAS["bad_example"]), int)


def test_a_recursive_schema_ends_and_an_anyof_takes_its_first_branch() -> None:
    values = SchemaValues(DOCUMENT)
    node = values.value(SCHEMAS["recursive"])
    depth = 0
    while node["children"]:
        node, depth = node["children"][0], depth + 1
    assert 1 < depth < 10
    assert values.value(SCHEMAS["status"]) == "queued"
    assert values.value(SCHEMAS["closed_all_of"]) == {}

"""Each normalisation on a minimal document that shows its generator limit.

Every test first shows the limit with the pinned openapi-python-client (parsed in-process: the
same parser `make generate` runs, without writing a package), then that after the normalisation
the generator reads the document without a warning and names every class as expected.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from spec_normalise import (
    drop_inline_titles_that_collide,
    drop_titles_that_rename_components,
    normalise,
    number_operation_ids_that_collide,
    put_json_first,
    title_inline_schemas_named_like_components,
)


def _parse(document: dict[str, Any]) -> tuple[list[str], set[str], dict[str, str]]:
    """(the generator's errors, its class names, the parse of each operation's 200 answer)."""
    config = Config.from_sources(ConfigFile(), MetaType.NONE, Path("x.yaml"), "utf-8", True, None)
    data = GeneratorData.from_dict(copy.deepcopy(document), config=config)
    assert isinstance(data, GeneratorData), data
    errors = [f"{e.header} {e.detail}" for e in data.errors]
    answers = {}
    for collection in data.endpoint_collections_by_tag.values():
        errors += [f"{e.header} {e.detail}" for e in collection.parse_errors]
        for endpoint in collection.endpoints:
            errors += [f"{e.header} {e.detail}" for e in endpoint.errors]
            for response in endpoint.responses:
                if response.status_code.pattern == "200":
                    answers[endpoint.name] = response.prop.get_type_string().as_unembedded_code()
    names = {m.class_info.name for m in data.models} | {e.class_info.name for e in data.enums}
    return errors, names, answers


def _document(schemas: dict[str, Any], answer: dict[str, Any] | None = None) -> dict[str, Any]:
    content = {"application/json": {"schema": answer or {"$ref": "#/components/schemas/Thing"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "get-things",
                    "responses": {"200": {"description": "ok", "content": content}},
                }
            }
        },
        "components": {"schemas": schemas},
    }


def _object(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def test_a_component_titled_like_another_is_named_after_its_key() -> None:
    document = _document(
        {
            "Item": {"title": "Item", **_object(host={"type": "string"})},
            "Thing": {"title": "Item", **_object(name={"type": "string"})},
        }
    )
    errors, _, answers = _parse(document)
    assert any('duplicate models with name "Item"' in e for e in errors)
    assert "get_things" not in answers  # the operation lost its typed answer

    changes = drop_titles_that_rename_components(document)
    assert changes == [
        "/components/schemas/Thing: dropped title 'Item', which names another schema (class Thing)"
    ]
    errors, names, answers = _parse(document)
    assert errors == []
    assert {"Item", "Thing"} <= names
    assert answers["get_things"] == "Thing"


def test_inline_titles_alike_under_one_parent_are_named_by_their_property() -> None:
    document = _document(
        {
            "Thing": _object(
                owner={"title": "Person", **_object(email={"type": "string"})},
                reviewer={"title": "Person", **_object(handle={"type": "string"})},
            )
        }
    )
    errors, _, _ = _parse(document)
    assert any('duplicate models with name "ThingPerson"' in e for e in errors)

    changes = drop_inline_titles_that_collide(document)
    assert changes == [
        "/components/schemas/Thing/properties/reviewer: dropped title 'Person', which gives "
        "another schema's class name ThingPerson"
    ]
    errors, names, answers = _parse(document)
    assert errors == []
    assert {"ThingPerson", "ThingReviewer"} <= names
    assert answers["get_things"] == "Thing"


def test_identical_inline_enums_sharing_a_title_are_left_alone() -> None:
    level = {"title": "Level", "type": "string", "enum": ["low", "high"]}
    document = _document({"Thing": _object(a=dict(level), b=dict(level))})
    assert _parse(document)[0] == []  # the generator merges equal enums
    assert drop_inline_titles_that_collide(document) == []


def test_an_inline_schema_named_like_a_component_gets_a_title_of_its_own() -> None:
    document = _document(
        {
            "Thing": _object(
                details={
                    "type": "object",
                    "additionalProperties": {"$ref": "#/components/schemas/ThingDetails"},
                }
            ),
            "ThingDetails": _object(website={"type": "string"}),
        }
    )
    errors, _, _ = _parse(document)
    assert any('duplicate models with name "ThingDetails"' in e for e in errors)

    changes = title_inline_schemas_named_like_components(document)
    assert changes == [
        "/components/schemas/Thing/properties/details: titled 'details_map', its derived name "
        "ThingDetails is a component's; class ThingDetailsMap"
    ]
    errors, names, answers = _parse(document)
    assert errors == []
    assert {"Thing", "ThingDetails", "ThingDetailsMap"} <= names
    assert answers["get_things"] == "Thing"


def test_a_response_with_json_after_text_is_read_as_json() -> None:
    document = _document({"Thing": _object(name={"type": "string"})})
    response = document["paths"]["/things"]["get"]["responses"]["200"]
    response["content"] = {"text/plain": {"schema": {"type": "string"}}, **response["content"]}
    assert _parse(document)[2]["get_things"] == "str"  # the JSON object comes back as text

    assert put_json_first(document) == ["GET /things 200: application/json moved before text/plain"]
    assert list(response["content"]) == ["application/json", "text/plain"]
    assert _parse(document)[2]["get_things"] == "Thing"


def test_normalise_changes_nothing_in_a_document_the_generator_reads_as_it_is() -> None:
    document = _document({"Thing": _object(name={"type": "string"})})
    before = copy.deepcopy(document)
    assert normalise(document) == []
    assert document == before


@pytest.mark.parametrize(
    "step",
    [
        number_operation_ids_that_collide,
        drop_titles_that_rename_components,
        drop_inline_titles_that_collide,
        title_inline_schemas_named_like_components,
        put_json_first,
    ],
)
def test_each_normalisation_is_idempotent(step) -> None:
    document = _document(
        {
            "Item": {"title": "Item", **_object(host={"type": "string"})},
            "Thing": {
                "title": "Item",
                **_object(
                    details={"type": "object", "additionalProperties": {"type": "string"}},
                    a={"title": "P", **_object(x={"type": "string"})},
                    b={"title": "P", **_object(y={"type": "string"})},
                ),
            },
            "ThingDetails": _object(z={"type": "string"}),
        }
    )
    normalise(document)
    again = copy.deepcopy(document)
    assert step(again) == []
    assert again == document


def test_operation_ids_that_make_one_python_name_are_numbered() -> None:
    document = _document({"Thing": _object(name={"type": "string"})})
    answer = document["paths"]["/things"]["get"]
    document["paths"]["/other-things"] = {
        "get": {**copy.deepcopy(answer), "operationId": "get_things"}
    }
    document["paths"]["/more-things"] = {
        "get": {**copy.deepcopy(answer), "operationId": "get:things"}
    }
    answer["responses"]["200"]["content"]["application/json"]["schema"] = _object(
        a={"type": "string"}
    )
    document["paths"]["/other-things"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ] = _object(b={"type": "string"})
    errors, _, _ = _parse(document)
    assert any('duplicate models with name "GetThingsResponse200"' in e for e in errors)

    changes = number_operation_ids_that_collide(document)
    assert changes == [
        "GET /other-things: operationId 'get_things' is another operation's get_things; "
        "now 'get_things-2'"
    ]
    errors, names, answers = _parse(document)
    assert errors == []
    assert {"GetThingsResponse200", "GetThings2Response200"} <= names
    assert set(answers) == {"get_things", "get_things_2", "getthings"}

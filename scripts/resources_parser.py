"""The operations of the prepared spec as openapi-python-client reads them, in process.

resources_codegen.py needs, per operation, what the generated models make of it: each parameter's
Python name and type, the body's type, and which model class each answer is parsed into. These
come from the generator's own parser (`GeneratorData.from_dict`, the step before its templates)
run on the same prepared document and settings, not from the text its templates write: a change
of the templates cannot change what is read here. Only the model classes are taken from the
generated package (by name, in resources_types.py).

`read_endpoints(document, settings)` returns a `ParsedEndpoint` per (METHOD, path shape).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties import ListProperty, ModelProperty, UnionProperty

__all__ = ["ParsedAnswer", "ParsedEndpoint", "read_endpoints", "shape"]


@dataclass(frozen=True)
class ParsedAnswer:
    """An answer as the generator parses it: read as bytes or text (`raw`), or from JSON into the
    `models` it builds (one class: a model; `many`: a list of them)."""

    raw: bool
    models: tuple[tuple[str, str], ...] = ()  # (module, class) of each model it can build
    many: bool = False


@dataclass
class ParsedEndpoint:
    params: list[tuple[str, str]] = field(default_factory=list)  # (python name, type) in order
    body: str | None = None  # the body's type, when the operation takes one
    answers: dict[int, ParsedAnswer] = field(default_factory=dict)


def shape(path: str) -> str:
    """A path with its parameters unnamed: the generator renames `{scanId}` to `{scan_id}`."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _text(value: Any) -> str:
    # The parser wraps document strings (UntrustedString) and code (PythonCode).
    for unwrap in ("get_untrusted_value", "as_unembedded_code"):
        if hasattr(value, unwrap):
            return str(getattr(value, unwrap)())
    return str(value)


def _models(prop: Any) -> tuple[list[tuple[str, str]], bool]:
    if isinstance(prop, ModelProperty):
        return [(prop.class_info.module_name, prop.class_info.name)], False
    if isinstance(prop, ListProperty):
        inner, _ = _models(prop.inner_property)
        return inner, True
    if isinstance(prop, UnionProperty):
        found: list[tuple[str, str]] = []
        many = False
        for inner in prop.inner_properties:
            models, inner_many = _models(inner)
            found += [m for m in models if m not in found]
            many = many or inner_many
        return found, many
    return [], False


def read_endpoints(
    document: dict[str, Any], settings: dict[str, Any], spec_path: Path
) -> dict[tuple[str, str], ParsedEndpoint]:
    """Every operation the generator generates, by (METHOD, path shape)."""
    config = Config.from_sources(
        ConfigFile(**settings), MetaType.NONE, spec_path, "utf-8", overwrite=False, output_path=None
    )
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        raise ValueError(f"openapi-python-client cannot read the spec: {data.header}")
    found: dict[tuple[str, str], ParsedEndpoint] = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            parsed = ParsedEndpoint()
            # The generated functions' order: path, query, header, cookie (the body apart).
            for prop in [
                *endpoint.path_parameters,
                *endpoint.query_parameters,
                *endpoint.header_parameters,
                *endpoint.cookie_parameters,
            ]:
                parsed.params.append((str(prop.python_name), _text(prop.get_type_string())))
            if len(endpoint.bodies) == 1:
                parsed.body = _text(endpoint.bodies[0].prop.get_type_string())
            elif endpoint.bodies:
                types = [_text(b.prop.get_type_string(no_optional=True)) for b in endpoint.bodies]
                required = all(b.prop.required for b in endpoint.bodies)
                parsed.body = " | ".join(types) + ("" if required else " | Unset")
            for response in endpoint.responses.patterns:
                code = _text(response.status_code.pattern)
                if not code.isdigit():
                    continue
                raw = response.source["attribute"] in ("response.content", "response.text")
                models, many = ([], False) if raw else _models(response.prop)
                parsed.answers[int(code)] = ParsedAnswer(raw, tuple(models), many)
            found[endpoint.method.upper(), shape(_text(endpoint.path))] = parsed
    return found

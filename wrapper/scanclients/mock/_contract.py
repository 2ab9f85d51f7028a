"""Check requests and responses against a spec with openapi-core, from plain values.

openapi-core has no httpx adapter and wants a request's host to match one of the spec's servers;
`Contract` takes method, path, query, headers and body as they are, and always presents them as
sent to the spec's localhost server, where the mock service stands in for the real one.

The checks are the spec's, no stricter. Two places where openapi-core is: it refuses every empty
query value (`fields=`), which OpenAPI leaves to the parameter's schema (a plain string takes "",
an array takes none: `event_type=` is the empty array), so an empty value the schema accepts is
checked here and then left out of what openapi-core sees; and it checks `format: time` as the
offset-less `12:00:00` of JSON Schema draft 3, where OpenAPI 3.1's `time` is RFC 3339's
`full-time` (`12:00:00Z`, `12:00:00+02:00`). A body of b"" (the service passes it for a
zero-length upload) is a body, where openapi-core sees none.

The document is not validated against the OpenAPI schema here: that takes seconds on the complete
PDCP document (the mock must start fast) and tests/test_specs.py does it once for the shipped specs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml  # type: ignore[import-untyped]  # pyyaml ships no types; its result is checked data
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.exceptions import (
    MissingRequiredParameter,
    MissingRequiredRequestBody,
)
from openapi_schema_validator import OAS31Validator
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ._operations import specificity
from ._schema_values import FORMAT_CHECKER, SchemaValues, is_time

__all__ = ["Contract", "Violation"]

# libyaml when present: the complete PDCP document parses in 0.1 s instead of 1.5 s.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _latin1(body: bytes) -> str:
    return body.decode("latin-1")  # every byte maps to one character: nothing is lost or refused


_NO_CONTENT_TYPE = "application/octet-stream"  # what a body without a content type is taken for

# OpenAPI 3.1 describes a file body (an export, an upload) as `type: string`; openapi-core hands
# bodies of media types it cannot parse over as bytes, which JSON Schema's "string" refuses.
_AS_TEXT: dict[str, Callable[[bytes], Any]] = {
    kind: _latin1 for kind in ("application/octet-stream", "text/csv", "application/pdf")
}


@dataclass(frozen=True)
class Violation:
    """One way a request or response breaks the spec. `field` is the offending name, if known."""

    message: str
    field: str | None = None


@dataclass
class _Request:
    host_url: str
    path: str
    method: str
    parameters: RequestParameters
    content_type: str
    body: bytes | None


@dataclass
class _Response:
    status_code: int
    content_type: str
    headers: Headers
    data: bytes | None = field(default=None)


class Contract:
    """One service's spec, loaded once: from a generated package, or from a file."""

    def __init__(self, source: ModuleType | Path | str) -> None:
        if isinstance(source, ModuleType):
            # The generated package carries its spec; a module (not a name) survives vendoring.
            text = (resources.files(source) / "openapi.yaml").read_text(encoding="utf-8")
        else:
            text = Path(source).read_text(encoding="utf-8")
        self.document: dict[str, Any] = yaml.load(text, Loader=_YAML_LOADER)
        """The spec as plain data, for the mock's answers."""
        config = Config(
            spec_validator_cls=None,
            extra_media_type_deserializers=_AS_TEXT,
            extra_format_validators={"time": is_time},
        )
        self._openapi = OpenAPI.from_dict(self.document, config=config)
        self._values = SchemaValues(self.document)
        self._empty_ok: dict[tuple[str, str, str], bool] = {}
        self._templates = sorted(
            ((_template(path), path) for path in self.document.get("paths") or {}),
            key=lambda pair: specificity(pair[1]),
        )
        servers: list[dict[str, str]] = self.document.get("servers", [])
        local = [s["url"] for s in servers if "localhost" in s["url"]]
        self._host_url = local[0] if local else servers[0]["url"]

    def request_violations(
        self,
        method: str,
        path: str,
        query: Iterable[tuple[str, str]],
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes | None,
    ) -> list[Violation]:
        header_list, content_type = _headers(headers)
        query, emptied = self._without_accepted_empty(method, path, list(query))
        parameters = RequestParameters(query=ImmutableMultiDict(query), header=header_list)
        request = self._request(method, path, parameters, content_type, body)
        errors = self._openapi.iter_request_errors(request)
        if body == b"":  # an empty upload, a zero-length file: openapi-core takes it for none
            errors = (e for e in errors if not isinstance(e, MissingRequiredRequestBody))
        return [
            _violation(error)
            for error in errors
            if not (isinstance(error, MissingRequiredParameter) and error.name in emptied)
        ]

    def response_violations(
        self,
        method: str,
        path: str,
        status_code: int,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes | None,
    ) -> list[Violation]:
        # The request only locates the operation: its parameters and body are not checked here.
        request = self._request(method, path, RequestParameters(), _NO_CONTENT_TYPE, None)
        header_list, content_type = _headers(headers)
        response = _Response(status_code, content_type, header_list, body)
        return [
            _violation(error) for error in self._openapi.iter_response_errors(request, response)
        ]

    def _without_accepted_empty(
        self, method: str, path: str, query: list[tuple[str, str]]
    ) -> tuple[list[tuple[str, str]], set[str]]:
        """`query` less the empty values their parameter's schema accepts, and their names."""
        empty = {name for name, value in query if value == ""}
        if not empty:
            return query, set()
        accepted = {name for name in empty if self._accepts_empty(method, path, name)}
        kept = [(name, value) for name, value in query if not (value == "" and name in accepted)]
        return kept, accepted

    def _accepts_empty(self, method: str, path: str, name: str) -> bool:
        item = next((p for pattern, p in self._templates if pattern.fullmatch(path)), None)
        if item is None:
            return False
        key = (item, method.lower(), name)
        if key not in self._empty_ok:  # one answer a parameter: the document does not change
            self._empty_ok[key] = self._schema_accepts_empty(*key)
        return self._empty_ok[key]

    def _schema_accepts_empty(self, item: str, method: str, name: str) -> bool:
        declared = self._values.resolve(self.document["paths"][item])
        operation = self._values.resolve(declared.get(method))
        listed = [*(declared.get("parameters") or ()), *(operation.get("parameters") or ())]
        found = [self._values.resolve(p) for p in listed]
        param = next(
            (p for p in reversed(found) if (p.get("in"), p.get("name")) == ("query", name)), None
        )
        if param is None or "schema" not in param:
            return False
        schema = self._values.resolve(param["schema"])
        # The document's components beside the schema: its `#/components/...` refs resolve there.
        schema = {**schema, "components": self.document.get("components") or {}}
        validator = OAS31Validator(schema, format_checker=FORMAT_CHECKER)
        # An empty form value is the empty string, or for an array the empty array.
        empty: tuple[object, ...] = ("", [])
        return any(validator.is_valid(value) for value in empty)

    def _request(
        self,
        method: str,
        path: str,
        parameters: RequestParameters,
        content_type: str,
        body: bytes | None,
    ) -> _Request:
        """The request as openapi-core reads it, sent to the spec's localhost server."""
        return _Request(self._host_url, path, method.lower(), parameters, content_type, body)


def _template(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", path)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts))


def _headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[Headers, str]:
    """The headers as openapi-core reads them, and the content type (lower case, as it wants)."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    header_list = Headers(list(pairs))
    return header_list, (header_list.get("content-type") or _NO_CONTENT_TYPE).lower()


def _violation(error: Exception) -> Violation:
    """A readable message and, for a schema error, the offending field's name."""
    causes: list[Any] = [error]
    current: BaseException | None = error
    while current is not None:
        current = current.__cause__ or current.__context__
        if current is not None:
            causes.append(current)
    for cause in causes:
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            first = schema_errors[0]
            path = [str(p) for p in getattr(first, "absolute_path", [])]
            name = getattr(cause, "name", None) or getattr(error, "name", None)
            field_name = path[0] if path else _missing_property(first.message) or name
            where = ".".join(path) or field_name or "body"
            return Violation(f"{where}: {first.message}", field_name)
    name = getattr(error, "name", None)
    text = "; ".join(filter(None, map(_text, causes)))
    return Violation(text or type(error).__name__, name)


def _text(error: BaseException) -> str:
    try:
        return str(error)
    except Exception:  # openapi-core 0.23 fails formatting a bad JSON query parameter
        return type(error).__name__


def _missing_property(message: str) -> str | None:
    # jsonschema: "'type' is a required property"
    if message.endswith("is a required property") and message.startswith("'"):
        return message.split("'")[1]
    return None

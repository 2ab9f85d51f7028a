"""Generic fallbacks for document shapes openapi-python-client 0.29.1 cannot type: never a stopped build.

Each works on any version of a document, keeps what the operation means where the document says
it, and returns one line per operation it touched (`make generate` prints them as
`pdcp: fallback ...`). They run on the prepared document, after the normalisations
(spec_normalise.py) and before the overlay, or, for the media types, on the generator's settings.

- answer_dangling_response_refs: a response that is a `$ref` to a `components/responses` entry the
  document does not have (the 2025-03-12 version of PDCP's document). The generator warns
  ("Could not find reference") and drops the answer; `--fail-on-warning` stops the build. The
  document says nothing of what it holds, so it becomes a JSON answer of any shape (`schema: {}`),
  which the method returns as parsed JSON, typed Any. The `description` says why.
- drop_duplicate_parameters: an operation that lists one parameter (name and location) twice
  (`start_date`, `end_date`, `time_range` of `GET /v1/team/audit_log` in the 2025-12-01 to
  2026-01-19 versions, each a copy of the first). OpenAPI forbids it; the generator drops the
  whole operation. The first is kept (a later copy that differs is reported as such).
- file_media_type_overrides: a response (or a request body) offered only in media types the
  generator has no reader (writer) for (`image/png` in the 2024-09-22 to 2025-03-12 versions; it reads JSON, `+json`, `text/*`
  and `application/octet-stream`). Such an answer is a file: the generator is told to read the
  type as `application/octet-stream` (its `content_type_overrides` setting), so the method answers
  the bytes, streamed like every other file; such a body is the method's `body=` bytes, sent with
  the document's media type. The document itself is left as it is.
- untype_warned_schemas and untype_warned_answers: the last resort, for a shape none of the above
  knows. A component schema the generator says it is "unable to process" becomes a schema of any
  value (`{}`); when it still warns that it "cannot parse response" of an operation, every answer
  of that operation that has a body becomes JSON of any shape; the generation then runs again (at
  most three times). The operation is a method returning parsed JSON rather than a missing one,
  and a line says so.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "FALLBACKS",
    "answer_dangling_response_refs",
    "drop_duplicate_parameters",
    "file_media_type_overrides",
    "untype_warned_answers",
    "untype_warned_schemas",
]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_RESPONSES = "#/components/responses/"
# What openapi-python-client 0.29.1 reads a response as (parser/responses.py).
_OCTET = "application/octet-stream"


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, item[method])
        for path, item in document.get("paths", {}).items()
        if isinstance(item, dict)
        for method in METHODS
        if isinstance(item.get(method), dict)
    ]


def _responses_of(document: dict[str, Any], response: Any) -> Any:
    """Follow a response's `$ref`s through components/responses; None when one dangles."""
    seen = set()
    while isinstance(response, dict) and isinstance(response.get("$ref"), str):
        ref = response["$ref"]
        if not ref.startswith(_RESPONSES) or ref in seen:
            return None
        seen.add(ref)
        name = ref.removeprefix(_RESPONSES).replace("~1", "/").replace("~0", "~")
        response = document.get("components", {}).get("responses", {}).get(name)
    return response


def _any_json(why: str) -> dict[str, Any]:
    return {"description": why, "content": {"application/json": {"schema": {}}}}


def answer_dangling_response_refs(document: dict[str, Any]) -> list[str]:
    """A response `$ref` to no components/responses entry becomes a JSON answer of any shape."""
    changes = []
    for path, method, operation in _operations(document):
        responses = operation.get("responses")
        if not isinstance(responses, dict):
            continue
        for status, response in responses.items():
            if not (isinstance(response, dict) and "$ref" in response):
                continue
            if _responses_of(document, response) is not None:
                continue
            ref = response["$ref"]
            responses[status] = _any_json(f"Any JSON: the document's {ref} does not exist.")
            changes.append(
                f"{method.upper()} {path}: its {status} answer is {ref}, which is no"
                " components/responses entry of the document; read as JSON of any shape"
            )
    return changes


def _parameter(document: dict[str, Any], parameter: Any) -> Any:
    while isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str):
        target: Any = document
        for part in parameter["$ref"].removeprefix("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
            if not isinstance(target, dict):
                return {}
        parameter = target
    return parameter if isinstance(parameter, dict) else {}


def drop_duplicate_parameters(document: dict[str, Any]) -> list[str]:
    """A parameter an operation lists twice (same name, same `in`) is kept once, the first."""
    changes = []
    for path, method, operation in _operations(document):
        parameters = operation.get("parameters")
        if not isinstance(parameters, list):
            continue
        kept: list[Any] = []
        first: dict[tuple[str, str], Any] = {}
        for parameter in parameters:
            resolved = _parameter(document, parameter)
            key = (str(resolved.get("name")), str(resolved.get("in")))
            if key not in first:
                first[key] = resolved
                kept.append(parameter)
                continue
            how = "a copy of the first" if resolved == first[key] else "differing from the first"
            changes.append(
                f"{method.upper()} {path}: {key[1]} parameter {key[0]!r} listed twice ({how});"
                " the first kept"
            )
        operation["parameters"] = kept
    return changes


def _readable(media_type: str) -> bool:
    bare = media_type.split(";")[0].strip().lower()
    return (
        bare.startswith("text/") or bare in ("application/json", _OCTET) or bare.endswith("+json")
    )


def file_media_type_overrides(document: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    """The generator's `content_type_overrides` for answers it has no reader for, and one line each.

    Only a response none of whose media types the generator reads needs one (it takes the first
    it can read). Overrides are by media type, so one line per operation that needed it.
    """
    overrides: dict[str, str] = {}
    changes = []
    for path, method, operation in _operations(document):
        for status, response in (operation.get("responses") or {}).items():
            content = (_responses_of(document, response) or {}).get("content") or {}
            if not content or any(_readable(media_type) for media_type in content):
                continue
            for media_type in content:
                overrides[media_type] = _OCTET
            changes.append(
                f"{method.upper()} {path}: its {status} answer is {', '.join(content)}, which the"
                " generator has no reader for; answered as a file (bytes)"
            )
    for path, method, operation in _operations(document):
        body = _parameter(document, operation.get("requestBody"))
        content = body.get("content") or {}
        if not content or any(_writable(media_type) for media_type in content):
            continue
        for media_type in content:
            overrides[media_type] = _OCTET
        changes.append(
            f"{method.upper()} {path}: its request body is {', '.join(content)}, which the"
            " generator has no writer for; sent as given bytes"
        )
    return dict(sorted(overrides.items())), changes


def _writable(media_type: str) -> bool:
    bare = media_type.split(";")[0].strip().lower()
    return bare in (
        "application/json",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
        _OCTET,
    ) or bare.endswith("+json")


# openapi-python-client 0.29.1's warning for an answer it drops (parser/openapi.py).
_WARNED = re.compile(
    r"^WARNING parsing ([A-Z]+) (\S+) within [^\n]*\n\s*\nCannot parse response", re.MULTILINE
)


def untype_warned_answers(document: dict[str, Any], generator_output: str) -> list[str]:
    """Every answer with a body of each operation the generator warned of, as JSON of any shape.

    Returns one line per operation changed; none when the warnings are of another kind (the build
    then fails with them, as it must: an operation would be missing).
    """
    changes = []
    for method, path in dict.fromkeys(_WARNED.findall(generator_output)):
        operation = document.get("paths", {}).get(path, {}).get(method.lower())
        if not isinstance(operation, dict):
            continue
        untyped = []
        for status, response in (operation.get("responses") or {}).items():
            if (_responses_of(document, response) or {}).get("content"):
                operation["responses"][status] = _any_json(
                    "Any JSON: the generator cannot type this answer as documented."
                )
                untyped.append(str(status))
        if untyped:
            changes.append(
                f"{method} {path}: the generator cannot parse its answers; {', '.join(untyped)}"
                " read as JSON of any shape"
            )
    return changes


_SCHEMA = re.compile(
    r"^Unable to (?:process|parse) schema /components/schemas/(\S+?):?$", re.MULTILINE
)


def untype_warned_schemas(document: dict[str, Any], generator_output: str) -> list[str]:
    """Each component schema the generator could not process, as a schema of any value."""
    changes = []
    schemas = document.get("components", {}).get("schemas", {})
    for pointer in dict.fromkeys(_SCHEMA.findall(generator_output)):
        name = pointer.replace("~1", "/").replace("~0", "~")
        if name in schemas and schemas[name] != {}:
            schemas[name] = {}
            changes.append(f"components/schemas/{name}: the generator cannot process it; any value")
    return changes


# The fallbacks that rewrite the document, in order (spec_prepare.py runs them).
FALLBACKS = [answer_dangling_response_refs, drop_duplicate_parameters]

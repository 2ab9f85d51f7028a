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
- file_media_type_overrides: a response offered only in media types the generator has no reader
  for (`image/png` in the 2024-09-22 to 2025-03-12 versions; it reads JSON, `+json`, `text/*`
  and `application/octet-stream`). Such an answer is a file: the generator is told to read the
  type as `application/octet-stream` (its `content_type_overrides` setting), so the method answers
  the bytes, streamed like every other file. The document itself is left as it is.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FALLBACKS", "answer_dangling_response_refs", "file_media_type_overrides"]

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
            responses[status] = {
                "description": f"Any JSON: the document's {ref} does not exist.",
                "content": {"application/json": {"schema": {}}},
            }
            changes.append(
                f"{method.upper()} {path}: its {status} answer is {ref}, which the document does"
                " not have; read as JSON of any shape"
            )
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
    return dict(sorted(overrides.items())), changes


# The fallbacks that rewrite the document, in order (spec_prepare.py runs them).
FALLBACKS = [answer_dangling_response_refs]

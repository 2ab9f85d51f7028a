"""Generic normalisations: rewrite what openapi-python-client cannot handle, without changing meaning.

Each function takes on one known limit of the generator (openapi-python-client 0.29.1), works on
any document, changes it in place and returns one line per change. They only touch what decides
Python names (`title`, `operationId`) or what carries no meaning (the order of a `content` map),
never what a request or a response may hold: a change of meaning is an upstream mistake and
belongs in the overlay (specs/pdcp.overlay.yaml).

- drop_titles_that_rename_components: a component whose `title` names another schema (issue 652:
  the generator names a class after the title, not the unique key, and drops both).
- drop_inline_titles_that_collide: inline schemas whose titles give two classes one name (issue
  783: no option resolves duplicate model names; the duplicate and every operation that uses it
  lose their model).
- title_inline_schemas_named_like_components: an inline schema whose derived name (parent +
  property) is a component's name (issue 323: names derived from the path clash with declared
  ones), for example `EnumerationContent.technology_details` next to the component
  `EnumerationContentTechnologyDetails`.
- number_operation_ids_that_collide: operationIds that differ only in what a Python name cannot
  hold (`get-things`, `get_things`, `get:things`) become one function name; the later module
  overwrites the earlier and their answers' classes clash (measured with 0.29.1; the class clash
  is issue 783's). The later ones are numbered.
- open_answer_schemas (spec_lenient.py): not a generator limit but the client's promise of lenient
  answers: the schemas only answers use drop `additionalProperties: false`;
  mark_answer_only_schemas (the same): their models read a left-out "required" field as None.
- put_json_first: a response offering JSON among other media types (issue 1248: the generator
  reads only the first media type it supports, so `text/plain` first makes the answer a `str`).
  The order of a `content` map means nothing in OpenAPI.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from spec_lenient import mark_answer_only_schemas, open_answer_schemas
from spec_names import METHODS, NamedSchema, class_name, endpoint_name, named_schemas, resolve

__all__ = [
    "NORMALISATIONS",
    "drop_inline_titles_that_collide",
    "drop_titles_that_rename_components",
    "mark_answer_only_schemas",
    "normalise",
    "number_operation_ids_that_collide",
    "open_answer_schemas",
    "put_json_first",
    "title_inline_schemas_named_like_components",
]

Normalisation = Callable[[dict[str, Any]], list[str]]


def number_operation_ids_that_collide(document: dict[str, Any]) -> list[str]:
    """Operations whose ids give one Python name are told apart by a number, in document order.

    openapi-python-client names an operation's module, function and classes after its
    operationId made a Python identifier: `get-things` and `get_things` are both `get_things`, so
    one module overwrites the other and their classes clash (issue 783's duplicate model names).
    An operationId is a name, not part of what goes over the wire.
    """
    changes = []
    taken: set[str] = set()
    operations = [
        (path, method, item[method])
        for path, item in document.get("paths", {}).items()
        if isinstance(item, dict)
        for method in METHODS
        if isinstance(item.get(method), dict)
    ]
    names = [endpoint_name(operation, method, path) for path, method, operation in operations]
    for (path, method, operation), name in zip(operations, names, strict=True):
        if name not in taken:
            taken.add(name)
            continue
        old = operation.get("operationId", name)
        number = 2
        while endpoint_name({"operationId": f"{old}-{number}"}, method, path) in {*taken, *names}:
            number += 1
        operation["operationId"] = f"{old}-{number}"
        taken.add(endpoint_name(operation, method, path))
        changes.append(
            f"{method.upper()} {path}: operationId {old!r} is another operation's {name}; "
            f"now {operation['operationId']!r}"
        )
    return changes


def drop_titles_that_rename_components(document: dict[str, Any]) -> list[str]:
    """A component titled with another schema's name is named after its own key instead.

    openapi-python-client issue 652 ("use key not title for class name"): a component's class is
    named after its `title`, so `ScanAssetListItemOptional: {title: ScanAssetListItem}` clashes
    with `ScanAssetListItem` and both, with every operation that refers to them, are dropped.
    """
    changes = []
    named = named_schemas(document)
    by_name = _by_name(named)
    for entry in named:
        title = entry.schema.get("title")
        if not entry.component or not isinstance(title, str):
            continue
        if class_name("", entry.label, None) == entry.name:
            continue  # the title names the component after its own key
        if _collides(entry, by_name):
            del entry.schema["title"]
            changes.append(
                f"{entry.pointer}: dropped title {title!r}, which names another schema "
                f"(class {class_name('', entry.label, None)})"
            )
    return changes


def drop_inline_titles_that_collide(document: dict[str, Any]) -> list[str]:
    """Inline schemas whose titles give two different classes one name are named by their place.

    openapi-python-client issue 783 ("Provide config option to resolve duplicate model names"): an
    inline schema's class is its parent's name plus its title; two titles alike under one parent
    (or one equal to another class's name) make one name for two classes, and the generator drops
    the second with every response that uses it. Without the title the name comes from the
    property, which is unique within its parent.
    """
    changes = []
    while True:
        by_name = _by_name(named_schemas(document))
        # The generator keeps the first schema of a name: the later ones give their titles up.
        clash = next(
            (
                entry
                for entries in by_name.values()
                for entry in [*entries[1:], entries[0]]
                if not entry.component
                and isinstance(entry.schema.get("title"), str)
                and _collides(entry, by_name)
            ),
            None,
        )
        if clash is None:
            return changes
        title = clash.schema.pop("title")
        changes.append(
            f"{clash.pointer}: dropped title {title!r}, which gives another schema's class name "
            f"{clash.name}"
        )


def title_inline_schemas_named_like_components(document: dict[str, Any]) -> list[str]:
    """An inline schema whose derived name is a component's name gets a title that sets it apart.

    openapi-python-client issue 323 ("Name clashes between auto-generated models and explicitly
    defined models"): `Entity.schema` (inline) and the component `EntitySchema` are both
    `EntitySchema`; the generator keeps one and drops the other. A map (only
    `additionalProperties`) becomes `...Map`, anything else `...Object`, numbered if still taken.
    """
    changes = []
    while True:
        named = named_schemas(document)
        components = {e.name for e in named if e.component}
        taken = {e.name for e in named}
        clash = next((e for e in named if not e.component and e.name in components), None)
        if clash is None:
            return changes
        suffix = (
            "map"
            if set(clash.schema) <= {"type", "additionalProperties", "description"}
            else "object"
        )
        title = f"{clash.label}_{suffix}"
        number = 2
        while class_name(clash.parent, clash.label, title) in taken:
            title = f"{clash.label}_{suffix}{number}"
            number += 1
        clash.schema["title"] = title
        changes.append(
            f"{clash.pointer}: titled {title!r}, its derived name {clash.name} is a component's; "
            f"class {class_name(clash.parent, clash.label, title)}"
        )


def put_json_first(document: dict[str, Any]) -> list[str]:
    """A response with a JSON media type among others lists the JSON one first.

    openapi-python-client issue 1248 ("Support for multiple content types in error response"): the
    generated code depends only on the first media type of a response, so a `text/plain` listed
    before `application/json` makes a JSON object come back as a plain string.
    """
    changes = []
    seen: set[int] = set()
    responses = [
        (f"/components/responses/{name}", response)
        for name, response in document.get("components", {}).get("responses", {}).items()
    ]
    for path, item in document.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            for status, response in (operation or {}).get("responses", {}).items():
                responses.append((f"{method.upper()} {path} {status}", response))
    for pointer, response in responses:
        response = resolve(document, response)
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or id(content) in seen:
            continue
        seen.add(id(content))
        media = list(content)
        json_media = [m for m in media if _is_json(m)]
        if json_media and media[0] != json_media[0]:
            first = json_media[0]
            reordered = {first: content[first], **{m: v for m, v in content.items() if m != first}}
            content.clear()
            content.update(reordered)
            changes.append(f"{pointer}: {first} moved before {media[0]}")
    return changes


def _is_json(media: str) -> bool:
    kind = media.split(";")[0].strip().lower()
    return kind == "application/json" or kind.endswith("+json")


# In order: operation names first (they prefix inline classes), then a component's own name, then
# the inline names are made unique around those.
NORMALISATIONS: list[Normalisation] = [
    number_operation_ids_that_collide,
    drop_titles_that_rename_components,
    drop_inline_titles_that_collide,
    title_inline_schemas_named_like_components,
    put_json_first,
    open_answer_schemas,
    mark_answer_only_schemas,
]


def normalise(document: dict[str, Any]) -> list[tuple[str, str]]:
    """Apply every normalisation in place; return (function name, change) for each change."""
    return [(step.__name__, line) for step in NORMALISATIONS for line in step(document)]


def _by_name(named: list[NamedSchema]) -> dict[str, list[NamedSchema]]:
    by_name: dict[str, list[NamedSchema]] = defaultdict(list)
    for entry in named:
        by_name[entry.name].append(entry)
    return by_name


def _collides(entry: NamedSchema, by_name: dict[str, list[NamedSchema]]) -> bool:
    """Another schema (not this one, and not an identical enum, which the generator merges) has
    the same class name."""
    for other in by_name[entry.name]:
        if other.schema is entry.schema:
            continue
        if "enum" in other.schema and other.schema.get("enum") == entry.schema.get("enum"):
            continue
        return True
    return False

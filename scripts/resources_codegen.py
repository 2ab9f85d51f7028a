"""Read the prepared spec and the generated models: one `Method` per operation, named by rule.

`scripts/generate.py` calls `write_resources(package_dir, spec_path, settings, ...)` after
openapi-python-client; `resources_render.py` turns the methods into the resource modules under
`<package>/resources/` and the reference `docs/api.md`. The operations are read from the spec
through the generator's parser (resources_parser.py: Python names and types of the parameters,
which model each answer builds); from the generated package only the model classes are imported.
The generator's per-operation functions (its api/ modules) are not read.

The naming rule and the table are applied by resources_names.py.

Paging rule: an operation with a `limit` query parameter and an `offset`, `page` or `page_number`
one is a list. Its items are the 200 answer itself when it is an array, else the one array property
of the envelope (one level down if there is none at the top; `data`, `results`, `items` win a tie);
its total is the first of `total_results`, `total_count`, `total`. `[pdcp.resources.paging]`
overrides both. An operation the rule cannot page through (no single list of items, an answer that
is not a model) is a plain method returning its answer, reported in one `pdcp: fallback` line;
only an override naming items the answer does not have fails the generation.
"""

from __future__ import annotations

import builtins
import datetime
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from resources_names import CURSORS, RESERVED, NamingError, assign_names, resolve
from resources_parser import ParsedEndpoint, read_endpoints, shape
from resources_render import render_package, render_reference
from resources_types import TypeWriter


class ResourcesError(Exception):
    """The spec, the generated package and the naming table do not give one method per operation."""


class _NotAList(Exception):
    """An operation with paging parameters whose answer the paging rule cannot page through."""


__all__ = ["NamingError", "ResourcesError", "write_resources"]


_ITEM_NAMES = ("data", "results", "items")
_TOTAL_NAMES = ("total_results", "total_count", "total")


@dataclass
class Method:
    operation_id: str
    resource: str
    name: str
    http_method: str
    path: str
    summary: str
    description: str
    params: list[dict[str, Any]] = field(default_factory=list)  # Param fields + "annotation"
    body: dict[str, Any] | None = None
    answers: list[dict[str, Any]] = field(default_factory=list)
    paging: dict[str, Any] | None = None
    item_annotation: str = "Any"
    page_annotation: str = "Any"
    team: str = "none"
    auth: str = "required"  # "optional": the operation's security allows no key (`{}`)
    key_header: str | None = None  # the key's header when the operation's scheme is not the default
    creates: bool = False


def write_resources(
    package_dir: Path,
    spec_path: Path,
    settings: dict[str, Any],
    fallbacks: list[str] | None = None,
    generator_settings: dict[str, Any] | None = None,
) -> str:
    """Write `<package_dir>/resources/`; return the reference (docs/api.md) as text.

    `generator_settings` are openapi-python-client's (as the generator was run with them): its
    parser reads the operations from the spec again, in process (resources_parser.py).

    Each generic fallback taken (a name after an operationId, a list read as a plain method) adds
    one line to `fallbacks`; the last line added counts the methods written.
    """
    types = TypeWriter(package_dir.name)
    report: list[str] = [] if fallbacks is None else fallbacks
    try:
        methods = load_methods(
            package_dir, spec_path, settings, types, report, generator_settings or {}
        )
    except NamingError as error:
        raise ResourcesError(str(error)) from None
    target = package_dir / "resources"
    target.mkdir(exist_ok=True)
    for name, text in render_package(methods, types.homes).items():
        (target / name).write_text(text)
    resources = len({method.resource for method in methods})
    report.append(f"{len(methods)} methods in {resources} resources")
    return render_reference(methods, settings.get("helpers", []))


def load_methods(
    package_dir: Path,
    spec_path: Path,
    settings: dict[str, Any],
    types: TypeWriter,
    fallbacks: list[str],
    generator_settings: dict[str, Any],
) -> list[Method]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load(spec_path.read_bytes(), Loader=loader)
    endpoints = read_endpoints(
        yaml.load(spec_path.read_bytes(), Loader=loader), generator_settings, spec_path
    )
    # The generated models are imported by name (resources_types.py), from this package only.
    sys.path.insert(0, str(package_dir.parent))
    try:
        for stale in [m for m in sys.modules if m.split(".")[0] == package_dir.name]:
            del sys.modules[stale]
        return _methods(spec, endpoints, settings, types, fallbacks)
    finally:
        sys.path.pop(0)


def _methods(
    spec: dict[str, Any],
    endpoints: dict[tuple[str, str], ParsedEndpoint],
    settings: dict[str, Any],
    types: TypeWriter,
    fallbacks: list[str],
) -> list[Method]:
    methods = []
    for (resource, name), (path, http_method, op) in assign_names(
        spec, settings, fallbacks
    ).items():
        endpoint = endpoints.get((http_method.upper(), shape(path)))
        if endpoint is None:
            raise ResourcesError(
                f"{op['operationId']}: openapi-python-client generates no function for"
                f" {http_method.upper()} {path}"
            )
        method = Method(
            op["operationId"],
            resource,
            name,
            http_method.upper(),
            path,
            " ".join((op.get("summary") or "").split()),
            (op.get("description") or "").strip(),
            creates=op["operationId"] in settings.get("creates", []),
        )
        _read_endpoint(method, endpoint, spec, spec["paths"][path], op, types)
        try:
            method.paging = _paging(method, spec, op, settings.get("paging", {}), types)
        except _NotAList as reason:
            fallbacks.append(
                f"{method.operation_id}: looks like a list ({reason}); a plain method returning"
                " its answer"
            )
        methods.append(method)
    return methods


def _hint(text: str, types: TypeWriter) -> Any:
    """A type as the generator's parser writes it (`GetV1ScansStatus | Unset`), as the Python type.

    The text is the generator's own (built from Python identifiers it derived), not the document's.
    """
    return eval(text, {"__builtins__": builtins, "datetime": datetime}, types.namespace())


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _key_headers(spec: dict[str, Any], security: list[dict[str, Any]]) -> list[str]:
    """The header names of the API-key schemes a `security` list names, in its order."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    names = [schemes.get(name, {}) for requirement in security for name in requirement]
    return [s["name"] for s in names if s.get("type") == "apiKey" and s.get("in") == "header"]


def _own_key_header(spec: dict[str, Any], security: list[dict[str, Any]]) -> str | None:
    """The header an operation's key goes in, when its security does not take the document's
    default one (PDCP's vulnerability database reads `X-PDCP-Key`, as vulnx sends it)."""
    default = _key_headers(spec, spec.get("security", []))
    own = _key_headers(spec, security)
    if not own or (default and default[0] in own):
        return None
    return own[0]


def _read_endpoint(
    method: Method,
    endpoint: ParsedEndpoint,
    spec: dict[str, Any],
    item: Any,
    op: Any,
    types: TypeWriter,
) -> None:
    security = op.get("security", spec.get("security"))
    if not security or {} in security:  # none declared, or the empty requirement among them
        method.auth = "optional"
    method.key_header = _own_key_header(spec, security or [])
    hints = {name: text for name, text in endpoint.params}
    declared = [resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    by_key = {_key(p["name"]): p for p in declared}
    for python_name, _ in endpoint.params:
        # The generator suffixes a name that meets another (`url` -> `url_query`).
        bare = re.sub(r"_(query|path|header|cookie)$", "", python_name.rstrip("_"))
        declared_param = by_key.get(_key(python_name.rstrip("_"))) or by_key.get(_key(bare))
        if declared_param is None:
            raise ResourcesError(f"{method.operation_id}: no spec parameter for {python_name}")
        where, wire = declared_param["in"], declared_param["name"]
        required = bool(declared_param.get("required")) or where == "path"
        if where == "header" and wire.lower() == "x-team-id":
            method.team = "required" if required else "optional"
            continue
        described = types.describe(_hint(hints[python_name], types))
        name = python_name if python_name not in RESERVED else python_name + "_"
        method.params.append(
            {
                "name": name,
                "wire": wire,
                "where": where,
                "required": required,
                "description": _description(declared_param)
                or _description(resolve(spec, declared_param.get("schema"))),
                **described,
            }
        )
    if endpoint.body is not None:
        method.body = _body(method, spec, op, _hint(endpoint.body, types), types)
    method.answers = _answers(method, endpoint, spec, op)
    for answer in method.answers:
        if answer["model"]:
            module_name, _, name = answer["model"].partition(":")
            types.homes[name] = f"models.{module_name}"


def _description(node: Any) -> str:
    """A parameter's or property's description, on one line ('' when it has none)."""
    text = node.get("description") if isinstance(node, dict) else None
    return " ".join(text.split()) if isinstance(text, str) else ""


def _body(method: Method, spec: Any, op: Any, hint: Any, types: TypeWriter) -> dict[str, Any]:
    request = resolve(spec, op["requestBody"])
    media_type, content = next(iter(request.get("content", {}).items()))
    model = types.model_of(hint)
    body: dict[str, Any] = {"media_type": media_type, "required": bool(request.get("required"))}
    # The generator's `types.File` (an octet-stream body) is raw bytes, the method's `body=`.
    if model is None or model.__module__.rpartition(".")[2] == "types":
        return {**body, "model": "", "fields": []}
    schema = resolve(spec, content.get("schema", {}))
    fields = types.fields_of(model)
    taken = {p["name"] for p in method.params}
    found = []
    for wire in schema.get("properties", {}):
        python_name = fields.get(_key(wire))
        if python_name is None:
            raise ResourcesError(f"{method.operation_id}: no model field for property {wire!r}")
        name = python_name if python_name not in taken | RESERVED else f"body_{python_name}"
        prop = resolve(spec, schema["properties"][wire])
        closed = "enum" in prop and not ({"anyOf", "oneOf"} & prop.keys())
        described = types.describe(types.field_hint(model, python_name), closed_enum=closed)
        required = wire in schema.get("required", [])
        found.append(
            {
                "name": name,
                "wire": wire,
                "required": required,
                "description": _description(prop),
                **described,
            }
        )
    return {**body, "model": types.reference(model), "fields": found}


def _answers(method: Method, endpoint: ParsedEndpoint, spec: Any, op: Any) -> list[dict[str, Any]]:
    answers = []
    for status, response in op.get("responses", {}).items():
        if not (status.isdigit() and status.startswith("2")):
            continue
        response = resolve(spec, response)
        media_types = list(response.get("content", {}))
        json_like = [m for m in media_types if m == "application/json" or m.endswith("+json")]
        parsed = endpoint.answers.get(int(status))
        kind, model = "json", ""
        if not media_types:
            kind = "empty"
        elif not json_like or (parsed is not None and parsed.raw):
            kind = "file"
        elif parsed is not None and len(parsed.models) == 1:
            ((module_name, name),) = parsed.models
            model = f"{module_name}:{name}"
            kind = "models" if parsed.many else "model"
        answers.append({"status": int(status), "kind": kind, "model": model})
    if not answers:
        raise ResourcesError(f"{method.operation_id}: no 2xx answer in the spec")
    return answers


def _paging(
    method: Method, spec: Any, op: Any, overrides: dict[str, Any], types: TypeWriter
) -> dict[str, Any] | None:
    query = {p["wire"]: p for p in method.params if p["where"] == "query"}
    cursor = next((c for c in CURSORS if c in query), None)
    if "limit" not in query or cursor is None or method.http_method != "GET":
        return None
    answer = next((a for a in method.answers if a["status"] == 200), None)
    if answer is None or answer["kind"] not in ("model", "models"):
        raise _NotAList("its 200 answer is not a model")
    style, first = CURSORS[cursor]
    declared = resolve(spec, resolve(spec, query[cursor].get("schema")) or {})
    first = declared.get("default", declared.get("minimum", first)) if style == "page" else first
    page_model = types.load(answer["model"])
    override = overrides.get(method.operation_id, {})
    if answer["kind"] == "models":
        items, total, item_model = (), (), page_model
        method.page_annotation = f"builtins.list[{page_model.__name__}]"
    else:
        found = types.find_items(page_model, override.get("items"), _ITEM_NAMES)
        if found is None:
            if override.get("items"):
                raise ResourcesError(
                    f"{method.operation_id}: [pdcp.resources.paging] names items"
                    f" {override['items']!r}, which its answer does not have"
                )
            raise _NotAList("the paging rule finds no single list of items in its answer")
        items, item_model = found
        total = types.find_total(page_model, override.get("total"), _TOTAL_NAMES)
        method.page_annotation = types.annotation_of(page_model)
    method.item_annotation = types.annotation_of(item_model)
    size = query["limit"]["name"]
    return {
        "style": style,
        "size": size,
        "cursor": query[cursor]["name"],
        "items": tuple(items),
        "total": tuple(total),
        "first": int(first),
    }

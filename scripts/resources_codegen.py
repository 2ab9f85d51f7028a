"""Read the prepared spec and the generated package: one `Method` per operation, named by rule.

`scripts/generate.py` calls `write_resources(package_dir, spec_path, settings)` after
openapi-python-client; `resources_render.py` turns the methods into the resource modules under
`<package>/resources/` and the reference `docs/api.md`.

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

import ast
import importlib
import inspect
import re
import sys
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from resources_names import CURSORS, RESERVED, NamingError, assign_names, resolve
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
    creates: bool = False


def write_resources(
    package_dir: Path,
    spec_path: Path,
    settings: dict[str, Any],
    fallbacks: list[str] | None = None,
) -> str:
    """Write `<package_dir>/resources/`; return the reference (docs/api.md) as text.

    Each generic fallback taken (a name after an operationId, a list read as a plain method) adds
    one line to `fallbacks`; the last line added counts the methods written.
    """
    types = TypeWriter(package_dir.name)
    report: list[str] = [] if fallbacks is None else fallbacks
    try:
        methods = load_methods(package_dir, spec_path, settings, types, report)
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
) -> list[Method]:
    spec = yaml.safe_load(spec_path.read_text())
    modules = _api_modules(package_dir)
    methods = []
    for (resource, name), (path, http_method, op) in assign_names(
        spec, settings, fallbacks
    ).items():
        module = modules.get((http_method.upper(), _shape(path)))
        if module is None:
            raise ResourcesError(
                f"{op['operationId']}: no generated module for {http_method} {path}"
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
        _read_module(method, module, spec, spec["paths"][path], op, types)
        try:
            method.paging = _paging(method, spec, op, settings.get("paging", {}), types, module)
        except _NotAList as reason:
            fallbacks.append(
                f"{method.operation_id}: looks like a list ({reason}); a plain method returning"
                " its answer"
            )
        methods.append(method)
    return methods


def _api_modules(package_dir: Path) -> dict[tuple[str, str], Any]:
    """The generated api modules by (method, path), read from their own `_get_kwargs` literal."""
    sys.path.insert(0, str(package_dir.parent))
    try:
        for name in [m for m in sys.modules if m.split(".")[0] == package_dir.name]:
            del sys.modules[name]
        found = {}
        for source in sorted((package_dir / "api").rglob("*.py")):
            tree = ast.parse(source.read_text())
            method = url = None
            for node in ast.walk(tree):
                if isinstance(node, ast.Dict):
                    for key, value in zip(node.keys, node.values, strict=True):
                        if isinstance(key, ast.Constant) and key.value == "method":
                            method = ast.literal_eval(value)
                        if isinstance(key, ast.Constant) and key.value == "url":
                            url = value.func.value if isinstance(value, ast.Call) else value  # type: ignore[attr-defined]
                            url = ast.literal_eval(url)
            if method and url:
                relative = source.relative_to(package_dir.parent).with_suffix("")
                module = importlib.import_module(".".join(relative.parts))
                module.__source_tree__ = tree  # type: ignore[attr-defined]
                found[method.upper(), _shape(url)] = module
        return found
    finally:
        sys.path.pop(0)


def _shape(path: str) -> str:
    # The generator renames path parameters (`{scanId}` -> `{scan_id}`); the shape is the same.
    return re.sub(r"\{[^}]*\}", "{}", path)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _read_module(
    method: Method, module: Any, spec: dict[str, Any], item: Any, op: Any, types: TypeWriter
) -> None:
    signature = inspect.signature(module.sync_detailed)
    hints = typing.get_type_hints(module.sync_detailed, localns=types.namespace())
    declared = [resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    by_key = {_key(p["name"]): p for p in declared}
    for python_name in signature.parameters:
        if python_name in ("client", "body"):
            continue
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
        described = types.describe(hints[python_name])
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
    if "body" in signature.parameters:
        method.body = _body(method, spec, op, hints["body"], types)
    method.answers = _answers(method, module, spec, op)
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
    if model is None:
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


def _answers(method: Method, module: Any, spec: Any, op: Any) -> list[dict[str, Any]]:
    blocks = _status_blocks(module.__source_tree__)
    answers = []
    for status, response in op.get("responses", {}).items():
        if not (status.isdigit() and status.startswith("2")):
            continue
        response = resolve(spec, response)
        media_types = list(response.get("content", {}))
        json_like = [m for m in media_types if m == "application/json" or m.endswith("+json")]
        block = blocks.get(int(status))
        kind, model = "json", ""
        if not media_types:
            kind = "empty"
        elif not json_like or (block is not None and _reads_content(block)):
            kind = "file"
        elif block is not None:
            made = {
                node.func.value.id
                for node in ast.walk(block)
                if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "from_dict"
                and isinstance(node.func.value, ast.Name)
            }
            if len(made) == 1:
                (name,) = made
                model = f"{_model_module(module.__source_tree__, name)}:{name}"
                many = any(isinstance(n, ast.For) for n in ast.walk(block))
                kind = "models" if many else "model"
        answers.append({"status": int(status), "kind": kind, "model": model})
    if not answers:
        raise ResourcesError(f"{method.operation_id}: no 2xx answer in the spec")
    return answers


def _status_blocks(tree: ast.Module) -> dict[int, ast.If]:
    blocks = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "_parse_response":
            for statement in node.body:
                test = getattr(statement, "test", None)
                if isinstance(test, ast.Compare) and isinstance(test.comparators[0], ast.Constant):
                    blocks[int(test.comparators[0].value)] = statement  # type: ignore[assignment]
    return blocks


def _reads_content(block: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Attribute)
        and n.attr in ("content", "text")
        and isinstance(n.value, ast.Name)
        and n.value.id == "response"
        for n in ast.walk(block)
    )


def _model_module(tree: ast.Module, name: str) -> str:
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and any(a.name == name for a in node.names):
            return (node.module or "").removeprefix("models.")
    raise ResourcesError(f"no import of {name}")


def _paging(
    method: Method, spec: Any, op: Any, overrides: dict[str, Any], types: TypeWriter, module: Any
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
    page_model = types.load(module, answer["model"])
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

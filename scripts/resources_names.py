"""Names of the generated methods, `pd.<resource>.<method>`: by rule, and by the naming table.

Naming rule (the naming table `[pdcp.resources.names]` in specs/generators.toml overrides it):
- resource: the operation's first tag, else the first path segment after the version (`/v1/`),
  as a Python identifier (`template/v2` -> `template_v2`);
- verb: a word for the HTTP method (GET `list` for a list operation, see the paging rule, else `get`;
  POST `create`, PUT `replace`, PATCH `update`, DELETE `delete`; PUT, PATCH and DELETE on a path
  that does not end in a parameter add `_many`) followed by the path's static
  segments after the version and the resource's own segment: `POST /v1/scans/{scan_id}/stop` ->
  `scans.create_stop`, `GET /v1/scans/config/{config_id}` -> `configurations.get_scans_config`.
- Python-safe: lower case, `-`, `:` and `/` become `_`, a keyword gets a trailing `_` (`async_`).
A table name always wins. An operation whose rule name meets another operation's (the table's or
the rule's) is named after its operationId instead (`get_v1_scans_vuln_changelogs`; `_2`, `_3`...
should that be taken too), and `make generate` reports it in one `pdcp: fallback` line. Only a
name the table gives to two operations fails the generation, naming both. A name listed in
`helpers` belongs to a hand-made helper of the wrapper; the generated method is then `<verb>_api`.
"""

from __future__ import annotations

import keyword
import re
from typing import Any


class NamingError(Exception):
    """Two operations would get one name."""


_WORDS = {"post": "create", "put": "replace", "patch": "update", "delete": "delete"}
RESERVED = {
    "extra_headers",
    "extra_query",
    "extra_body",
    "timeout",
    "max_items",
    "max_pages",
    "self",
}
CURSORS = {"offset": ("offset", 0), "page": ("page", 1), "page_number": ("page", 1)}


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def identifier(text: str) -> str:
    name = re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower() or "_"
    if name[0].isdigit():
        name = "_" + name
    return name + "_" if keyword.iskeyword(name) or name in RESERVED else name


def is_list(spec: dict[str, Any], op: dict[str, Any]) -> bool:
    """The paging rule's first half: a `limit` query parameter and a cursor beside it."""
    names = {
        p.get("name")
        for p in (resolve(spec, p) for p in op.get("parameters", []))
        if p.get("in") == "query"
    }
    return "limit" in names and any(cursor in names for cursor in CURSORS)


def rule_name(method: str, path: str, tags: list[str], listing: bool = False) -> tuple[str, str]:
    segments = [s for s in path.split("/") if s]
    if segments and re.fullmatch(r"v\d+", segments[0]):
        segments = segments[1:]
    statics = [s for s in segments if not s.startswith("{")]
    resource = identifier(tags[0]) if tags else identifier(statics[0] if statics else "default")
    if statics and identifier(statics[0]).rstrip("s") == resource.rstrip("s"):
        statics = statics[1:]
    on_item = bool(segments) and segments[-1].startswith("{")
    word = _WORDS.get(method) or ("list" if listing else "get")
    if method in ("put", "patch", "delete") and not on_item:
        word += "_many"
    return resource, identifier("_".join([word, *statics]))


def assign_names(
    spec: dict[str, Any], settings: dict[str, Any], fallbacks: list[str] | None = None
) -> dict[tuple[str, str], tuple[str, str, Any]]:
    """(resource, method name) of every operation: the table's, else the rule's.

    A table name always wins. Operations whose rule name meets another operation's (the table's or
    the rule's) are named after their operationIds instead, numbered `_2`, `_3`... in document
    order should that name be taken too; each such name adds one line to `fallbacks`. Only a name
    the table gives to two operations fails, naming both ids.
    """
    table, helpers = settings.get("names", {}), set(settings.get("helpers", []))
    chosen: dict[tuple[str, str], list[tuple[bool, str, str, Any]]] = {}
    for path, item in spec.get("paths", {}).items():
        for http_method, op in item.items():
            if http_method not in ("get", "post", "put", "patch", "delete", "head"):
                continue
            op.setdefault("operationId", f"{http_method}-{path}")
            listing = http_method == "get" and is_list(spec, op)
            resource, name = rule_name(http_method, path, op.get("tags") or [], listing)
            explicit = op["operationId"] in table
            if explicit:
                resource, _, name = table[op["operationId"]].partition(".")
            if f"{resource}.{name}" in helpers:
                name += "_api"
            chosen.setdefault((resource, name), []).append((explicit, path, http_method, op))
    names: dict[tuple[str, str], tuple[str, str, Any]] = {}
    losers: list[tuple[tuple[str, str], str, str, Any, list[str]]] = []
    for key, claims in chosen.items():
        tabled = [claim for claim in claims if claim[0]]
        if len(tabled) > 1:
            raise NamingError(
                f"{tabled[0][3]['operationId']} and {tabled[1][3]['operationId']} both map to"
                f" {key[0]}.{key[1]} in [pdcp.resources.names]: give one of them another name"
            )
        winners = tabled or (claims if len(claims) == 1 else [])
        for _, path, http_method, op in winners:
            names[key] = (path, http_method, op)
        others = [op["operationId"] for *_, op in claims]
        for _, path, http_method, op in claims:
            if not any(winner[3] is op for winner in winners):
                rivals = [other for other in others if other != op["operationId"]]
                losers.append((key, path, http_method, op, rivals))
    for (resource, name), path, http_method, op, rivals in losers:
        base = identifier(op["operationId"])
        candidate, number = base, 2
        while (resource, candidate) in names or (resource, candidate) in chosen:
            candidate, number = f"{base}_{number}", number + 1
        names[resource, candidate] = (path, http_method, op)
        if fallbacks is not None:
            fallbacks.append(
                f"{op['operationId']}: the rule's name {resource}.{name} is also"
                f" {', '.join(rivals)}'s; named {resource}.{candidate} after its operationId"
            )
    # The order of the claims (the document's, grouped by name), whichever way a name was found.
    order = {id(op): n for n, (*_, op) in enumerate(c for cs in chosen.values() for c in cs)}
    return dict(sorted(names.items(), key=lambda entry: order[id(entry[1][2])]))

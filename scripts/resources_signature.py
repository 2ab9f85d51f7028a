"""A generated method's signature, its `args` dict and its `Args:` docstring section, for the
plain methods (resources_render.py) and the raw and streaming views (resources_views.py) alike."""

from __future__ import annotations

import textwrap
from typing import Any

__all__ = ["ESCAPES", "PASS_ESCAPES", "args_section", "arguments", "docstring"]

ESCAPES = "extra_headers: Mapping[str, str] | None = None,\nextra_query: Mapping[str, Any] | None = None,\nextra_body: Mapping[str, Any] | None = None,\ntimeout: float | httpx.Timeout | None = None"
PASS_ESCAPES = (
    "extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout"
)


def docstring(text: str, indent: str) -> str:
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    lines = text.splitlines() or [""]
    body = "\n".join((indent + line).rstrip() if line.strip() else "" for line in lines)
    return f'{indent}"""{body.lstrip()}\n{indent}"""\n'


def arguments(method: Any, pager: bool = True) -> tuple[list[str], list[str]]:
    """The signature's parts and the `args` dict entries, path parameters first; `pager`: a list
    takes `max_items` and `max_pages` (not on a raw or streaming view: one request, one page)."""
    path = [p for p in method.params if p["where"] == "path"]
    path.sort(key=lambda p: method.path.index("{" + p["wire"] + "}"))
    keywords = [p for p in method.params if p["where"] != "path"]
    if method.body is not None:
        if method.body["model"]:
            keywords += method.body["fields"]
        else:
            keywords.append(
                {"name": "body", "annotation": "bytes", "required": method.body["required"]}
            )
    signature = [f"{p['name']}: {p['annotation']}" for p in path]
    signature.append("*")
    required = [p for p in keywords if p.get("required")]
    optional = [p for p in keywords if not p.get("required")]
    signature += [f"{p['name']}: {p['annotation']}" for p in required]
    signature += [f"{p['name']}: {p['annotation']} | None = None" for p in optional]
    if method.paging is not None and pager:
        signature.append("max_items: int | None = None")
        signature.append("max_pages: int | None = None")
    entries = [f'"{p["name"]}": {p["name"]}' for p in path + required + optional]
    return signature, entries


def args_section(method: Any, pager: bool = True) -> str:
    """`Args:` (Google style): every argument in signature order, with the spec's description."""
    path = sorted(
        (p for p in method.params if p["where"] == "path"),
        key=lambda p: method.path.index("{" + p["wire"] + "}"),
    )
    keywords = [p for p in method.params if p["where"] != "path"]
    if method.body is not None and method.body["model"]:
        keywords += method.body["fields"]
    elif method.body is not None:
        keywords.append({"name": "body", "where": "body", "description": "The request body."})
    ordered = path + [p for p in keywords if p.get("required")]
    ordered += [p for p in keywords if not p.get("required")]
    if not ordered:
        return ""
    lines = ["", "", "Args:"]
    for p in ordered:
        where = p.get("where", "body")
        text = p.get("description") or f"The `{p.get('wire', p['name'])}` {where} value."
        wrapped = textwrap.wrap(f"{p['name']}: {text}", width=88, break_on_hyphens=False)
        lines.append("    " + wrapped[0])
        lines += ["        " + more for more in wrapped[1:]]
    if method.paging is not None and pager:
        lines.append("    max_items: Stop after this many items (all of them when None).")
        lines.append(
            "    max_pages: Raise UnexpectedResponseError past this many pages (10,000 when None)."
        )
    return "\n".join(lines)

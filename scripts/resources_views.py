"""The raw and streaming views of a generated resource: `<Name>WithRawResponse` and
`<Name>WithStreamingResponse` (and their async twins), whose methods take the plain method's
parameters (not a pager's bounds), send one request and give a `RawResponse` or a context manager
over the open answer; and the `with_raw_response` / `with_streaming_response` properties."""

from __future__ import annotations

import textwrap
from typing import Any

from resources_signature import ESCAPES, PASS_ESCAPES, args_section, arguments, docstring

__all__ = ["view_properties", "views"]


def _parsed(method: Any) -> str:
    """What `.parse()` of a raw or streamed answer gives: the plain result, a list's one page
    (its model), a file's bytes (or the model of a JSON answer it may give instead)."""
    if method.paging is not None:
        return str(method.page_annotation)
    kinds = []
    for answer in method.answers:
        name = answer["model"].partition(":")[2]
        kinds.append(
            {
                "model": name,
                "models": f"builtins.list[{name}]",
                "empty": "None",
                "file": "bytes",
            }.get(answer["kind"], "Any")
        )
    return " | ".join(dict.fromkeys(kinds)) if "Any" not in kinds else "Any"


def _view_method(method: Any, resource: str, asynchronous: bool, view: str) -> str:
    """A method of a raw (`view="raw"`) or streaming view: the plain method's parameters, one
    request, its answer as a `RawResponse` or a context manager over it."""
    signature, entries = arguments(method, pager=False)
    parsed = _parsed(method)
    if view == "raw":
        returns = f"RawResponse[{parsed}]"
        define, call = ("async def", "await self._call") if asynchronous else ("def", "self._call")
        doc = f"`{method.name}` answering its `RawResponse`: one request"
    else:
        returns = f"{'AsyncStreamedCall' if asynchronous else 'StreamedCall'}[{parsed}]"
        define, call = "def", "self._call"
        doc = f"`{method.name}` as a context manager over its open answer: one request"
    doc += ", its one page." if method.paging is not None else "."
    doc += args_section(method, pager=False)
    parts = ",\n".join(["self", *signature, ESCAPES])
    args = "{" + ", ".join(entries) + "}"
    return (
        f"    {define} {method.name}(\n{textwrap.indent(parts, '        ')},\n    ) -> {returns}:\n"
        + docstring(doc, "        ")
        + f"        return {call}(_{method.name.upper()}, {args}, {PASS_ESCAPES})\n"
    )


def views(name: str, resource: str, methods: list[Any]) -> str:
    """The classes of `with_raw_response` and `with_streaming_response`, sync and async."""
    out = []
    for prefix, asynchronous, base in (("", False, "Sync"), ("Async", True, "Async")):
        for view, suffix, kind in (
            ("raw", "WithRawResponse", "RawView"),
            ("streamed", "WithStreamingResponse", "StreamingView"),
        ):
            what = "its raw answer" if view == "raw" else "a context manager over its open answer"
            doc = f"`{prefix}{name}.{_VIEW_PROPERTY[view]}`: each method sends one request and gives {what}."
            body = "\n".join(_view_method(m, resource, asynchronous, view) for m in methods)
            out.append(
                f"\n\nclass {prefix}{name}{suffix}({base}{kind}):\n"
                + docstring(doc, "    ")
                + "\n"
                + body
            )
    return "".join(out)


_VIEW_PROPERTY = {"raw": "with_raw_response", "streamed": "with_streaming_response"}


def view_properties(name: str) -> str:
    return (
        "    @property\n"
        f"    def with_raw_response(self) -> {name}WithRawResponse:\n"
        '        """The same methods, each sending one request (a list: one page) and answering its\n'
        '        `RawResponse`: `status_code`, `headers`, `request_id`, `parse()` for the result."""\n'
        f"        return {name}WithRawResponse(self._client)\n\n"
        "    @property\n"
        f"    def with_streaming_response(self) -> {name}WithStreamingResponse:\n"
        '        """The same methods, each a context manager over its open answer: `iter_bytes()`,\n'
        '        `iter_lines()`, `read()`, `parse()`."""\n'
        f"        return {name}WithStreamingResponse(self._client)\n\n"
    )

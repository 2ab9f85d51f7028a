"""The answer to every operation of an OpenAPI document, with no handler written per operation.

`Answers(document, handlers)` gives one route per operation. A handler registered under an
operationId answers that operation (stateful behaviour, such as creating a scan); every other
operation gets the generic answer, built once from its success response and then reused:

- status: the lowest 2xx, or 201/202 when the request asks for `async=true` and one is declared;
- media type: one the `Accept` header names, else JSON, else the first declared that can be
  written (a schema of type string: a file); a file export written in the format its `type` or
  `format` query parameter asks for (json, csv, pdf, ...), as small valid bytes of that type;
- JSON body: from the schema (`SchemaValues`: examples where valid, else plain values);
- a list operation (see `_operations`) has `LIST_SIZE` items, distinct from one another, and
  answers the page its `limit` and `offset`/`page`/`page_number` ask for, with the envelope's
  totals (`total`, `count`, `total_pages`, `current_page`, ...) set to match.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from ._files import FILE_FORMATS, render_file
from ._handler import Call, Handler, Reply, Route
from ._operations import Operation, Paging, is_json, json_schema, operations, specificity
from ._schema_values import SchemaValues

__all__ = ["LIST_SIZE", "Answers", "Handler"]

LIST_SIZE = 7
"""Items in every collection: with limit=3 a client sees pages of 3, 3 and 1."""

# Envelope fields set from the page served (only where the envelope's schema has them).
_TOTALS = ("total", "total_results", "total_count", "total_leaks")
_COUNTS = ("count", "result_count")
_CURRENT = ("current_page", "page", "page_number")
_FILE_TYPES = {"text/csv": "csv", "application/pdf": "pdf", "text/html": "html"}


class Answers:
    """Routes for every operation of `document`: `handlers` first, the generic answer otherwise."""

    def __init__(self, document: Mapping[str, Any], handlers: Mapping[str, Handler]) -> None:
        self.values = SchemaValues(document)
        self._listed = list(operations(document, self.values))
        self.operations = {op.operation_id: op for op in self._listed}
        unknown = set(handlers) - set(self.operations)
        if unknown:
            raise ValueError(
                f"handlers for operations the spec lacks: {', '.join(sorted(unknown))}"
            )
        self._handlers = dict(handlers)
        self._bodies: dict[tuple[str, str, str], Any] = {}

    def routes(self) -> list[Route]:
        """One route per operation; a literal segment is tried before a `{parameter}`, so that
        `/v1/scans/results` is not taken for the scan called "results"."""
        ordered = sorted(self._listed, key=lambda op: specificity(op.path))
        return [Route(op.method, op.path, self._handler(op)) for op in ordered]

    def _handler(self, operation: Operation) -> Handler:
        registered = self._handlers.get(operation.operation_id)
        if registered is not None:
            return registered

        async def generic(call: Call) -> Reply:
            return self.answer(operation, call)

        return generic

    def answer(self, operation: Operation, call: Call) -> Reply:
        """The generic answer to `call`; a registered handler may start from it."""
        if not operation.responses:
            return Reply.empty(200)
        status = _status(operation, call)
        code = int(status.upper().replace("XX", "00"))
        content = operation.responses[status].get("content") or {}
        if not content:
            return Reply.empty(code)
        media = self._media_type(content, call)
        if not is_json(media) and self._is_file(content[media]):
            kind = _FILE_TYPES.get(media) or _asked_format(call) or "txt"
            return Reply(code, self._file(operation, kind), media)
        if operation.paging is not None and status == next(iter(operation.responses)):
            page = _page(
                self._value(operation, status, media),
                operation.paging,
                call,
                self._items(operation),
            )
            return Reply(code, json.dumps(page).encode(), media)
        key = (operation.operation_id, status, media + " bytes")
        if key not in self._bodies:
            self._bodies[key] = json.dumps(self._value(operation, status, media)).encode()
        return Reply(code, self._bodies[key], media)

    def _media_type(self, content: Mapping[str, Any], call: Call) -> str:
        writable = [m for m in content if is_json(m) or self._is_file(content[m])]
        if not writable:
            return next(iter(content))
        accepted = [
            part.split(";")[0].strip() for part in call.headers.get("accept", "").split(",")
        ]
        for media in accepted:
            if media in writable:
                return media
        return next((m for m in writable if is_json(m)), writable[0])

    def _is_file(self, media: Mapping[str, Any]) -> bool:
        return bool(self.values.resolve(media.get("schema")).get("type", "string") == "string")

    def _value(self, operation: Operation, status: str, media: str) -> Any:
        """The answer's JSON value, built once; shared, so never changed in place."""
        key = (operation.operation_id, status, media)
        if key not in self._bodies:
            schema = operation.responses[status]["content"][media].get("schema")
            self._bodies[key] = self.values.value(schema, name=operation.operation_id)
        return self._bodies[key]

    def _items(self, operation: Operation) -> list[Any]:
        key = (operation.operation_id, "items", "")
        if key not in self._bodies:
            schema = json_schema(next(iter(operation.responses.values())))
            assert operation.paging is not None
            assert schema is not None
            items_schema = _follow(schema, operation.paging.items_at, self.values)
            self._bodies[key] = [
                self.values.value(items_schema.get("items", {}), variant=i, name="item")
                for i in range(LIST_SIZE)
            ]
        items: list[Any] = self._bodies[key]
        return items

    def _file(self, operation: Operation, kind: str) -> bytes:
        key = (operation.operation_id, "file", kind)
        if key not in self._bodies:
            rows = [
                {"id": f"{operation.operation_id}-{i + 1}", "name": f"item {i + 1}"}
                for i in range(LIST_SIZE)
            ]
            self._bodies[key] = render_file(kind, operation.operation_id, rows)
        body: bytes = self._bodies[key]
        return body


def _status(operation: Operation, call: Call) -> str:
    statuses = list(operation.responses)
    if _query(call, "async") in ("true", "1"):
        deferred = [s for s in statuses if s in ("201", "202")]
        if deferred:
            return deferred[0]
    return statuses[0]


def _asked_format(call: Call) -> str | None:
    for name in ("type", "format"):
        value = (_query(call, name) or "").lower()
        if value in FILE_FORMATS:
            return value
    return None


def _query(call: Call, name: str) -> str | None:
    return next((value for key, value in call.query if key == name), None)


def _number(call: Call, name: str) -> int | None:
    text = _query(call, name)
    try:
        return None if text is None else int(float(text))
    except ValueError:
        return None


def _follow(schema: Any, names: tuple[str, ...], values: SchemaValues) -> dict[str, Any]:
    current = values.resolve(schema)
    for name in names:
        current = values.resolve((current.get("properties") or {})[name])
    return current


def _page(body: Any, paging: Paging, call: Call, items: list[Any]) -> Any:
    """`body` with the page of `items` the call asks for, and totals that agree with it."""
    limit = _number(call, "limit")
    if limit is None or limit <= 0:
        limit = paging.default_limit
    if paging.style == "offset":
        offset = max(_number(call, "offset") or 0, 0)
    elif paging.style in ("page", "page_number"):
        page = max(_number(call, paging.style) or 1, 1)  # pages count from 1; 0 means the first
        offset = (page - 1) * (limit or LIST_SIZE)
    else:
        offset = 0
    served = items[offset : offset + limit] if limit else items[offset:]
    if not paging.items_at:
        return served
    # Copies along the way to the items only: the cached answer underneath stays as it was.
    body = holder = dict(body)
    for name in paging.items_at[:-1]:
        holder[name] = dict(holder.get(name) or {})
        holder = holder[name]
    holder[paging.items_at[-1]] = served
    size = limit or LIST_SIZE
    found = {
        **dict.fromkeys(_TOTALS, len(items)),
        **dict.fromkeys(_COUNTS, len(served)),
        **dict.fromkeys(_CURRENT, offset // size + 1),
        "total_pages": math.ceil(len(items) / size),
        "limit": size,
        "offset": offset,
    }
    for name, number in found.items():
        if name in body and _is_number(body[name]) and name != paging.items_at[0]:
            body[name] = type(body[name])(number)
    return body


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)

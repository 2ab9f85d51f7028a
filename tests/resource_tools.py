"""Helpers for the resource tests: the generated operations, and valid answers built for them.

Answers are built from the generated attrs models themselves (every required field filled with a
value of its type), so that a test of paging or parsing works for whatever operations the spec
holds, with no hand-written fixture per operation.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import pkgutil
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx

from scanclients._core.operation_spec import Operation
from scanclients._core.request import load_model
from scanclients._generated import pdcp_client
from scanclients._generated.pdcp_client import resources
from tests.helpers import KEY

__all__ = ["KEY", "list_operations", "operations"]


def operations() -> list[Operation]:
    """Every generated operation, in the order of the resource modules."""
    found = []
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{resources.__name__}.{info.name}")
        found += [v for v in vars(module).values() if isinstance(v, Operation)]
    return found


def list_operations() -> list[Operation]:
    return [op for op in operations() if op.paging is not None]


def _members(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [m for m in typing.get_args(hint) if m is not type(None) and m.__name__ != "Unset"]
    return [hint]


def _hints(model: type) -> dict[str, Any]:
    namespace = {**vars(importlib.import_module(f"{pdcp_client.__name__}.types"))}
    models = importlib.import_module(f"{pdcp_client.__name__}.models")

    class Lazy(dict[str, Any]):
        def __missing__(self, name: str) -> Any:
            try:
                return getattr(models, name)
            except AttributeError:
                raise KeyError(name) from None

    return typing.get_type_hints(model, localns=Lazy(namespace))


def value_of(hint: Any, seed: int) -> Any:
    """A valid value of a generated type; `seed` makes strings differ between items."""
    kind = _members(hint)[0]
    if typing.get_origin(kind) is list:
        return []
    if typing.get_origin(kind) is dict or kind is Any:
        return {}
    if isinstance(kind, type) and attrs.has(kind):
        return instance(kind, seed)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(iter(kind))
    if kind is datetime.datetime:
        return datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    if kind is datetime.date:
        return datetime.date(2026, 1, 1)
    return {str: f"v{seed}", int: seed, float: float(seed), bool: False}.get(kind, f"v{seed}")


def instance(model: type, seed: int = 0) -> Any:
    """The model with every required field set (and an extra field `n` that tells items apart)."""
    hints = _hints(model)
    required = {
        f.name: value_of(hints[f.name], seed)
        for f in attrs.fields(model)
        if f.init and f.default is attrs.NOTHING
    }
    made = model(**required)
    if hasattr(made, "additional_properties"):
        made.additional_properties["n"] = seed
    else:  # a closed schema: tell items apart by their first optional text field
        text = [f.name for f in attrs.fields(model) if f.init and str in _members(hints[f.name])]
        if text:
            setattr(made, text[0], f"v{seed}")
    return made


def item_type(op: Operation) -> Any:
    """The type of one item of a list operation, read from its page model."""
    assert op.paging is not None
    answer = next(a for a in op.answers if a.status == 200)
    model = load_model(op, answer.model)
    if not op.paging.items:
        return model
    for name in op.paging.items:
        hint = _members(_hints(model)[name])[0]
        if typing.get_origin(hint) is list:
            return typing.get_args(hint)[0]
        model = hint
    raise AssertionError(f"{op.operation_id}: no list at {op.paging.items}")


def page_json(op: Operation, items: list[Any], total: int | None) -> Any:
    """A 200 answer of list operation `op` holding `items` (and `total`, where the page has one)."""
    assert op.paging is not None
    answer = next(a for a in op.answers if a.status == 200)
    model = load_model(op, answer.model)
    wire = [i.to_dict() if hasattr(i, "to_dict") else i for i in items]
    if not op.paging.items:
        return wire
    page = instance(model)
    page.additional_properties.pop("n", None)
    holder = page
    for name in op.paging.items[:-1]:
        nested = getattr(holder, name, None)
        if nested is None or type(nested).__name__ == "Unset":
            hint = _members(_hints(type(holder))[name])[0]
            nested = instance(hint)
            nested.additional_properties.pop("n", None)
            setattr(holder, name, nested)
        holder = nested
    setattr(holder, op.paging.items[-1], list(items))
    if op.paging.total and total is not None:
        setattr(page, op.paging.total[0], total)
    return page.to_dict()


def items_for(op: Operation, count: int) -> list[Any]:
    kind = item_type(op)
    return [value_of(kind, i) for i in range(count)]


def paging_server(
    op: Operation, items: list[Any], *, with_total: bool = True
) -> Callable[[httpx.Request], httpx.Response]:
    """A handler that pages `items` by the operation's own cursor and page size."""
    assert op.paging is not None
    paging = op.paging
    params = {p.name: p.wire for p in op.params}

    def answer(request: httpx.Request) -> httpx.Response:
        query = request.url.params
        size = int(query.get(params[paging.size], "2"))
        cursor = int(query.get(params[paging.cursor], str(paging.first)))
        start = cursor if paging.style == "offset" else (cursor - paging.first) * size
        chunk = items[start : start + size]
        total = len(items) if with_total else None
        return httpx.Response(200, json=page_json(op, chunk, total))

    return answer


def walk(pager: Any) -> Iterator[Any]:
    yield from pager

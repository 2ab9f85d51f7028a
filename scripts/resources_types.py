"""Python types of the generated package as annotations and runtime kinds, for resources_codegen.

A generated hint such as `GetV1ScansStatus | Unset` becomes the annotation of a keyword argument
(`GetV1ScansStatus | Literal['running', ...] | None`, models also as plain mappings), and the kind
the wrapper checks before sending (`_core.operation_spec.Field`). `homes` remembers where each named
class lives, so that the renderer can import exactly what a resource module uses.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import re
import types
import typing
from typing import Any

import attrs


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


class _Namespace(dict[str, Any]):
    """Names of the models package, imported on demand (attrs hints name models lazily)."""

    def __init__(self, package: str) -> None:
        super().__init__()
        self._package = package

    def __missing__(self, name: str) -> Any:
        for module in (f"{self._package}.models", f"{self._package}.types"):
            value = getattr(importlib.import_module(module), name, None)
            if value is not None:
                self[name] = value
                return value
        raise KeyError(name)


def _is_enum(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, enum.Enum)


class TypeWriter:
    def __init__(self, package: str) -> None:
        self.package = package
        self.homes: dict[str, str] = {}  # class name -> module under the package
        self._namespace = _Namespace(package)

    def namespace(self) -> dict[str, Any]:
        return self._namespace

    def _members(self, hint: Any, closed_enum: bool = False) -> list[Any]:
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            members = [
                m for m in typing.get_args(hint) if m is not type(None) and m.__name__ != "Unset"
            ]
            # `Enum | str` on a model field whose schema is a closed enum: the models keep a value
            # the spec does not know yet as its str (the templates' forward compatibility), but a
            # request still takes the enum's values only. An `anyOf: [enum, string]` stays open.
            if closed_enum and str in members and any(_is_enum(m) for m in members):
                members.remove(str)
            return members
        return [hint]

    def describe(self, hint: Any, closed_enum: bool = False) -> dict[str, Any]:
        """annotation (without `| None`), kind, item kind and enum values of a hint."""
        members = self._members(hint, closed_enum)
        if len(members) != 1:
            parts = [self.describe(m)["annotation"] for m in members]
            return {"annotation": " | ".join(parts), "kind": "any", "item": "", "values": ()}
        (kind,) = members
        if typing.get_origin(kind) is list:
            (inner,) = typing.get_args(kind) or (Any,)
            item = self.describe(inner)
            return {
                "annotation": f"Sequence[{item['annotation']}]",
                "kind": "list",
                "item": item["kind"],
                "values": item.get("values", ()),
            }
        if isinstance(kind, type) and attrs.has(kind):
            name = self.annotation_of(kind)
            return {"annotation": f"{name} | Mapping[str, Any]", "kind": "model", "item": ""}
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            values = tuple(str(member.value) for member in kind)
            literal = ", ".join(repr(v) for v in values)
            name = self.annotation_of(kind)
            return {"annotation": f"{name} | Literal[{literal}]", "kind": "enum", "values": values}
        if kind is datetime.datetime:
            return {"annotation": "datetime.datetime | str", "kind": "datetime"}
        if kind is datetime.date:
            return {"annotation": "datetime.date | str", "kind": "date"}
        if kind in (str, int, bool, float):
            annotation = "float" if kind is float else kind.__name__
            return {"annotation": annotation, "kind": kind.__name__}
        if getattr(kind, "__name__", "") == "File":
            return {"annotation": "bytes", "kind": "bytes"}
        return {"annotation": "Any", "kind": "any"}

    def annotation_of(self, kind: Any) -> str:
        if isinstance(kind, type) and kind.__module__.startswith(self.package + "."):
            self.homes[kind.__name__] = kind.__module__.removeprefix(self.package + ".")
            return kind.__name__
        if kind in (str, int, bool, float):
            return str(kind.__name__)
        return "Any"

    def model_of(self, hint: Any) -> type | None:
        members = [m for m in self._members(hint) if isinstance(m, type) and attrs.has(m)]
        return members[0] if members else None

    def reference(self, model: type) -> str:
        return f"{model.__module__.rpartition('.')[2]}:{model.__name__}"

    def load(self, reference: str) -> Any:
        name, _, cls = reference.partition(":")
        return getattr(importlib.import_module(f"{self.package}.models.{name}"), cls)

    def fields_of(self, model: type) -> dict[str, str]:
        return {_key(f.name.rstrip("_")): f.name for f in attrs.fields(model) if f.init}

    def field_hint(self, model: type, name: str) -> Any:
        return typing.get_type_hints(model, localns=self._namespace)[name]

    def _lists(self, model: type) -> dict[str, Any]:
        hints = typing.get_type_hints(model, localns=self._namespace)
        found = {}
        for name, hint in hints.items():
            for member in self._members(hint):
                if typing.get_origin(member) is list:
                    found[name] = (typing.get_args(member) or (Any,))[0]
        return found

    def _models(self, model: type) -> dict[str, type]:
        hints = typing.get_type_hints(model, localns=self._namespace)
        return {n: m for n, h in hints.items() if (m := self.model_of(h)) is not None}

    def find_items(
        self, page: type, override: str | None, preferred: tuple[str, ...]
    ) -> tuple[tuple[str, ...], Any] | None:
        if override:
            path, model = [], page
            for wire in override.split("."):
                name = self.fields_of(model).get(_key(wire))
                if name is None:
                    return None
                path.append(name)
                nested = self._models(model).get(name)
                if nested is None:
                    return (*path,), self._lists(model)[name]
                model = nested
            return None
        lists = self._lists(page)
        if not lists:
            # One level down: an object property holding the one list (`data.events`).
            deeper = {
                (name, inner): item
                for name, nested in self._models(page).items()
                for inner, item in self._lists(nested).items()
            }
            if len(deeper) == 1:
                ((path, item),) = deeper.items()
                return path, item
            return None
        if len(lists) > 1:
            named = [n for n in preferred if n in lists]
            if not named:
                return None
            lists = {named[0]: lists[named[0]]}
        ((name, item),) = lists.items()
        return (name,), item

    def find_total(
        self, page: type, override: str | None, names: tuple[str, ...]
    ) -> tuple[str, ...]:
        fields = self.fields_of(page)
        for wire in [override] if override else names:
            if wire and _key(wire) in fields:
                return (fields[_key(wire)],)
        return ()

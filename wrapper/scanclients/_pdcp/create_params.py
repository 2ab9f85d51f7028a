"""Keyword parameters of `PDCP.scans.create(**params)` -> the generated `CreateScanRequest` body.

The accepted keywords and their types are the generated `CreateScanRequestParams` TypedDict, so a
property added to the spec is accepted (and type-checked) after `make generate` with no edit here.
Every check runs before any I/O: the types (strictly: no "1" for 1), the `exclusions` patterns, the
targets, and the private template files, which are read here.
"""

from __future__ import annotations

import functools
import operator
import os
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typing_extensions

from scanclients._generated.pdcp_client.models import CreateScanRequest

from .. import scope
from .._core.answers import field_path
from .._core.operation_spec import Field
from .._core.request import describe as _describe
from .._core.request import to_wire as _to_wire
from ..errors import ValidationError

if TYPE_CHECKING:
    import pydantic
    from pydantic import ValidationError as ValidationErrorOfPydantic


__all__ = ["create_body"]


def create_body(params: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON body of `POST /v1/scans` from the keyword parameters, every check made first: what
    the generated `CreateScanRequest` writes (`from_dict(...).to_dict()`), in its key order."""
    params = {name: _listed(value) for name, value in params.items()}
    targets = params.get("targets")
    if type(targets) is list:
        # A long target list is checked in two C-level passes instead of by pydantic.
        _check_target_list(targets)
        plain = _check_types({name: value for name, value in params.items() if name != "targets"})
    else:
        plain = _check_types(params)
        if targets is not None:
            _check_target_list(list(targets))
    if "exclusions" in params:
        scope.parse_patterns(params["exclusions"])
    body = {
        name: (value if type(value) is list else list(value))
        if name in _plain_lists()
        else _to_wire(value)
        for name, value in params.items()
    }
    if plain:
        # Plain strings, numbers, enum values and lists of them pass through the model as they
        # are (it only orders them): the round trip (~15 us a call) would change nothing.
        return {wire: body[wire] for wire in _wire_order() if wire in body}
    if "private_templates" in params:
        body["private_templates"] = [
            _template(item, f"private_templates[{i}]")
            for i, item in enumerate(params["private_templates"])
        ]
    try:
        written: dict[str, Any] = CreateScanRequest.from_dict(body).to_dict()
    except (KeyError, TypeError, ValueError) as error:  # the checks above should leave none
        raise ValidationError("body", f"does not build a CreateScanRequest: {error}") from None
    return written


@functools.cache
def _validator() -> type[pydantic.BaseModel]:
    # Built on first use: pydantic compiles the TypedDict once (a few hundred ms), not at import.
    import pydantic

    from scanclients._generated.pdcp_client.params import CreateScanRequestParams

    class Keywords(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(
            strict=True, extra="forbid", arbitrary_types_allowed=True
        )
        params: _eager(CreateScanRequestParams)  # type: ignore[valid-type]

    return Keywords


def _listed(value: Any) -> Any:
    """A set, tuple or generator as a list (a generator is consumed here, once), dicts within too."""
    if type(value) is list or isinstance(value, str | bytes | os.PathLike) or value is None:
        return value
    if isinstance(value, Mapping):
        return {key: _listed(item) for key, item in value.items()}
    if isinstance(value, Iterable):
        return [_listed(item) for item in value]
    return value


def _eager(hint: Any) -> Any:
    """`hint` with `Iterable[X]` as `Sequence[X]`, so that pydantic checks the items now.

    pydantic checks an `Iterable` lazily, while it is iterated: after the request was sent.
    `_listed` has made a list of every iterable by then; a lone string is refused by name.
    """
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is Iterable:
        return Sequence[_eager(args[0])]  # type: ignore[misc]
    if origin in (typing.Union, types.UnionType):
        return functools.reduce(operator.or_, [_eager(arg) for arg in args])
    if origin in (typing.Required, typing.NotRequired):
        return origin[_eager(args[0])]
    if typing_extensions.is_typeddict(hint):
        return _eager_typed_dict(hint)
    return hint


@functools.cache
def _eager_typed_dict(cls: Any) -> Any:
    hints = typing.get_type_hints(cls, include_extras=True)
    # Same name: pydantic's error locations name union members by it (see _is_real_location).
    return typing_extensions.TypedDict(  # type: ignore[operator]
        cls.__name__, {name: _eager(hint) for name, hint in hints.items()}, total=cls.__total__
    )


def _check_types(params: Mapping[str, Any]) -> bool:
    """Refuses a keyword of the wrong type; True when every one was plainly valid."""
    if _plainly_valid(params):
        return True
    import pydantic

    try:
        _validator().model_validate({"params": dict(params)})
    except pydantic.ValidationError as error:
        field, problem = _most_specific(error)
        raise ValidationError(field, problem) from None
    return False


# Exact types only: anything else (an enum member, a tuple subclass, a model) is left to pydantic.
_PLAIN = {"str": (str,), "int": (int,), "bool": (bool,), "float": (int, float), "enum": (str,)}


def _plainly_valid(params: Mapping[str, Any]) -> bool:
    """True when every keyword is a plain value of its declared kind, so pydantic need not run.

    Compiling pydantic's validator costs a cold process about 100 ms; most calls pass plain
    strings, numbers and lists of strings. Anything else, and every failure, goes to pydantic,
    so the accepted values and the error messages stay pydantic's.
    """
    fields = _body_fields()
    for name, value in params.items():
        field = fields.get(name)
        if field is None:
            return False
        if field.kind == "list":
            if type(value) is not list or field.item not in _PLAIN:
                return False
            if not all(_plain(field.item, field.values, item) for item in value):
                return False
        elif field.kind not in _PLAIN or not _plain(field.kind, field.values, value):
            return False
    return True


def _plain(kind: str, values: tuple[str, ...], value: Any) -> bool:
    return type(value) in _PLAIN[kind] and (kind != "enum" or value in values)


@functools.cache
def _body_fields() -> dict[str, Field]:
    # The generated create-scan operation knows each keyword's kind (imported here: it imports us).
    from scanclients._generated.pdcp_client.resources.scans import OPERATIONS

    body = OPERATIONS["post-v1-scans"].body
    return {field.wire: field for field in body.fields} if body is not None else {}


def _most_specific(error: ValidationErrorOfPydantic) -> tuple[str, str]:
    """The clearest of pydantic's errors: a union reports one per member; keep the deepest real one."""
    best: tuple[int, bool, str, str] | None = None
    for detail in error.errors():
        path = [part for part in detail["loc"][1:] if _is_real_location(part)]
        field = field_path(path)
        problem = "unknown argument" if detail["type"] == "extra_forbidden" else detail["msg"]
        if detail["type"] not in ("extra_forbidden", "missing"):
            problem += f", got {_describe(detail['input'])}"
        rank = (len(path), detail["type"] != "is_instance_of", field, problem)
        if best is None or rank[:2] > best[:2]:
            best = rank
    assert best is not None
    return best[2] or "params", best[3]


def _is_real_location(part: str | int) -> bool:
    # Union members appear in locations as tags such as "str", "is-instance[X]" or "XParams".
    if isinstance(part, int):
        return True
    return not any(ch in part for ch in "[(-") and not part.endswith("Params") and part != "str"


def _check_target_list(targets: list[Any]) -> None:
    if not targets:
        raise ValidationError("targets", "must not be empty (leave it out to scan assets only)")
    try:
        # One C-level pass: str.strip returns a clean string itself (no copy), "" is falsy for a
        # blank one, and it raises TypeError on anything but a string, a type check for free.
        if all(map(str.strip, targets)):
            return
    except TypeError:
        pass
    for index, target in enumerate(targets):
        if not isinstance(target, str):
            raise ValidationError(
                f"targets[{index}]", f"Input should be a valid string, got {_describe(target)}"
            )
        if not target.strip():
            raise ValidationError(f"targets[{index}]", "must not be blank")


@functools.cache
def _plain_lists() -> frozenset[str]:
    """The keywords typed as lists of plain strings: once validated, sent as they are.

    Read from the generated operation, so that a long `targets` list is not walked item by item.
    """
    return frozenset(
        name for name, f in _body_fields().items() if f.kind == "list" and f.item == "str"
    )


@functools.cache
def _wire_order() -> tuple[str, ...]:
    """The keywords in the order `CreateScanRequest.to_dict()` writes them: its attributes'."""
    import attrs

    wire = {f.name: f.wire for f in _body_fields().values()}
    return tuple(wire[a.name] for a in attrs.fields(CreateScanRequest) if a.name in wire)


def _template(item: Any, field: str) -> Any:
    """A private template as `{name, contents}`: a path is read, name = its file name."""
    if not isinstance(item, str | os.PathLike):
        return _to_wire(item)
    path = Path(item)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(field, f"no such template file: {str(path)!r}") from None
    except OSError as error:
        raise ValidationError(
            field, f"cannot read template file {str(path)!r}: {error.strerror}"
        ) from None
    if not data.strip():
        raise ValidationError(field, f"template file {str(path)!r} is empty")
    try:
        contents = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(field, f"template file {str(path)!r} is not UTF-8 text") from None
    return {"name": path.name, "contents": contents}

"""Turn a generated method's arguments into an `httpx.Request`, checking them first.

Every check runs before any I/O and a bad value is a `ValidationError` naming the keyword: a wrong
type (strictly: no "1" for 1), an unknown enum value, a missing required argument, a body the
generated model refuses. Models and plain dicts are both accepted for objects.
"""

from __future__ import annotations

import datetime
import enum
import json
import math
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

import httpx

from ..errors import ValidationError
from .operation_spec import Body, Field, Operation, Param, load_model
from .options import ClientOptions
from .text import check_header, check_sendable, check_text

__all__ = ["CheckedBody", "Extras", "build", "describe", "to_wire"]

# Framing is the request's own to say: a second length would make it ambiguous on the wire.
_FRAMING = frozenset({"content-length", "transfer-encoding", "host"})
QueryValue = str | int | float | bool


class CheckedBody(dict[str, Any]):
    """Arguments whose body fields are checked already, as plain JSON (HostedScan's `bodies`):
    `build` skips its own check of each field; the model still validates the whole body."""

    __slots__ = ()


class Extras:
    """The escape hatches every method takes (`extra_headers`, `extra_query`, `extra_body`,
    `timeout`): they reach what the spec does not describe yet, and are merged last, one value per
    name, theirs. A header replaces the client's own of that name whatever its case
    (`extra_headers={"X-API-Key": ...}` sends that key, not the client's), a query parameter the
    method's (`extra_query={"limit": 7}` sends `limit=7` once; a list is repeated), a body field
    the method's. Checked here, before any I/O: what cannot be sent is a `ValidationError` naming
    it (`extra_headers.X-Trace`, `extra_query.q`, `extra_body.a[1]`): a header that is not
    printable ASCII, a lone surrogate, NaN or Infinity (which `json.dumps` writes as invalid JSON).
    """

    __slots__ = ("body", "headers", "query", "timeout")
    headers: dict[str, str]
    query: dict[str, list[QueryValue]]
    body: dict[str, Any]

    def __init__(
        self,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        self.timeout = timeout
        if extra_headers is None and extra_query is None and extra_body is None:
            self.headers, self.query, self.body = {}, {}, {}  # most calls: nothing to check
            return
        self.headers = _mapping("extra_headers", extra_headers)
        for name, value in self.headers.items():
            check_header("extra_headers", name, value)
            if name.lower() in _FRAMING:
                raise ValidationError(
                    f"extra_headers.{name}", "is set from the request itself and cannot be replaced"
                )
        self.query = {
            name: _query_values(name, value)
            for name, value in _mapping("extra_query", extra_query).items()
        }
        self.body = _mapping("extra_body", extra_body)
        check_sendable("extra_body", self.body)


def _mapping(name: str, value: Mapping[str, Any] | None) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValidationError(name, f"expected a mapping, got {type(value).__name__}")
    for key in value:
        if not isinstance(key, str) or not key:
            raise ValidationError(name, f"expected text names, got {key!r}")
        check_text(f"{name}[{key!r}]", key)
    return dict(value)


def _query_values(name: str, value: Any) -> list[QueryValue]:
    repeated = isinstance(value, list | tuple)
    values = list(value) if repeated else [value]
    for index, item in enumerate(values):
        where = f"extra_query.{name}" + (f"[{index}]" if repeated else "")
        if isinstance(item, str):
            check_text(where, item)
        elif isinstance(item, float) and not math.isfinite(item):
            raise ValidationError(where, f"{item!r} is not a number a query can carry")
        elif not isinstance(item, int | float):
            raise ValidationError(
                where, f"expected text, a number or a bool, got {type(item).__name__}"
            )
    return values


def _merge_headers(base: list[tuple[str, str]], extra: Mapping[str, str]) -> dict[str, str]:
    """`base` with every name `extra` gives replaced by it, names compared case-insensitively."""
    if not extra:
        return dict(base)
    given = {name.lower() for name in extra}
    merged = {name: value for name, value in base if name.lower() not in given}
    merged.update(extra)
    return merged


def _merge_query(
    base: list[tuple[str, Any]], extra: Mapping[str, list[QueryValue]]
) -> list[tuple[str, Any]]:
    """`base` without the names `extra` gives, then `extra`'s values (a list is repeated)."""
    merged = [(name, value) for name, value in base if name not in extra]
    merged.extend((name, value) for name, values in extra.items() for value in values)
    return merged


def _to_json(model: Any, document: dict[str, Any], extra: Mapping[str, Any]) -> bytes:
    """A request body checked by its generated model, as the JSON the model writes, with the
    escape hatch's fields (`extra`) merged last."""
    if hasattr(model, "model_validate_json"):
        # Strict, on the JSON the service gets: "1" is not 1, yet "PDF" is the enum's "PDF".
        # pydantic's validator and serializer themselves: what `model_validate_json` and
        # `model_dump_json` run, without their Python layer on every call.
        checked = model.__pydantic_validator__.validate_json(json.dumps(document), strict=True)
        if not extra:
            # Written by pydantic at once: the same compact UTF-8 JSON as `_json_bytes`, without
            # a dict made and encoded again on every call.
            written: bytes = model.__pydantic_serializer__.to_json(
                checked, by_alias=True, exclude_unset=True
            )
            return written
        dumped: dict[str, Any] = checked.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return _json_bytes({**dumped, **extra})
    built: dict[str, Any] = model.from_dict(document).to_dict()
    return _json_bytes({**built, **extra})


def build(
    op: Operation, options: ClientOptions, args: Mapping[str, Any], extras: Extras
) -> httpx.Request:
    if extras.timeout is not None:
        options = options.with_changes(timeout=extras.timeout)
    path = op.path
    query: list[tuple[str, str | int | float | bool | None]] = []
    headers: dict[str, str] = {}
    for param in op.params:
        value = _given(param, args)
        if value is None:
            continue
        _check(param, value, param.name)
        if param.where == "path":
            path = path.replace("{" + param.wire + "}", _path_segment(param, value))
        elif param.where == "header":
            headers[param.wire] = _text(value)
        else:
            values = value if param.kind == "list" else [value]
            query.extend((param.wire, _text(item)) for item in values)
    if op.team == "required" and not _has_team(options, extras):
        raise ValidationError(
            "team_id", f"{op.operation_id} needs a team: pass team_id=... or set PDCP_TEAM_ID"
        )
    # One value per name, the escape hatch's (see `Extras`).
    query = [(key, _text(value)) for key, value in _merge_query(query, extras.query)]
    content, content_type = _body(op, op.body, args, extras)
    base = [*options.headers(op.key_header).items(), *headers.items()]
    if content_type:
        base.append(("Content-Type", content_type))
    # The final request, built once (a call is one httpx.Request, not a base one copied).
    check_sendable("path", path)
    try:
        return httpx.Request(
            op.method.upper(),
            options.base_url + path,
            headers=_merge_headers(base, extras.headers),
            params=query or None,
            content=content,
            # Carried by the request itself, so that with_options() copies sharing one pool differ.
            extensions={"timeout": options.timeout.as_dict()},
        )
    except (UnicodeEncodeError, ValueError) as error:
        # A header value httpx cannot encode (text beyond ASCII in a header parameter).
        raise ValidationError("request", f"cannot be sent: {type(error).__name__}") from None


def _given(field: Field | Param, args: Mapping[str, Any]) -> Any:
    """The argument for `field`; None when it was not given and need not be."""
    value = args.get(field.name)
    if value is None and field.required:
        raise ValidationError(field.name, "is required")
    return value


def _has_team(options: ClientOptions, extras: Extras) -> bool:
    names = {key.lower() for key, _ in options.extra_headers} | {k.lower() for k in extras.headers}
    return "x-team-id" in names


def _path_segment(param: Param, value: Any) -> str:
    text = _text(value)
    if not text.strip():
        raise ValidationError(param.name, "must not be blank")
    if text in (".", ".."):
        # URL normalisation would resolve these away; encoded, they reach the server as sent.
        return text.replace(".", "%2E")
    return quote(text, safe="")


def _text(value: Any) -> str:
    value = to_wire(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _body(
    op: Operation, body: Body | None, args: Mapping[str, Any], extras: Extras
) -> tuple[bytes | None, str | None]:
    if body is None:
        if extras.body:
            return _json_bytes(extras.body), "application/json"
        return None, None
    if body.media_type == "multipart/form-data":
        return _multipart(body, args)
    if not body.model:
        data = args.get("body")
        if data is None:
            if body.required:
                raise ValidationError("body", "is required")
            return None, None
        if not isinstance(data, bytes | bytearray | memoryview):
            raise ValidationError("body", f"expected bytes, got {type(data).__name__}")
        return bytes(data), body.media_type
    document: dict[str, Any] = {}
    checked = type(args) is CheckedBody
    for field in body.fields:
        value = args.get(field.name)
        if value is None:
            continue
        if checked:
            document[field.wire] = value
            continue
        _check(field, value, field.name)
        document[field.wire] = to_wire(value)
    missing = [f.name for f in body.fields if f.required and f.wire not in document]
    if missing and not extras.body:
        raise ValidationError(missing[0], "is required")
    if not document and not extras.body and not body.required:
        return None, None
    model = load_model(op, body.model)
    try:
        content = _to_json(model, document, extras.body)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValidationError("body", f"does not build a {model.__name__}: {error}") from None
    return content, body.media_type


def _multipart(body: Body, args: Mapping[str, Any]) -> tuple[bytes | None, str | None]:
    """A multipart/form-data body: each field a file part, given as (file name, bytes)."""
    files: dict[str, tuple[str, bytes, str]] = {}
    for field in body.fields:
        value = _given(field, args)
        if value is None:
            continue
        if not (
            isinstance(value, tuple)
            and len(value) == 2
            and isinstance(value[0], str)
            and isinstance(value[1], bytes | bytearray)
        ):
            raise ValidationError(field.name, f"expected (file name, bytes), got {describe(value)}")
        files[field.wire] = (value[0], bytes(value[1]), "application/octet-stream")
    if not files:
        return None, None
    # httpx writes the parts and the boundary; the request itself is built by `build`.
    encoded = httpx.Request("POST", "http://multipart.invalid/", files=files)
    return encoded.read(), encoded.headers["content-type"]


def _json_bytes(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()


# The Python types each scalar kind takes (a bool is an int to Python, and is refused apart).
_SCALARS = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}


def _check(field: Field | Param, value: Any, where: str) -> None:
    if isinstance(value, str):
        check_text(where, value)  # a lone surrogate is named here, not a UnicodeEncodeError later
    kind = field.kind
    if kind == "list":
        # A plain list skips the (slow) abstract-class check: it is a Sequence.
        if type(value) is not list and (
            isinstance(value, str | bytes) or not isinstance(value, Sequence)
        ):
            raise ValidationError(where, f"expected a list, got {describe(value)}")
        item = Field(field.name, field.wire, field.item, values=field.values)
        for index, member in enumerate(value):
            _check(item, member, f"{where}[{index}]")
        return
    if kind in _SCALARS:
        wrong_bool = isinstance(value, bool) and kind != "bool"
        if wrong_bool or not isinstance(value, _SCALARS[kind]):
            raise ValidationError(where, f"expected {kind}, got {describe(value)}")
    elif kind == "enum":
        wire = value.value if isinstance(value, enum.Enum) else value
        if wire not in field.values:
            allowed = ", ".join(repr(v) for v in field.values)
            raise ValidationError(where, f"expected one of {allowed}, got {describe(value)}")
    elif kind in ("date", "datetime"):
        if not isinstance(value, str | datetime.date):
            raise ValidationError(where, f"expected a {kind} or ISO text, got {describe(value)}")
    elif kind == "model" and not (isinstance(value, Mapping) or hasattr(value, "to_dict")):
        raise ValidationError(where, f"expected a model or a dict, got {describe(value)}")


def describe(value: Any) -> str:
    """A value as a message shows it: its type and its repr, cut at 60 characters."""
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 60 else text[:57] + '...'}"


def to_wire(value: Any) -> Any:
    """A keyword's value in its JSON form: models to dicts, enum members to values, dates to text."""
    if isinstance(value, str | bool | int | float) or value is None:
        return value
    if type(value) is list:  # the common case, before the (slow) abstract-class checks below
        return [to_wire(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {key: to_wire(item) for key, item in value.items()}
    if isinstance(value, Sequence):
        return [to_wire(item) for item in value]
    return value

"""What the generated resources know about each operation: plain data, written by the generator.

`scripts/resources_codegen.py` writes one `Operation` per operation of the spec into the generated
resource modules; the hand-written machinery (`_core.request`, `_core.answers`, `_core.operation`, `_core.paging`,
`_core.files`) reads only these, never the generator's private `_get_kwargs`; `load_model` imports the
generated model an operation names, `from_document` makes one (attrs or pydantic) from JSON. Kinds are the few shapes a value can be
checked against before it is sent: "str", "int", "float", "bool", "date", "datetime", "enum",
"list", "model" (a generated model or a plain dict), "bytes" and "any".
"""

from __future__ import annotations

import importlib
from typing import Any, NamedTuple

__all__ = ["Answer", "Body", "Field", "Operation", "Paging", "Param", "from_document", "load_model"]


# NamedTuples, not dataclasses: a generated module builds hundreds of these at import, and a
# dataclass costs a cold process a millisecond per class to create.


class Field(NamedTuple):
    """A request-body property: its keyword, wire name and kind."""

    name: str
    wire: str
    kind: str
    required: bool = False
    values: tuple[str, ...] = ()  # the enum's values, for kind "enum" (or items of a "list")
    item: str = ""  # the kind of a list's items


class Param(NamedTuple):
    """A path, query or header parameter: a `Field` that says where it goes."""

    name: str
    wire: str
    kind: str
    required: bool = False
    values: tuple[str, ...] = ()
    item: str = ""
    where: str = "query"  # "path", "query" or "header"


class Body(NamedTuple):
    media_type: str  # "application/json" or a binary media type (then the body is bytes)
    model: str = ""  # "module:Class" in the models package; "" for a binary body
    fields: tuple[Field, ...] = ()
    required: bool = False


class Answer(NamedTuple):
    """A documented 2xx answer: "model", "models" (a JSON array of them), "json", "file", "empty"."""

    status: int
    kind: str
    model: str = ""


class Paging(NamedTuple):
    """How to walk a list operation: the parameters that move, and where items and total are."""

    style: str  # "offset" (cursor counts items), "page" (counts pages), "token" (the page says)
    size: str  # the page-size keyword, e.g. "limit" ("" when the service alone decides)
    cursor: str  # the keyword that moves: "offset", "page", "page_number", "page_token"
    items: tuple[str, ...]  # attribute path from the page model to its items; () = the page itself
    total: tuple[str, ...] = ()  # attribute path to the total number of items, if the page has one
    first: int = 0  # the cursor's first value (1 for most page numbers)
    next: tuple[str, ...] = ()  # "token": attribute path to the next page's token (none: the last)


class Operation(NamedTuple):
    operation_id: str
    method: str
    path: str
    models: str  # the generated models package, e.g. "pdcp_client.models"
    params: tuple[Param, ...] = ()
    body: Body | None = None
    answers: tuple[Answer, ...] = ()
    paging: Paging | None = None
    team: str = "none"  # whether X-Team-Id is declared: "none", "optional", "required"
    # "required": no call without a key; "optional": the document allows none (`security: [{}]`),
    # so a client without a key sends it without one (PDCP's vulnerability database).
    auth: str = "required"
    # The header the key goes in when the operation's security scheme is not the service's own
    # (`None`: the service's, e.g. PDCP's `X-API-Key`).
    key_header: str | None = None
    creates: bool = False  # creates a scan: its errors say `maybe_created` as well

    @property
    def writes(self) -> bool:
        """POST and PATCH change something: they are retried only where the server cannot have acted."""
        return self.method in ("POST", "PATCH")

    @property
    def streams(self) -> bool:
        return any(answer.kind == "file" for answer in self.answers)


_LOADED: dict[tuple[str, str], Any] = {}


def load_model(op: Operation, reference: str) -> Any:
    """The generated class `module:Class` of `op`'s models, imported on first use (a caller pays
    only for the models it uses), then kept: a call does not look it up again."""
    key = (op.models, reference)
    model = _LOADED.get(key)
    if model is None:
        module, _, name = reference.partition(":")
        model = _LOADED[key] = getattr(importlib.import_module(f"{op.models}.{module}"), name)
    return model


def from_document(model: Any, document: Any) -> Any:
    """A JSON document as the generated model: attrs (`from_dict`) or pydantic (`model_validate`)."""
    if hasattr(model, "model_validate"):
        return model.model_validate(document)
    return model.from_dict(document)

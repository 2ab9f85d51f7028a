"""The base class of every HostedScan model (datamodel-code-generator's `--base-class`).

Copied into the generated package as `_base.py` by scripts/generate.py, so that results behave
the same on both services: `to_dict()` and `to_json()` as on the PDCP models, and a list the
service leaves out (or sends as null) reads as an empty list.
"""

from __future__ import annotations

import json
from typing import Any

import pydantic


class Model(pydantic.BaseModel):
    # Built on first use, not at import: the check is the same, made when a model is first needed.
    model_config = pydantic.ConfigDict(defer_build=True)

    @pydantic.model_validator(mode="before")
    @classmethod
    def _null_lists_are_empty(cls, data: Any) -> Any:
        # A list field defaults to [] (the spec says so); a null from the service means the same.
        if not isinstance(data, dict):
            return data
        nulls = [name for name in _list_fields(cls) if name in data and data[name] is None]
        if not nulls:  # the common case, on every model read: nothing to drop, nothing copied
            return data
        return {key: value for key, value in data.items() if key not in nulls}

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, by the service's names, unknown fields kept.

        As on the PDCP models: a field the service left out (or sent as null) is left out; an
        explicit empty list is kept.
        """
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True, exclude_none=True)

    def to_json(self) -> str:
        """`to_dict()` as a JSON document."""
        return json.dumps(self.to_dict())


_LIST_FIELDS: dict[type[Model], tuple[str, ...]] = {}


def _list_fields(cls: type[Model]) -> tuple[str, ...]:
    """The fields of `cls` that default to an empty list (`default_factory=list`, as
    scripts/hostedscan_split.py writes them, or a plain `[]`), found once per class."""
    names = _LIST_FIELDS.get(cls)
    if names is None:
        fields = cls.model_fields
        names = _LIST_FIELDS[cls] = tuple(
            n for n, f in fields.items() if f.default_factory is list or f.default == []
        )
    return names

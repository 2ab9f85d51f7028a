"""HostedScan list filters: typed keyword arguments in, the one JSON `filters` value out.

HostedScan filters a list by a JSON object sent as one query parameter, each key mapping to the
values it may have (`filters={"state": ["RUNNING"]}`). A caller never writes that JSON: each key
is a keyword argument taking one value or a list of values, checked before anything is sent.
Values of a closed set (scan states, threat levels) are checked against the generated enums, as
the scan type of a create is, so that a typo fails here rather than silently matching nothing.
The keywords, their keys and enums are generated from the spec's filter schemas
(`hostedscan_models.operations.FILTERS`, scripts/hostedscan_codegen.py).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeAlias, TypeVar

from scanclients._generated.hostedscan_models.operations import FILTERS

from .._core.text import non_empty_string, non_empty_strings
from ..errors import ValidationError

__all__ = [
    "REPORT_RISK_FILTERS",
    "RISK_FILTERS",
    "SCAN_FILTERS",
    "TARGET_FILTERS",
    "FilterKey",
    "OneOrMany",
    "filter_object",
    "filters_query",
    "string_list",
]

T = TypeVar("T")
OneOrMany: TypeAlias = T | Iterable[T]
"""One value, or a list (any iterable: a set, a tuple, a generator) of values any of which matches."""


@dataclass(frozen=True, slots=True)
class FilterKey:
    """A filter keyword: the key it is sent as, and the enum its values belong to, if closed."""

    wire: str
    values: type[enum.Enum] | None = None


def _keys(operation_id: str) -> dict[str, FilterKey]:
    """The filter keywords of a list, as generated from its `filters` schema in the spec."""
    return {name: FilterKey(wire, values) for name, (wire, values) in FILTERS[operation_id].items()}


SCAN_FILTERS = _keys("list-scans")
TARGET_FILTERS = _keys("list-targets")
RISK_FILTERS = _keys("list-risks")
# A report's `risks_filter` takes the risk filters its schema lists (all but `target_id` and
# `tags`: the targets are chosen by its `targets_filter`), keys read from the generated model:
# made when first asked for (`__getattr__` below), so that only a report imports the model.
REPORT_RISK_FILTERS: dict[str, FilterKey]


def __getattr__(name: str) -> object:
    if name != "REPORT_RISK_FILTERS":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from scanclients._generated.hostedscan_models import ReportRisksFilter

    keys = {f.alias or n for n, f in ReportRisksFilter.model_fields.items()}
    value = {keyword: key for keyword, key in RISK_FILTERS.items() if key.wire in keys}
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def filter_object(
    keys: Mapping[str, FilterKey], arguments: Mapping[str, object]
) -> dict[str, list[str]]:
    """The filter object of the arguments given (None means "not filtered by this key")."""
    document: dict[str, list[str]] = {}
    for name, value in arguments.items():
        if value is None:
            continue
        key = keys[name]
        values = string_list(name, value)
        if key.values is not None:
            known = [str(member.value) for member in key.values]
            for index, item in enumerate(values):
                if item not in known:
                    where = name if isinstance(value, str | enum.Enum) else f"{name}[{index}]"
                    raise ValidationError(
                        where, f"unknown value {item!r}; valid values: {', '.join(known)}"
                    )
        document[key.wire] = values
    return document


def filters_query(keys: Mapping[str, FilterKey], arguments: Mapping[str, object]) -> dict[str, str]:
    """The query parameters of a filtered list: `{"filters": "<JSON>"}`, or none at all."""
    document = filter_object(keys, arguments)
    if not document:
        return {}
    return {"filters": json.dumps(document, separators=(",", ":"), ensure_ascii=False)}


def string_list(name: str, value: object) -> list[str]:
    """One non-blank string (or enum member), or a list of them, as a list of plain strings."""
    if isinstance(value, str | enum.Enum):
        return [non_empty_string(name, _plain(value))]
    if not isinstance(value, Iterable) or isinstance(value, bytes | bytearray | Mapping):
        raise ValidationError(
            name, f"expected a string or a list of strings, got {type(value).__name__}"
        )
    listed = list(value)  # a generator is consumed here, once
    if not listed:
        raise ValidationError(name, "expected at least one value (leave it out to match any)")
    return non_empty_strings(name, map(_plain, listed))


def _plain(value: object) -> object:
    """An enum member as its value (`ScanState.RUNNING` is sent as "RUNNING")."""
    return value.value if isinstance(value, enum.Enum) else value

"""A value in its JSON form: what a request body or a query string carries."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["to_wire"]


def to_wire(value: Any) -> Any:
    """A keyword's value in its JSON form: models to dicts, enum members to values, dates to text."""
    if isinstance(value, str | bool | int | float) or value is None:
        return value
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

from __future__ import annotations

import datetime
import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimelineEvent")


@_attrs_define
class TimelineEvent:
    """
    Attributes:
        timestamp (datetime.datetime):
        event_type (str): Type of event (template_released, detected, status_change, severity_change, reopened)
        old_value (str | Unset):
        new_value (str | Unset):
        description (str | Unset):
    """

    timestamp: datetime.datetime
    event_type: str
    old_value: str | Unset = UNSET
    new_value: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        old_value = self.old_value

        new_value = self.new_value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("timestamp" in self._left_out and self.timestamp is None):
            timestamp = self.timestamp.isoformat()
            field_dict["timestamp"] = timestamp
        if not ("event_type" in self._left_out and self.event_type is None):
            event_type = self.event_type
            field_dict["event_type"] = event_type
        if old_value is not UNSET:
            field_dict["old_value"] = old_value
        if new_value is not UNSET:
            field_dict["new_value"] = new_value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "timestamp" in d:
            timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        else:
            timestamp = None

        if "event_type" in d:
            event_type = d.pop("event_type")
        else:
            event_type = None

        old_value = d.pop("old_value", UNSET)

        new_value = d.pop("new_value", UNSET)

        description = d.pop("description", UNSET)

        timeline_event = cls(
            timestamp=timestamp,
            event_type=event_type,
            old_value=old_value,
            new_value=new_value,
            description=description,
        )
        timeline_event._left_out = frozenset(
            name
            for name in (
                "timestamp",
                "event_type",
            )
            if name not in src_dict
        )

        timeline_event.additional_properties = d
        return timeline_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

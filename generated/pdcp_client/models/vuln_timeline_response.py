from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timeline_event import TimelineEvent


T = TypeVar("T", bound="VulnTimelineResponse")


@_attrs_define
class VulnTimelineResponse:
    """
    Attributes:
        template_released_at (datetime.datetime | Unset): Date when the template was first released (created)
        template_updated_at (datetime.datetime | Unset): Date when the template was last updated
        template_raw (str | Unset): Raw template content (YAML) for public templates
        first_detected_at (datetime.datetime | Unset):
        last_seen_at (datetime.datetime | Unset):
        current_status (str | Unset):
        events (list[TimelineEvent] | Unset):
    """

    template_released_at: datetime.datetime | Unset = UNSET
    template_updated_at: datetime.datetime | Unset = UNSET
    template_raw: str | Unset = UNSET
    first_detected_at: datetime.datetime | Unset = UNSET
    last_seen_at: datetime.datetime | Unset = UNSET
    current_status: str | Unset = UNSET
    events: list[TimelineEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_released_at: str | Unset = UNSET
        if not isinstance(self.template_released_at, Unset):
            template_released_at = self.template_released_at.isoformat()

        template_updated_at: str | Unset = UNSET
        if not isinstance(self.template_updated_at, Unset):
            template_updated_at = self.template_updated_at.isoformat()

        template_raw = self.template_raw

        first_detected_at: str | Unset = UNSET
        if not isinstance(self.first_detected_at, Unset):
            first_detected_at = self.first_detected_at.isoformat()

        last_seen_at: str | Unset = UNSET
        if not isinstance(self.last_seen_at, Unset):
            last_seen_at = self.last_seen_at.isoformat()

        current_status = self.current_status

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_released_at is not UNSET:
            field_dict["template_released_at"] = template_released_at
        if template_updated_at is not UNSET:
            field_dict["template_updated_at"] = template_updated_at
        if template_raw is not UNSET:
            field_dict["template_raw"] = template_raw
        if first_detected_at is not UNSET:
            field_dict["first_detected_at"] = first_detected_at
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at
        if current_status is not UNSET:
            field_dict["current_status"] = current_status
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.timeline_event import TimelineEvent

        d = dict(src_dict)
        _template_released_at = d.pop("template_released_at", UNSET)
        template_released_at: datetime.datetime | Unset
        if isinstance(_template_released_at, Unset):
            template_released_at = UNSET
        else:
            template_released_at = datetime.datetime.fromisoformat(
                _template_released_at
            )

        _template_updated_at = d.pop("template_updated_at", UNSET)
        template_updated_at: datetime.datetime | Unset
        if isinstance(_template_updated_at, Unset):
            template_updated_at = UNSET
        else:
            template_updated_at = datetime.datetime.fromisoformat(_template_updated_at)

        template_raw = d.pop("template_raw", UNSET)

        _first_detected_at = d.pop("first_detected_at", UNSET)
        first_detected_at: datetime.datetime | Unset
        if isinstance(_first_detected_at, Unset):
            first_detected_at = UNSET
        else:
            first_detected_at = datetime.datetime.fromisoformat(_first_detected_at)

        _last_seen_at = d.pop("last_seen_at", UNSET)
        last_seen_at: datetime.datetime | Unset
        if isinstance(_last_seen_at, Unset):
            last_seen_at = UNSET
        else:
            last_seen_at = datetime.datetime.fromisoformat(_last_seen_at)

        current_status = d.pop("current_status", UNSET)

        _events = d.pop("events", UNSET)
        events: list[TimelineEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = TimelineEvent.from_dict(events_item_data)

                events.append(events_item)

        vuln_timeline_response = cls(
            template_released_at=template_released_at,
            template_updated_at=template_updated_at,
            template_raw=template_raw,
            first_detected_at=first_detected_at,
            last_seen_at=last_seen_at,
            current_status=current_status,
            events=events,
        )

        vuln_timeline_response.additional_properties = d
        return vuln_timeline_response

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

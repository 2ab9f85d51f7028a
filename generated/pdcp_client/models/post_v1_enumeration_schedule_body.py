from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduler_frequency import SchedulerFrequency
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1EnumerationScheduleBody")


@_attrs_define
class PostV1EnumerationScheduleBody:
    """
    Attributes:
        enumeration_id (str):
        scan_frequency (SchedulerFrequency): Allowed frequencies for the scheduler
        start_time (str | Unset):
        hourly_frequency (int | Unset):
        custom_weekdays (list[int] | Unset): 0-6 denoting Sunday-Saturday.
            It accepts an array of weekday
    """

    enumeration_id: str
    scan_frequency: SchedulerFrequency
    start_time: str | Unset = UNSET
    hourly_frequency: int | Unset = UNSET
    custom_weekdays: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enumeration_id = self.enumeration_id

        scan_frequency = self.scan_frequency.value

        start_time = self.start_time

        hourly_frequency = self.hourly_frequency

        custom_weekdays: list[int] | Unset = UNSET
        if not isinstance(self.custom_weekdays, Unset):
            custom_weekdays = self.custom_weekdays

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enumeration_id": enumeration_id,
                "scan_frequency": scan_frequency,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if hourly_frequency is not UNSET:
            field_dict["hourly_frequency"] = hourly_frequency
        if custom_weekdays is not UNSET:
            field_dict["custom_weekdays"] = custom_weekdays

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enumeration_id = d.pop("enumeration_id")

        scan_frequency = SchedulerFrequency(d.pop("scan_frequency"))

        start_time = d.pop("start_time", UNSET)

        hourly_frequency = d.pop("hourly_frequency", UNSET)

        custom_weekdays = cast(list[int], d.pop("custom_weekdays", UNSET))

        post_v1_enumeration_schedule_body = cls(
            enumeration_id=enumeration_id,
            scan_frequency=scan_frequency,
            start_time=start_time,
            hourly_frequency=hourly_frequency,
            custom_weekdays=custom_weekdays,
        )

        post_v1_enumeration_schedule_body.additional_properties = d
        return post_v1_enumeration_schedule_body

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

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

T = TypeVar("T", bound="ScanSchedule")


@_attrs_define
class ScanSchedule:
    """
    Attributes:
        scan_frequency (str):
        scan_id (str):
        schedule_last_run (str):
        schedule_next_run (str):
        start_time (str | Unset):
        hourly_frequency (int | Unset):
        custom_weekdays (list[int] | Unset): Array of integer denoting the weekdays on which the scan is supposed to
            run.
            0-6 denoting Sunday-Saturday.
    """

    scan_frequency: str
    scan_id: str
    schedule_last_run: str
    schedule_next_run: str
    start_time: str | Unset = UNSET
    hourly_frequency: int | Unset = UNSET
    custom_weekdays: list[int] = _attrs_field(factory=LeftOutList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        hourly_frequency = self.hourly_frequency

        custom_weekdays: list[int] | Unset = UNSET
        if not isinstance(self.custom_weekdays, Unset):
            custom_weekdays = self.custom_weekdays

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("scan_frequency" in self._left_out and self.scan_frequency is None):
            scan_frequency = self.scan_frequency
            field_dict["scan_frequency"] = scan_frequency
        if not ("scan_id" in self._left_out and self.scan_id is None):
            scan_id = self.scan_id
            field_dict["scan_id"] = scan_id
        if not (
            "schedule_last_run" in self._left_out and self.schedule_last_run is None
        ):
            schedule_last_run = self.schedule_last_run
            field_dict["schedule_last_run"] = schedule_last_run
        if not (
            "schedule_next_run" in self._left_out and self.schedule_next_run is None
        ):
            schedule_next_run = self.schedule_next_run
            field_dict["schedule_next_run"] = schedule_next_run
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if hourly_frequency is not UNSET:
            field_dict["hourly_frequency"] = hourly_frequency
        if custom_weekdays is not UNSET and not (
            isinstance(self.custom_weekdays, LeftOutList) and not self.custom_weekdays
        ):
            field_dict["custom_weekdays"] = custom_weekdays

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "scan_frequency" in d:
            scan_frequency = d.pop("scan_frequency")
        else:
            scan_frequency = None

        if "scan_id" in d:
            scan_id = d.pop("scan_id")
        else:
            scan_id = None

        if "schedule_last_run" in d:
            schedule_last_run = d.pop("schedule_last_run")
        else:
            schedule_last_run = None

        if "schedule_next_run" in d:
            schedule_next_run = d.pop("schedule_next_run")
        else:
            schedule_next_run = None

        start_time = d.pop("start_time", UNSET)

        hourly_frequency = d.pop("hourly_frequency", UNSET)

        custom_weekdays = cast(list[int], d.pop("custom_weekdays", UNSET))

        scan_schedule = cls(
            scan_frequency=scan_frequency,
            scan_id=scan_id,
            schedule_last_run=schedule_last_run,
            schedule_next_run=schedule_next_run,
            start_time=start_time,
            hourly_frequency=hourly_frequency,
            custom_weekdays=LeftOutList()
            if custom_weekdays is None
            else custom_weekdays,
        )
        scan_schedule._left_out = frozenset(
            name
            for name in (
                "scan_frequency",
                "scan_id",
                "schedule_last_run",
                "schedule_next_run",
            )
            if name not in src_dict
        )

        scan_schedule.additional_properties = d
        return scan_schedule

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

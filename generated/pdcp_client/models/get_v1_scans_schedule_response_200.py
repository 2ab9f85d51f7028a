from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

if TYPE_CHECKING:
    from ..models.scan_schedule import ScanSchedule


T = TypeVar("T", bound="GetV1ScansScheduleResponse200")


@_attrs_define
class GetV1ScansScheduleResponse200:
    """
    Attributes:
        message (str | Unset):
        schedules (list[ScanSchedule] | Unset):
    """

    message: str | Unset = UNSET
    schedules: list[ScanSchedule] = _attrs_field(factory=LeftOutList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if schedules is not UNSET and not (
            isinstance(self.schedules, LeftOutList) and not self.schedules
        ):
            field_dict["schedules"] = schedules

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scan_schedule import ScanSchedule

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _schedules = d.pop("schedules", UNSET)
        schedules: list[ScanSchedule] | Unset = UNSET
        if _schedules is not UNSET:
            schedules = []
            for schedules_item_data in _schedules:
                schedules_item = ScanSchedule.from_dict(schedules_item_data)

                schedules.append(schedules_item)

        get_v1_scans_schedule_response_200 = cls(
            message=message,
            schedules=LeftOutList() if schedules is None else schedules,
        )

        get_v1_scans_schedule_response_200.additional_properties = d
        return get_v1_scans_schedule_response_200

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

from __future__ import annotations

import datetime
import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnumerationHistoryDataResponse")


@_attrs_define
class EnumerationHistoryDataResponse:
    """
    Attributes:
        enum_id (str):
        name (str):
        enum_type (str):
        enum_started_at (datetime.datetime):
        enum_finished_at (datetime.datetime):
        enumeration_time (str):
        status (str):
        new_assets_discovered (int):
        total_targets_processed (int):
        error_details (str | Unset):
    """

    enum_id: str
    name: str
    enum_type: str
    enum_started_at: datetime.datetime
    enum_finished_at: datetime.datetime
    enumeration_time: str
    status: str
    new_assets_discovered: int
    total_targets_processed: int
    error_details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enum_id = self.enum_id

        name = self.name

        enum_type = self.enum_type

        enum_started_at = self.enum_started_at.isoformat()

        enum_finished_at = self.enum_finished_at.isoformat()

        enumeration_time = self.enumeration_time

        status = self.status

        new_assets_discovered = self.new_assets_discovered

        total_targets_processed = self.total_targets_processed

        error_details = self.error_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enum_id": enum_id,
                "name": name,
                "enum_type": enum_type,
                "enum_started_at": enum_started_at,
                "enum_finished_at": enum_finished_at,
                "enumeration_time": enumeration_time,
                "status": status,
                "new_assets_discovered": new_assets_discovered,
                "total_targets_processed": total_targets_processed,
            }
        )
        if error_details is not UNSET:
            field_dict["error_details"] = error_details

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enum_id = d.pop("enum_id")

        name = d.pop("name")

        enum_type = d.pop("enum_type")

        enum_started_at = datetime.datetime.fromisoformat(d.pop("enum_started_at"))

        enum_finished_at = datetime.datetime.fromisoformat(d.pop("enum_finished_at"))

        enumeration_time = d.pop("enumeration_time")

        status = d.pop("status")

        new_assets_discovered = d.pop("new_assets_discovered")

        total_targets_processed = d.pop("total_targets_processed")

        error_details = d.pop("error_details", UNSET)

        enumeration_history_data_response = cls(
            enum_id=enum_id,
            name=name,
            enum_type=enum_type,
            enum_started_at=enum_started_at,
            enum_finished_at=enum_finished_at,
            enumeration_time=enumeration_time,
            status=status,
            new_assets_discovered=new_assets_discovered,
            total_targets_processed=total_targets_processed,
            error_details=error_details,
        )

        enumeration_history_data_response.additional_properties = d
        return enumeration_history_data_response

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

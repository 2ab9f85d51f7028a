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
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        error_details = self.error_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("enum_id" in self._left_out and self.enum_id is None):
            enum_id = self.enum_id
            field_dict["enum_id"] = enum_id
        if not ("name" in self._left_out and self.name is None):
            name = self.name
            field_dict["name"] = name
        if not ("enum_type" in self._left_out and self.enum_type is None):
            enum_type = self.enum_type
            field_dict["enum_type"] = enum_type
        if not ("enum_started_at" in self._left_out and self.enum_started_at is None):
            enum_started_at = self.enum_started_at.isoformat()
            field_dict["enum_started_at"] = enum_started_at
        if not ("enum_finished_at" in self._left_out and self.enum_finished_at is None):
            enum_finished_at = self.enum_finished_at.isoformat()
            field_dict["enum_finished_at"] = enum_finished_at
        if not ("enumeration_time" in self._left_out and self.enumeration_time is None):
            enumeration_time = self.enumeration_time
            field_dict["enumeration_time"] = enumeration_time
        if not ("status" in self._left_out and self.status is None):
            status = self.status
            field_dict["status"] = status
        if not (
            "new_assets_discovered" in self._left_out
            and self.new_assets_discovered is None
        ):
            new_assets_discovered = self.new_assets_discovered
            field_dict["new_assets_discovered"] = new_assets_discovered
        if not (
            "total_targets_processed" in self._left_out
            and self.total_targets_processed is None
        ):
            total_targets_processed = self.total_targets_processed
            field_dict["total_targets_processed"] = total_targets_processed
        if error_details is not UNSET:
            field_dict["error_details"] = error_details

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "enum_id" in d:
            enum_id = d.pop("enum_id")
        else:
            enum_id = None

        if "name" in d:
            name = d.pop("name")
        else:
            name = None

        if "enum_type" in d:
            enum_type = d.pop("enum_type")
        else:
            enum_type = None

        if "enum_started_at" in d:
            enum_started_at = datetime.datetime.fromisoformat(d.pop("enum_started_at"))

        else:
            enum_started_at = None

        if "enum_finished_at" in d:
            enum_finished_at = datetime.datetime.fromisoformat(
                d.pop("enum_finished_at")
            )

        else:
            enum_finished_at = None

        if "enumeration_time" in d:
            enumeration_time = d.pop("enumeration_time")
        else:
            enumeration_time = None

        if "status" in d:
            status = d.pop("status")
        else:
            status = None

        if "new_assets_discovered" in d:
            new_assets_discovered = d.pop("new_assets_discovered")
        else:
            new_assets_discovered = None

        if "total_targets_processed" in d:
            total_targets_processed = d.pop("total_targets_processed")
        else:
            total_targets_processed = None

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
        enumeration_history_data_response._left_out = frozenset(
            name
            for name in (
                "enum_id",
                "name",
                "enum_type",
                "enum_started_at",
                "enum_finished_at",
                "enumeration_time",
                "status",
                "new_assets_discovered",
                "total_targets_processed",
            )
            if name not in src_dict
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

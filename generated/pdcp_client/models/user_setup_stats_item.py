from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSetupStatsItem")


@_attrs_define
class UserSetupStatsItem:
    """
    Attributes:
        name (str):
        count (int):
        first_created_at (str | Unset):
        last_created_at (str | Unset):
    """

    name: str
    count: int
    first_created_at: str | Unset = UNSET
    last_created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        count = self.count

        first_created_at = self.first_created_at

        last_created_at = self.last_created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "count": count,
            }
        )
        if first_created_at is not UNSET:
            field_dict["first_created_at"] = first_created_at
        if last_created_at is not UNSET:
            field_dict["last_created_at"] = last_created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        count = d.pop("count")

        first_created_at = d.pop("first_created_at", UNSET)

        last_created_at = d.pop("last_created_at", UNSET)

        user_setup_stats_item = cls(
            name=name,
            count=count,
            first_created_at=first_created_at,
            last_created_at=last_created_at,
        )

        user_setup_stats_item.additional_properties = d
        return user_setup_stats_item

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

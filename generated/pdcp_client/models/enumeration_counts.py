from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnumerationCounts")


@_attrs_define
class EnumerationCounts:
    """Example response

    Attributes:
        total_enumeration (int | Unset):
        total_unique_enumeration (int | Unset):
        total_uploaded_enumeration (int | Unset):
        total_discovery_enumeration (int | Unset):
        total_cloud_enumeration (int | Unset):
    """

    total_enumeration: int | Unset = UNSET
    total_unique_enumeration: int | Unset = UNSET
    total_uploaded_enumeration: int | Unset = UNSET
    total_discovery_enumeration: int | Unset = UNSET
    total_cloud_enumeration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_enumeration = self.total_enumeration

        total_unique_enumeration = self.total_unique_enumeration

        total_uploaded_enumeration = self.total_uploaded_enumeration

        total_discovery_enumeration = self.total_discovery_enumeration

        total_cloud_enumeration = self.total_cloud_enumeration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_enumeration is not UNSET:
            field_dict["total_enumeration"] = total_enumeration
        if total_unique_enumeration is not UNSET:
            field_dict["total_unique_enumeration"] = total_unique_enumeration
        if total_uploaded_enumeration is not UNSET:
            field_dict["total_uploaded_enumeration"] = total_uploaded_enumeration
        if total_discovery_enumeration is not UNSET:
            field_dict["total_discovery_enumeration"] = total_discovery_enumeration
        if total_cloud_enumeration is not UNSET:
            field_dict["total_cloud_enumeration"] = total_cloud_enumeration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_enumeration = d.pop("total_enumeration", UNSET)

        total_unique_enumeration = d.pop("total_unique_enumeration", UNSET)

        total_uploaded_enumeration = d.pop("total_uploaded_enumeration", UNSET)

        total_discovery_enumeration = d.pop("total_discovery_enumeration", UNSET)

        total_cloud_enumeration = d.pop("total_cloud_enumeration", UNSET)

        enumeration_counts = cls(
            total_enumeration=total_enumeration,
            total_unique_enumeration=total_unique_enumeration,
            total_uploaded_enumeration=total_uploaded_enumeration,
            total_discovery_enumeration=total_discovery_enumeration,
            total_cloud_enumeration=total_cloud_enumeration,
        )

        enumeration_counts.additional_properties = d
        return enumeration_counts

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

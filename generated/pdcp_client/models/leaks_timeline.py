from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaksTimeline")


@_attrs_define
class LeaksTimeline:
    """
    Attributes:
        credentials_count (float | Unset):
        month (float | Unset):
        year (float | Unset):
    """

    credentials_count: float | Unset = UNSET
    month: float | Unset = UNSET
    year: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credentials_count = self.credentials_count

        month = self.month

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credentials_count is not UNSET:
            field_dict["CredentialsCount"] = credentials_count
        if month is not UNSET:
            field_dict["Month"] = month
        if year is not UNSET:
            field_dict["Year"] = year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credentials_count = d.pop("CredentialsCount", UNSET)

        month = d.pop("Month", UNSET)

        year = d.pop("Year", UNSET)

        leaks_timeline = cls(
            credentials_count=credentials_count,
            month=month,
            year=year,
        )

        leaks_timeline.additional_properties = d
        return leaks_timeline

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

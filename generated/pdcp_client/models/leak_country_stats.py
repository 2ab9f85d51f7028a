from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeakCountryStats")


@_attrs_define
class LeakCountryStats:
    """
    Attributes:
        country (str | Unset):
        credentials_count (float | Unset):
    """

    country: str | Unset = UNSET
    credentials_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        credentials_count = self.credentials_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["Country"] = country
        if credentials_count is not UNSET:
            field_dict["CredentialsCount"] = credentials_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country = d.pop("Country", UNSET)

        credentials_count = d.pop("CredentialsCount", UNSET)

        leak_country_stats = cls(
            country=country,
            credentials_count=credentials_count,
        )

        leak_country_stats.additional_properties = d
        return leak_country_stats

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnumerationContentAsn")


@_attrs_define
class EnumerationContentAsn:
    """
    Attributes:
        as_country (str | Unset):
        as_name (str | Unset):
        as_number (str | Unset):
        as_range (list[str] | Unset):
    """

    as_country: str | Unset = UNSET
    as_name: str | Unset = UNSET
    as_number: str | Unset = UNSET
    as_range: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_country = self.as_country

        as_name = self.as_name

        as_number = self.as_number

        as_range: list[str] | Unset = UNSET
        if not isinstance(self.as_range, Unset):
            as_range = self.as_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if as_country is not UNSET:
            field_dict["as_country"] = as_country
        if as_name is not UNSET:
            field_dict["as_name"] = as_name
        if as_number is not UNSET:
            field_dict["as_number"] = as_number
        if as_range is not UNSET:
            field_dict["as_range"] = as_range

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        as_country = d.pop("as_country", UNSET)

        as_name = d.pop("as_name", UNSET)

        as_number = d.pop("as_number", UNSET)

        as_range = cast(list[str], d.pop("as_range", UNSET))

        enumeration_content_asn = cls(
            as_country=as_country,
            as_name=as_name,
            as_number=as_number,
            as_range=as_range,
        )

        enumeration_content_asn.additional_properties = d
        return enumeration_content_asn

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnumerationContentTechnologyDetails")


@_attrs_define
class EnumerationContentTechnologyDetails:
    """
    Attributes:
        description (str | Unset):
        website (str | Unset):
        icon (str | Unset):
        categories (list[str] | Unset):
    """

    description: str | Unset = UNSET
    website: str | Unset = UNSET
    icon: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        website = self.website

        icon = self.icon

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if website is not UNSET:
            field_dict["website"] = website
        if icon is not UNSET:
            field_dict["icon"] = icon
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        website = d.pop("website", UNSET)

        icon = d.pop("icon", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        enumeration_content_technology_details = cls(
            description=description,
            website=website,
            icon=icon,
            categories=categories,
        )

        enumeration_content_technology_details.additional_properties = d
        return enumeration_content_technology_details

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

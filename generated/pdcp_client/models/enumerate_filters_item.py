from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnumerateFiltersItem")


@_attrs_define
class EnumerateFiltersItem:
    """
    Attributes:
        value (str):
        count (int):
        labels (str | Unset):
        port (int | Unset):
        technologies (int | Unset):
        categories (list[str] | Unset):
        description (str | Unset):
        website (str | Unset):
        cpe (str | Unset):
        icon (str | Unset):
        favicon_body (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    value: str
    count: int
    labels: str | Unset = UNSET
    port: int | Unset = UNSET
    technologies: int | Unset = UNSET
    categories: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    website: str | Unset = UNSET
    cpe: str | Unset = UNSET
    icon: str | Unset = UNSET
    favicon_body: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        count = self.count

        labels = self.labels

        port = self.port

        technologies = self.technologies

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        description = self.description

        website = self.website

        cpe = self.cpe

        icon = self.icon

        favicon_body = self.favicon_body

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "count": count,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels
        if port is not UNSET:
            field_dict["port"] = port
        if technologies is not UNSET:
            field_dict["technologies"] = technologies
        if categories is not UNSET:
            field_dict["categories"] = categories
        if description is not UNSET:
            field_dict["description"] = description
        if website is not UNSET:
            field_dict["website"] = website
        if cpe is not UNSET:
            field_dict["cpe"] = cpe
        if icon is not UNSET:
            field_dict["icon"] = icon
        if favicon_body is not UNSET:
            field_dict["favicon_body"] = favicon_body
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        count = d.pop("count")

        labels = d.pop("labels", UNSET)

        port = d.pop("port", UNSET)

        technologies = d.pop("technologies", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        description = d.pop("description", UNSET)

        website = d.pop("website", UNSET)

        cpe = d.pop("cpe", UNSET)

        icon = d.pop("icon", UNSET)

        favicon_body = d.pop("favicon_body", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        enumerate_filters_item = cls(
            value=value,
            count=count,
            labels=labels,
            port=port,
            technologies=technologies,
            categories=categories,
            description=description,
            website=website,
            cpe=cpe,
            icon=icon,
            favicon_body=favicon_body,
            updated_at=updated_at,
        )

        enumerate_filters_item.additional_properties = d
        return enumerate_filters_item

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

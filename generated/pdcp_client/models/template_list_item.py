from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateListItem")


@_attrs_define
class TemplateListItem:
    """
    Attributes:
        created_at (str):
        id (str):
        name (str):
        shared_publicly (bool | Unset):
        updated_at (str | Unset):
    """

    created_at: str
    id: str
    name: str
    shared_publicly: bool | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        name = self.name

        shared_publicly = self.shared_publicly

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
            }
        )
        if shared_publicly is not UNSET:
            field_dict["shared_publicly"] = shared_publicly
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        id = d.pop("id")

        name = d.pop("name")

        shared_publicly = d.pop("shared_publicly", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        template_list_item = cls(
            created_at=created_at,
            id=id,
            name=name,
            shared_publicly=shared_publicly,
            updated_at=updated_at,
        )

        template_list_item.additional_properties = d
        return template_list_item

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

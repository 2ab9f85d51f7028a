from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enumeration_id_types_detail_types_item import (
    EnumerationIDTypesDetailTypesItem,
)
from ..types import UNSET, Unset, enum_or_str

T = TypeVar("T", bound="EnumerationIDTypesDetail")


@_attrs_define
class EnumerationIDTypesDetail:
    """
    Attributes:
        id (str):
        name (str):
        enumeration_type (str):
        types (list[EnumerationIDTypesDetailTypesItem]):
        total_assets (int | Unset):
        cloudlist_provider_name (str | Unset):
    """

    id: str
    name: str
    enumeration_type: str
    types: list[EnumerationIDTypesDetailTypesItem]
    total_assets: int | Unset = UNSET
    cloudlist_provider_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        enumeration_type = self.enumeration_type

        types = []
        for types_item_data in self.types:
            types_item = getattr(types_item_data, "value", types_item_data)
            types.append(types_item)

        total_assets = self.total_assets

        cloudlist_provider_name = self.cloudlist_provider_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "enumeration_type": enumeration_type,
                "types": types,
            }
        )
        if total_assets is not UNSET:
            field_dict["total_assets"] = total_assets
        if cloudlist_provider_name is not UNSET:
            field_dict["cloudlist_provider_name"] = cloudlist_provider_name

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        enumeration_type = d.pop("enumeration_type")

        types = []
        _types = d.pop("types")
        for types_item_data in _types:
            types_item = enum_or_str(EnumerationIDTypesDetailTypesItem, types_item_data)

            types.append(types_item)

        total_assets = d.pop("total_assets", UNSET)

        cloudlist_provider_name = d.pop("cloudlist_provider_name", UNSET)

        enumeration_id_types_detail = cls(
            id=id,
            name=name,
            enumeration_type=enumeration_type,
            types=types,
            total_assets=total_assets,
            cloudlist_provider_name=cloudlist_provider_name,
        )

        enumeration_id_types_detail.additional_properties = d
        return enumeration_id_types_detail

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

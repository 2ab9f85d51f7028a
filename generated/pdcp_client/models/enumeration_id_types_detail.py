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
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        total_assets = self.total_assets

        cloudlist_provider_name = self.cloudlist_provider_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("id" in self._left_out and self.id is None):
            id = self.id
            field_dict["id"] = id
        if not ("name" in self._left_out and self.name is None):
            name = self.name
            field_dict["name"] = name
        if not ("enumeration_type" in self._left_out and self.enumeration_type is None):
            enumeration_type = self.enumeration_type
            field_dict["enumeration_type"] = enumeration_type
        if not ("types" in self._left_out and self.types is None):
            types = []
            for types_item_data in self.types:
                types_item = getattr(types_item_data, "value", types_item_data)
                types.append(types_item)

            field_dict["types"] = types
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
        if "id" in d:
            id = d.pop("id")
        else:
            id = None

        if "name" in d:
            name = d.pop("name")
        else:
            name = None

        if "enumeration_type" in d:
            enumeration_type = d.pop("enumeration_type")
        else:
            enumeration_type = None

        if "types" in d:
            types = []
            _types = d.pop("types")
            for types_item_data in _types:
                types_item = enum_or_str(
                    EnumerationIDTypesDetailTypesItem, types_item_data
                )

                types.append(types_item)

        else:
            types = None

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
        enumeration_id_types_detail._left_out = frozenset(
            name
            for name in (
                "id",
                "name",
                "enumeration_type",
                "types",
            )
            if name not in src_dict
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssetListItem")


@_attrs_define
class AssetListItem:
    """
    Attributes:
        asset_count (int):
        asset_id (str):
        uploaded_at (str):
        name (str):
    """

    asset_count: int
    asset_id: str
    uploaded_at: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_count = self.asset_count

        asset_id = self.asset_id

        uploaded_at = self.uploaded_at

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_count": asset_count,
                "asset_id": asset_id,
                "uploaded_at": uploaded_at,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_count = d.pop("asset_count")

        asset_id = d.pop("asset_id")

        uploaded_at = d.pop("uploaded_at")

        name = d.pop("name")

        asset_list_item = cls(
            asset_count=asset_count,
            asset_id=asset_id,
            uploaded_at=uploaded_at,
            name=name,
        )

        asset_list_item.additional_properties = d
        return asset_list_item

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

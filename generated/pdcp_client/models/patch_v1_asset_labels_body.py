from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_filters import AssetFilters


T = TypeVar("T", bound="PatchV1AssetLabelsBody")


@_attrs_define
class PatchV1AssetLabelsBody:
    """
    Attributes:
        filters (AssetFilters):
        labels (list[str]):
    """

    filters: AssetFilters
    labels: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters = self.filters.to_dict()

        labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
                "labels": labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_filters import AssetFilters

        d = dict(src_dict)
        filters = AssetFilters.from_dict(d.pop("filters"))

        labels = cast(list[str], d.pop("labels"))

        patch_v1_asset_labels_body = cls(
            filters=filters,
            labels=labels,
        )

        patch_v1_asset_labels_body.additional_properties = d
        return patch_v1_asset_labels_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_category_technologies import AssetCategoryTechnologies


T = TypeVar("T", bound="AssetCategory")


@_attrs_define
class AssetCategory:
    """
    Attributes:
        name (str):
        total_assets (int):
        technologies (AssetCategoryTechnologies):
    """

    name: str
    total_assets: int
    technologies: AssetCategoryTechnologies
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        total_assets = self.total_assets

        technologies = self.technologies.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "total_assets": total_assets,
                "technologies": technologies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_category_technologies import AssetCategoryTechnologies

        d = dict(src_dict)
        name = d.pop("name")

        total_assets = d.pop("total_assets")

        technologies = AssetCategoryTechnologies.from_dict(d.pop("technologies"))

        asset_category = cls(
            name=name,
            total_assets=total_assets,
            technologies=technologies,
        )

        asset_category.additional_properties = d
        return asset_category

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateLeaderboardDataItemCategory")


@_attrs_define
class TemplateLeaderboardDataItemCategory:
    """
    Attributes:
        cloud (int | Unset):
        cve (int | Unset):
        fuzz (int | Unset):
        kve (int | Unset):
    """

    cloud: int | Unset = UNSET
    cve: int | Unset = UNSET
    fuzz: int | Unset = UNSET
    kve: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud = self.cloud

        cve = self.cve

        fuzz = self.fuzz

        kve = self.kve

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloud is not UNSET:
            field_dict["cloud"] = cloud
        if cve is not UNSET:
            field_dict["cve"] = cve
        if fuzz is not UNSET:
            field_dict["fuzz"] = fuzz
        if kve is not UNSET:
            field_dict["kve"] = kve

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cloud = d.pop("cloud", UNSET)

        cve = d.pop("cve", UNSET)

        fuzz = d.pop("fuzz", UNSET)

        kve = d.pop("kve", UNSET)

        template_leaderboard_data_item_category = cls(
            cloud=cloud,
            cve=cve,
            fuzz=fuzz,
            kve=kve,
        )

        template_leaderboard_data_item_category.additional_properties = d
        return template_leaderboard_data_item_category

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

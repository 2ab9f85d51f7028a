from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContributorSummaryCategoryBreakdown")


@_attrs_define
class ContributorSummaryCategoryBreakdown:
    """
    Attributes:
        cloud (int | Unset):
        cve (int | Unset):
        dast (int | Unset):
        kev (int | Unset):
        other (int | Unset):
    """

    cloud: int | Unset = UNSET
    cve: int | Unset = UNSET
    dast: int | Unset = UNSET
    kev: int | Unset = UNSET
    other: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud = self.cloud

        cve = self.cve

        dast = self.dast

        kev = self.kev

        other = self.other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloud is not UNSET:
            field_dict["cloud"] = cloud
        if cve is not UNSET:
            field_dict["cve"] = cve
        if dast is not UNSET:
            field_dict["dast"] = dast
        if kev is not UNSET:
            field_dict["kev"] = kev
        if other is not UNSET:
            field_dict["other"] = other

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cloud = d.pop("cloud", UNSET)

        cve = d.pop("cve", UNSET)

        dast = d.pop("dast", UNSET)

        kev = d.pop("kev", UNSET)

        other = d.pop("other", UNSET)

        contributor_summary_category_breakdown = cls(
            cloud=cloud,
            cve=cve,
            dast=dast,
            kev=kev,
            other=other,
        )

        contributor_summary_category_breakdown.additional_properties = d
        return contributor_summary_category_breakdown

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

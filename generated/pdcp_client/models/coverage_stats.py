from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoverageStats")


@_attrs_define
class CoverageStats:
    """Coverage statistics showing template availability

    Attributes:
        percentage (float): Coverage percentage
        total (int): Total number of items (CVEs, KEVs, or POCs)
        covered (int): Number of items with templates
        remaining (int | Unset): Number of items without templates (total - covered)
    """

    percentage: float
    total: int
    covered: int
    remaining: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percentage = self.percentage

        total = self.total

        covered = self.covered

        remaining = self.remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "percentage": percentage,
                "total": total,
                "covered": covered,
            }
        )
        if remaining is not UNSET:
            field_dict["remaining"] = remaining

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        percentage = d.pop("percentage")

        total = d.pop("total")

        covered = d.pop("covered")

        remaining = d.pop("remaining", UNSET)

        coverage_stats = cls(
            percentage=percentage,
            total=total,
            covered=covered,
            remaining=remaining,
        )

        coverage_stats.additional_properties = d
        return coverage_stats

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

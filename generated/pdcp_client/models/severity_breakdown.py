from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SeverityBreakdown")


@_attrs_define
class SeverityBreakdown:
    """
    Attributes:
        critical (int | Unset):
        high (int | Unset):
        medium (int | Unset):
        low (int | Unset):
        info (int | Unset):
        unknown (int | Unset):
    """

    critical: int | Unset = UNSET
    high: int | Unset = UNSET
    medium: int | Unset = UNSET
    low: int | Unset = UNSET
    info: int | Unset = UNSET
    unknown: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        critical = self.critical

        high = self.high

        medium = self.medium

        low = self.low

        info = self.info

        unknown = self.unknown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if critical is not UNSET:
            field_dict["critical"] = critical
        if high is not UNSET:
            field_dict["high"] = high
        if medium is not UNSET:
            field_dict["medium"] = medium
        if low is not UNSET:
            field_dict["low"] = low
        if info is not UNSET:
            field_dict["info"] = info
        if unknown is not UNSET:
            field_dict["unknown"] = unknown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        critical = d.pop("critical", UNSET)

        high = d.pop("high", UNSET)

        medium = d.pop("medium", UNSET)

        low = d.pop("low", UNSET)

        info = d.pop("info", UNSET)

        unknown = d.pop("unknown", UNSET)

        severity_breakdown = cls(
            critical=critical,
            high=high,
            medium=medium,
            low=low,
            info=info,
            unknown=unknown,
        )

        severity_breakdown.additional_properties = d
        return severity_breakdown

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusBreakdown")


@_attrs_define
class StatusBreakdown:
    """
    Attributes:
        open_ (int | Unset):
        fixed (int | Unset):
        false_positive (int | Unset):
        duplicate (int | Unset):
        fix_in_progress (int | Unset):
        accepted_risk (int | Unset):
        triaged (int | Unset):
    """

    open_: int | Unset = UNSET
    fixed: int | Unset = UNSET
    false_positive: int | Unset = UNSET
    duplicate: int | Unset = UNSET
    fix_in_progress: int | Unset = UNSET
    accepted_risk: int | Unset = UNSET
    triaged: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_ = self.open_

        fixed = self.fixed

        false_positive = self.false_positive

        duplicate = self.duplicate

        fix_in_progress = self.fix_in_progress

        accepted_risk = self.accepted_risk

        triaged = self.triaged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if fixed is not UNSET:
            field_dict["fixed"] = fixed
        if false_positive is not UNSET:
            field_dict["false_positive"] = false_positive
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        if fix_in_progress is not UNSET:
            field_dict["fix_in_progress"] = fix_in_progress
        if accepted_risk is not UNSET:
            field_dict["accepted_risk"] = accepted_risk
        if triaged is not UNSET:
            field_dict["triaged"] = triaged

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        open_ = d.pop("open", UNSET)

        fixed = d.pop("fixed", UNSET)

        false_positive = d.pop("false_positive", UNSET)

        duplicate = d.pop("duplicate", UNSET)

        fix_in_progress = d.pop("fix_in_progress", UNSET)

        accepted_risk = d.pop("accepted_risk", UNSET)

        triaged = d.pop("triaged", UNSET)

        status_breakdown = cls(
            open_=open_,
            fixed=fixed,
            false_positive=false_positive,
            duplicate=duplicate,
            fix_in_progress=fix_in_progress,
            accepted_risk=accepted_risk,
            triaged=triaged,
        )

        status_breakdown.additional_properties = d
        return status_breakdown

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

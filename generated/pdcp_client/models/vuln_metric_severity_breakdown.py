from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.severity_breakdown import SeverityBreakdown
    from ..models.status_breakdown import StatusBreakdown


T = TypeVar("T", bound="VulnMetricSeverityBreakdown")


@_attrs_define
class VulnMetricSeverityBreakdown:
    """
    Attributes:
        total_fixed (int):
        total_count (int):
        severity_breakdown (SeverityBreakdown):
        status_breakdown (StatusBreakdown | Unset):
    """

    total_fixed: int
    total_count: int
    severity_breakdown: SeverityBreakdown
    status_breakdown: StatusBreakdown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_fixed = self.total_fixed

        total_count = self.total_count

        severity_breakdown = self.severity_breakdown.to_dict()

        status_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_breakdown, Unset):
            status_breakdown = self.status_breakdown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_fixed": total_fixed,
                "total_count": total_count,
                "severity_breakdown": severity_breakdown,
            }
        )
        if status_breakdown is not UNSET:
            field_dict["status_breakdown"] = status_breakdown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.severity_breakdown import SeverityBreakdown
        from ..models.status_breakdown import StatusBreakdown

        d = dict(src_dict)
        total_fixed = d.pop("total_fixed")

        total_count = d.pop("total_count")

        severity_breakdown = SeverityBreakdown.from_dict(d.pop("severity_breakdown"))

        _status_breakdown = d.pop("status_breakdown", UNSET)
        status_breakdown: StatusBreakdown | Unset
        if isinstance(_status_breakdown, Unset):
            status_breakdown = UNSET
        else:
            status_breakdown = StatusBreakdown.from_dict(_status_breakdown)

        vuln_metric_severity_breakdown = cls(
            total_fixed=total_fixed,
            total_count=total_count,
            severity_breakdown=severity_breakdown,
            status_breakdown=status_breakdown,
        )

        vuln_metric_severity_breakdown.additional_properties = d
        return vuln_metric_severity_breakdown

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

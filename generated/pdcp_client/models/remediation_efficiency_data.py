from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemediationEfficiencyData")


@_attrs_define
class RemediationEfficiencyData:
    """
    Attributes:
        vulnerability_severity (str):
        average_time_to_remediate (int):
        target_time_to_remediate (int):
        remediation_trend (int):
        timely_remediated_count (int):
        total_vulnerabilities (int):
    """

    vulnerability_severity: str
    average_time_to_remediate: int
    target_time_to_remediate: int
    remediation_trend: int
    timely_remediated_count: int
    total_vulnerabilities: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vulnerability_severity = self.vulnerability_severity

        average_time_to_remediate = self.average_time_to_remediate

        target_time_to_remediate = self.target_time_to_remediate

        remediation_trend = self.remediation_trend

        timely_remediated_count = self.timely_remediated_count

        total_vulnerabilities = self.total_vulnerabilities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vulnerability_severity": vulnerability_severity,
                "average_time_to_remediate": average_time_to_remediate,
                "target_time_to_remediate": target_time_to_remediate,
                "remediation_trend": remediation_trend,
                "timely_remediated_count": timely_remediated_count,
                "total_vulnerabilities": total_vulnerabilities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vulnerability_severity = d.pop("vulnerability_severity")

        average_time_to_remediate = d.pop("average_time_to_remediate")

        target_time_to_remediate = d.pop("target_time_to_remediate")

        remediation_trend = d.pop("remediation_trend")

        timely_remediated_count = d.pop("timely_remediated_count")

        total_vulnerabilities = d.pop("total_vulnerabilities")

        remediation_efficiency_data = cls(
            vulnerability_severity=vulnerability_severity,
            average_time_to_remediate=average_time_to_remediate,
            target_time_to_remediate=target_time_to_remediate,
            remediation_trend=remediation_trend,
            timely_remediated_count=timely_remediated_count,
            total_vulnerabilities=total_vulnerabilities,
        )

        remediation_efficiency_data.additional_properties = d
        return remediation_efficiency_data

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vuln_metric_severity_breakdown import VulnMetricSeverityBreakdown


T = TypeVar("T", bound="ScanRegressionRemediationTimeSeries")


@_attrs_define
class ScanRegressionRemediationTimeSeries:
    """
    Attributes:
        date (datetime.date):
        data (VulnMetricSeverityBreakdown):
        avg_remediation_time (str | Unset):
    """

    date: datetime.date
    data: VulnMetricSeverityBreakdown
    avg_remediation_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        data = self.data.to_dict()

        avg_remediation_time = self.avg_remediation_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "data": data,
            }
        )
        if avg_remediation_time is not UNSET:
            field_dict["avg_remediation_time"] = avg_remediation_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vuln_metric_severity_breakdown import VulnMetricSeverityBreakdown

        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        data = VulnMetricSeverityBreakdown.from_dict(d.pop("data"))

        avg_remediation_time = d.pop("avg_remediation_time", UNSET)

        scan_regression_remediation_time_series = cls(
            date=date,
            data=data,
            avg_remediation_time=avg_remediation_time,
        )

        scan_regression_remediation_time_series.additional_properties = d
        return scan_regression_remediation_time_series

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vuln_metric_severity_breakdown import VulnMetricSeverityBreakdown


T = TypeVar("T", bound="ScanExposuresTimeSeries")


@_attrs_define
class ScanExposuresTimeSeries:
    """
    Attributes:
        date (datetime.date):
        open_vulnerability (VulnMetricSeverityBreakdown):
        fixed_vulnerability (VulnMetricSeverityBreakdown):
        new_vulnerability (VulnMetricSeverityBreakdown):
    """

    date: datetime.date
    open_vulnerability: VulnMetricSeverityBreakdown
    fixed_vulnerability: VulnMetricSeverityBreakdown
    new_vulnerability: VulnMetricSeverityBreakdown
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        open_vulnerability = self.open_vulnerability.to_dict()

        fixed_vulnerability = self.fixed_vulnerability.to_dict()

        new_vulnerability = self.new_vulnerability.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "open_vulnerability": open_vulnerability,
                "fixed_vulnerability": fixed_vulnerability,
                "new_vulnerability": new_vulnerability,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vuln_metric_severity_breakdown import VulnMetricSeverityBreakdown

        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        open_vulnerability = VulnMetricSeverityBreakdown.from_dict(
            d.pop("open_vulnerability")
        )

        fixed_vulnerability = VulnMetricSeverityBreakdown.from_dict(
            d.pop("fixed_vulnerability")
        )

        new_vulnerability = VulnMetricSeverityBreakdown.from_dict(
            d.pop("new_vulnerability")
        )

        scan_exposures_time_series = cls(
            date=date,
            open_vulnerability=open_vulnerability,
            fixed_vulnerability=fixed_vulnerability,
            new_vulnerability=new_vulnerability,
        )

        scan_exposures_time_series.additional_properties = d
        return scan_exposures_time_series

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScanUsageStatsResponse")


@_attrs_define
class ScanUsageStatsResponse:
    """Scan Usage Stats

    Attributes:
        time (datetime.datetime):
        scan_id (str):
        user_id (int):
        completed_request (int):
        total_target (int):
        total_templates (int):
        total_result (int):
        severity_breakdown (str):
    """

    time: datetime.datetime
    scan_id: str
    user_id: int
    completed_request: int
    total_target: int
    total_templates: int
    total_result: int
    severity_breakdown: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time.isoformat()

        scan_id = self.scan_id

        user_id = self.user_id

        completed_request = self.completed_request

        total_target = self.total_target

        total_templates = self.total_templates

        total_result = self.total_result

        severity_breakdown = self.severity_breakdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "scan_id": scan_id,
                "user_id": user_id,
                "completed_request": completed_request,
                "total_target": total_target,
                "total_templates": total_templates,
                "total_result": total_result,
                "severity_breakdown": severity_breakdown,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        time = datetime.datetime.fromisoformat(d.pop("time"))

        scan_id = d.pop("scan_id")

        user_id = d.pop("user_id")

        completed_request = d.pop("completed_request")

        total_target = d.pop("total_target")

        total_templates = d.pop("total_templates")

        total_result = d.pop("total_result")

        severity_breakdown = d.pop("severity_breakdown")

        scan_usage_stats_response = cls(
            time=time,
            scan_id=scan_id,
            user_id=user_id,
            completed_request=completed_request,
            total_target=total_target,
            total_templates=total_templates,
            total_result=total_result,
            severity_breakdown=severity_breakdown,
        )

        scan_usage_stats_response.additional_properties = d
        return scan_usage_stats_response

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

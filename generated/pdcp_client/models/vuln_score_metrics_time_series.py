from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_vulnerability_score_metrics import OpenVulnerabilityScoreMetrics


T = TypeVar("T", bound="VulnScoreMetricsTimeSeries")


@_attrs_define
class VulnScoreMetricsTimeSeries:
    """
    Attributes:
        date (datetime.date | Unset):
        security_score (float | Unset):
        open_vulnerability (OpenVulnerabilityScoreMetrics | Unset):
        total_scanned_assets (int | Unset):
        total_affected_assets (int | Unset):
    """

    date: datetime.date | Unset = UNSET
    security_score: float | Unset = UNSET
    open_vulnerability: OpenVulnerabilityScoreMetrics | Unset = UNSET
    total_scanned_assets: int | Unset = UNSET
    total_affected_assets: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        security_score = self.security_score

        open_vulnerability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_vulnerability, Unset):
            open_vulnerability = self.open_vulnerability.to_dict()

        total_scanned_assets = self.total_scanned_assets

        total_affected_assets = self.total_affected_assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if security_score is not UNSET:
            field_dict["security_score"] = security_score
        if open_vulnerability is not UNSET:
            field_dict["open_vulnerability"] = open_vulnerability
        if total_scanned_assets is not UNSET:
            field_dict["total_scanned_assets"] = total_scanned_assets
        if total_affected_assets is not UNSET:
            field_dict["total_affected_assets"] = total_affected_assets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.open_vulnerability_score_metrics import (
            OpenVulnerabilityScoreMetrics,
        )

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        security_score = d.pop("security_score", UNSET)

        _open_vulnerability = d.pop("open_vulnerability", UNSET)
        open_vulnerability: OpenVulnerabilityScoreMetrics | Unset
        if isinstance(_open_vulnerability, Unset):
            open_vulnerability = UNSET
        else:
            open_vulnerability = OpenVulnerabilityScoreMetrics.from_dict(
                _open_vulnerability
            )

        total_scanned_assets = d.pop("total_scanned_assets", UNSET)

        total_affected_assets = d.pop("total_affected_assets", UNSET)

        vuln_score_metrics_time_series = cls(
            date=date,
            security_score=security_score,
            open_vulnerability=open_vulnerability,
            total_scanned_assets=total_scanned_assets,
            total_affected_assets=total_affected_assets,
        )

        vuln_score_metrics_time_series.additional_properties = d
        return vuln_score_metrics_time_series

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scan_stats_severity import ScanStatsSeverity
    from ..models.scan_stats_vuln_status import ScanStatsVulnStatus


T = TypeVar("T", bound="ScanStats")


@_attrs_define
class ScanStats:
    """
    Attributes:
        cves (int):
        matched (int):
        not_matched (int):
        total_count (int):
        total_scan (int):
        total_target (int):
        total_template (int):
        total_regression (int):
        severity (ScanStatsSeverity | Unset):
        vuln_status (ScanStatsVulnStatus | Unset):
        is_internal (int | Unset): Count of internal vulnerabilities
        is_external (int | Unset): Count of external vulnerabilities
    """

    cves: int
    matched: int
    not_matched: int
    total_count: int
    total_scan: int
    total_target: int
    total_template: int
    total_regression: int
    severity: ScanStatsSeverity | Unset = UNSET
    vuln_status: ScanStatsVulnStatus | Unset = UNSET
    is_internal: int | Unset = UNSET
    is_external: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cves = self.cves

        matched = self.matched

        not_matched = self.not_matched

        total_count = self.total_count

        total_scan = self.total_scan

        total_target = self.total_target

        total_template = self.total_template

        total_regression = self.total_regression

        severity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.to_dict()

        vuln_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vuln_status, Unset):
            vuln_status = self.vuln_status.to_dict()

        is_internal = self.is_internal

        is_external = self.is_external

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cves": cves,
                "matched": matched,
                "not_matched": not_matched,
                "total_count": total_count,
                "total_scan": total_scan,
                "total_target": total_target,
                "total_template": total_template,
                "total_regression": total_regression,
            }
        )
        if severity is not UNSET:
            field_dict["severity"] = severity
        if vuln_status is not UNSET:
            field_dict["vuln_status"] = vuln_status
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal
        if is_external is not UNSET:
            field_dict["is_external"] = is_external

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scan_stats_severity import ScanStatsSeverity
        from ..models.scan_stats_vuln_status import ScanStatsVulnStatus

        d = dict(src_dict)
        cves = d.pop("cves")

        matched = d.pop("matched")

        not_matched = d.pop("not_matched")

        total_count = d.pop("total_count")

        total_scan = d.pop("total_scan")

        total_target = d.pop("total_target")

        total_template = d.pop("total_template")

        total_regression = d.pop("total_regression")

        _severity = d.pop("severity", UNSET)
        severity: ScanStatsSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = ScanStatsSeverity.from_dict(_severity)

        _vuln_status = d.pop("vuln_status", UNSET)
        vuln_status: ScanStatsVulnStatus | Unset
        if isinstance(_vuln_status, Unset):
            vuln_status = UNSET
        else:
            vuln_status = ScanStatsVulnStatus.from_dict(_vuln_status)

        is_internal = d.pop("is_internal", UNSET)

        is_external = d.pop("is_external", UNSET)

        scan_stats = cls(
            cves=cves,
            matched=matched,
            not_matched=not_matched,
            total_count=total_count,
            total_scan=total_scan,
            total_target=total_target,
            total_template=total_template,
            total_regression=total_regression,
            severity=severity,
            vuln_status=vuln_status,
            is_internal=is_internal,
            is_external=is_external,
        )

        scan_stats.additional_properties = d
        return scan_stats

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Classification")


@_attrs_define
class Classification:
    """Classification of template including additional metadata like cve-id, cwe-id etc

    Attributes:
        cve_id (list[str] | Unset): CVE IDs for the template
        cwe_id (list[str] | Unset): CWE IDs for the template
        cvss_metrics (str | Unset): CVSS Metrics for the template
        cvss_score (float | Unset): CVSS Score for the template
        epss_score (float | Unset): EPSS Score for the template
        epss_percentile (float | Unset): EPSS Percentile for the template
        cpe (str | Unset): CPE for the template
    """

    cve_id: list[str] | Unset = UNSET
    cwe_id: list[str] | Unset = UNSET
    cvss_metrics: str | Unset = UNSET
    cvss_score: float | Unset = UNSET
    epss_score: float | Unset = UNSET
    epss_percentile: float | Unset = UNSET
    cpe: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cve_id: list[str] | Unset = UNSET
        if not isinstance(self.cve_id, Unset):
            cve_id = self.cve_id

        cwe_id: list[str] | Unset = UNSET
        if not isinstance(self.cwe_id, Unset):
            cwe_id = self.cwe_id

        cvss_metrics = self.cvss_metrics

        cvss_score = self.cvss_score

        epss_score = self.epss_score

        epss_percentile = self.epss_percentile

        cpe = self.cpe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cve_id is not UNSET:
            field_dict["cve-id"] = cve_id
        if cwe_id is not UNSET:
            field_dict["cwe-id"] = cwe_id
        if cvss_metrics is not UNSET:
            field_dict["cvss-metrics"] = cvss_metrics
        if cvss_score is not UNSET:
            field_dict["cvss-score"] = cvss_score
        if epss_score is not UNSET:
            field_dict["epss-score"] = epss_score
        if epss_percentile is not UNSET:
            field_dict["epss-percentile"] = epss_percentile
        if cpe is not UNSET:
            field_dict["cpe"] = cpe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cve_id = cast(list[str], d.pop("cve-id", UNSET))

        cwe_id = cast(list[str], d.pop("cwe-id", UNSET))

        cvss_metrics = d.pop("cvss-metrics", UNSET)

        cvss_score = d.pop("cvss-score", UNSET)

        epss_score = d.pop("epss-score", UNSET)

        epss_percentile = d.pop("epss-percentile", UNSET)

        cpe = d.pop("cpe", UNSET)

        classification = cls(
            cve_id=cve_id,
            cwe_id=cwe_id,
            cvss_metrics=cvss_metrics,
            cvss_score=cvss_score,
            epss_score=epss_score,
            epss_percentile=epss_percentile,
            cpe=cpe,
        )

        classification.additional_properties = d
        return classification

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

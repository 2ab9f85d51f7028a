from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vuln_status_enum import VulnStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchV1ScansVulnsBody")


@_attrs_define
class PatchV1ScansVulnsBody:
    """
    Attributes:
        vuln_status (VulnStatusEnum):
        vuln_ids (list[str] | Unset):
        type_ (str | Unset):
        scan_id (str | Unset):
        severity (list[str] | Unset):
        host (list[str] | Unset):
        template (list[str] | Unset):
        search (str | Unset):
    """

    vuln_status: VulnStatusEnum
    vuln_ids: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    scan_id: str | Unset = UNSET
    severity: list[str] | Unset = UNSET
    host: list[str] | Unset = UNSET
    template: list[str] | Unset = UNSET
    search: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vuln_status = self.vuln_status.value

        vuln_ids: list[str] | Unset = UNSET
        if not isinstance(self.vuln_ids, Unset):
            vuln_ids = self.vuln_ids

        type_ = self.type_

        scan_id = self.scan_id

        severity: list[str] | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity

        host: list[str] | Unset = UNSET
        if not isinstance(self.host, Unset):
            host = self.host

        template: list[str] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template

        search = self.search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vuln_status": vuln_status,
            }
        )
        if vuln_ids is not UNSET:
            field_dict["vuln_ids"] = vuln_ids
        if type_ is not UNSET:
            field_dict["type"] = type_
        if scan_id is not UNSET:
            field_dict["scan_id"] = scan_id
        if severity is not UNSET:
            field_dict["severity"] = severity
        if host is not UNSET:
            field_dict["host"] = host
        if template is not UNSET:
            field_dict["template"] = template
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vuln_status = VulnStatusEnum(d.pop("vuln_status"))

        vuln_ids = cast(list[str], d.pop("vuln_ids", UNSET))

        type_ = d.pop("type", UNSET)

        scan_id = d.pop("scan_id", UNSET)

        severity = cast(list[str], d.pop("severity", UNSET))

        host = cast(list[str], d.pop("host", UNSET))

        template = cast(list[str], d.pop("template", UNSET))

        search = d.pop("search", UNSET)

        patch_v1_scans_vulns_body = cls(
            vuln_status=vuln_status,
            vuln_ids=vuln_ids,
            type_=type_,
            scan_id=scan_id,
            severity=severity,
            host=host,
            template=template,
            search=search,
        )

        patch_v1_scans_vulns_body.additional_properties = d
        return patch_v1_scans_vulns_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1ScansScanIdExportBody")


@_attrs_define
class PostV1ScansScanIdExportBody:
    """
    Attributes:
        ids (list[str] | Unset):
        vuln_status (str | Unset):
        severity (list[str] | Unset):
        host (list[str] | Unset):
        domain (list[str] | Unset):
        port (list[int] | Unset):
        template (list[str] | Unset):
        search (str | Unset):
        category (list[str] | Unset):
        is_internal (bool | Unset):
    """

    ids: list[str] | Unset = UNSET
    vuln_status: str | Unset = UNSET
    severity: list[str] | Unset = UNSET
    host: list[str] | Unset = UNSET
    domain: list[str] | Unset = UNSET
    port: list[int] | Unset = UNSET
    template: list[str] | Unset = UNSET
    search: str | Unset = UNSET
    category: list[str] | Unset = UNSET
    is_internal: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        vuln_status = self.vuln_status

        severity: list[str] | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity

        host: list[str] | Unset = UNSET
        if not isinstance(self.host, Unset):
            host = self.host

        domain: list[str] | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain

        port: list[int] | Unset = UNSET
        if not isinstance(self.port, Unset):
            port = self.port

        template: list[str] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template

        search = self.search

        category: list[str] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        is_internal = self.is_internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if vuln_status is not UNSET:
            field_dict["vuln_status"] = vuln_status
        if severity is not UNSET:
            field_dict["severity"] = severity
        if host is not UNSET:
            field_dict["host"] = host
        if domain is not UNSET:
            field_dict["domain"] = domain
        if port is not UNSET:
            field_dict["port"] = port
        if template is not UNSET:
            field_dict["template"] = template
        if search is not UNSET:
            field_dict["search"] = search
        if category is not UNSET:
            field_dict["category"] = category
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        vuln_status = d.pop("vuln_status", UNSET)

        severity = cast(list[str], d.pop("severity", UNSET))

        host = cast(list[str], d.pop("host", UNSET))

        domain = cast(list[str], d.pop("domain", UNSET))

        port = cast(list[int], d.pop("port", UNSET))

        template = cast(list[str], d.pop("template", UNSET))

        search = d.pop("search", UNSET)

        category = cast(list[str], d.pop("category", UNSET))

        is_internal = d.pop("is_internal", UNSET)

        post_v1_scans_scan_id_export_body = cls(
            ids=ids,
            vuln_status=vuln_status,
            severity=severity,
            host=host,
            domain=domain,
            port=port,
            template=template,
            search=search,
            category=category,
            is_internal=is_internal,
        )

        post_v1_scans_scan_id_export_body.additional_properties = d
        return post_v1_scans_scan_id_export_body

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_range_query_parameter import TimeRangeQueryParameter
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1ScansResultsExportBody")


@_attrs_define
class PostV1ScansResultsExportBody:
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
        scan_ids (list[str] | Unset):
        time (TimeRangeQueryParameter | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
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
    scan_ids: list[str] | Unset = UNSET
    time: TimeRangeQueryParameter | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
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

        scan_ids: list[str] | Unset = UNSET
        if not isinstance(self.scan_ids, Unset):
            scan_ids = self.scan_ids

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.value

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

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
        if scan_ids is not UNSET:
            field_dict["scan_ids"] = scan_ids
        if time is not UNSET:
            field_dict["time"] = time
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

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

        scan_ids = cast(list[str], d.pop("scan_ids", UNSET))

        _time = d.pop("time", UNSET)
        time: TimeRangeQueryParameter | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = TimeRangeQueryParameter(_time)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        post_v1_scans_results_export_body = cls(
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
            scan_ids=scan_ids,
            time=time,
            start_date=start_date,
            end_date=end_date,
        )

        post_v1_scans_results_export_body.additional_properties = d
        return post_v1_scans_results_export_body

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

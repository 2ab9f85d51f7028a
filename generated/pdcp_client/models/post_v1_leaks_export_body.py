from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_v1_leaks_export_body_group_by import PostV1LeaksExportBodyGroupBy
from ..models.post_v1_leaks_export_body_sort_by import PostV1LeaksExportBodySortBy
from ..models.post_v1_leaks_export_body_sort_order import PostV1LeaksExportBodySortOrder
from ..models.post_v1_leaks_export_body_status import PostV1LeaksExportBodyStatus
from ..models.post_v1_leaks_export_body_time_range import PostV1LeaksExportBodyTimeRange
from ..models.post_v1_leaks_export_body_type import PostV1LeaksExportBodyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1LeaksExportBody")


@_attrs_define
class PostV1LeaksExportBody:
    """
    Attributes:
        type_ (PostV1LeaksExportBodyType | Unset): Filter by specific leak type (single value only) Default:
            PostV1LeaksExportBodyType.ALL.
        domain (str | Unset): Filter leaks by specific domain (applies to employee/customer leaks)
        email (str | Unset): Filter leaks by specific email (can be personal, employee, or customer email from user's
            authorized results)
        search (str | Unset): Search query to filter results across all fields
        limit (float | Unset): Number of results per page for pagination
        page_number (float | Unset): Page number for pagination (starts from 1)
        start_date (datetime.date | Unset): time filter start date
        time_range (PostV1LeaksExportBodyTimeRange | Unset):  Default: PostV1LeaksExportBodyTimeRange.ALL_TIME.
        end_date (datetime.date | Unset): time filter end date
        sort_by (PostV1LeaksExportBodySortBy | Unset): supported sort fields
        sort_order (PostV1LeaksExportBodySortOrder | Unset): supported sort order (asc or desc)
        status (PostV1LeaksExportBodyStatus | Unset): supported status (fixed or open)
        group_by (PostV1LeaksExportBodyGroupBy | Unset): Group results by field - returns group summaries when used
            without field-specific filtering
        url (str | Unset): Filter by specific URL (used with group_by for drill-down)
        country (str | Unset): Filter by specific country (used with group_by for drill-down)
        device_ip (str | Unset): Filter by specific device IP (used with group_by for drill-down)
        hostname (str | Unset): Filter by specific hostname (used with group_by for drill-down)
        hardware_id (str | Unset): Filter by specific hardware ID (used with group_by for drill-down)
    """

    type_: PostV1LeaksExportBodyType | Unset = PostV1LeaksExportBodyType.ALL
    domain: str | Unset = UNSET
    email: str | Unset = UNSET
    search: str | Unset = UNSET
    limit: float | Unset = UNSET
    page_number: float | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    time_range: PostV1LeaksExportBodyTimeRange | Unset = (
        PostV1LeaksExportBodyTimeRange.ALL_TIME
    )
    end_date: datetime.date | Unset = UNSET
    sort_by: PostV1LeaksExportBodySortBy | Unset = UNSET
    sort_order: PostV1LeaksExportBodySortOrder | Unset = UNSET
    status: PostV1LeaksExportBodyStatus | Unset = UNSET
    group_by: PostV1LeaksExportBodyGroupBy | Unset = UNSET
    url: str | Unset = UNSET
    country: str | Unset = UNSET
    device_ip: str | Unset = UNSET
    hostname: str | Unset = UNSET
    hardware_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        domain = self.domain

        email = self.email

        search = self.search

        limit = self.limit

        page_number = self.page_number

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        time_range: str | Unset = UNSET
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range.value

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        sort_by: str | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = self.sort_by.value

        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        group_by: str | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by.value

        url = self.url

        country = self.country

        device_ip = self.device_ip

        hostname = self.hostname

        hardware_id = self.hardware_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if domain is not UNSET:
            field_dict["domain"] = domain
        if email is not UNSET:
            field_dict["email"] = email
        if search is not UNSET:
            field_dict["search"] = search
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page_number is not UNSET:
            field_dict["page_number"] = page_number
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if time_range is not UNSET:
            field_dict["time_range"] = time_range
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if status is not UNSET:
            field_dict["status"] = status
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if url is not UNSET:
            field_dict["url"] = url
        if country is not UNSET:
            field_dict["country"] = country
        if device_ip is not UNSET:
            field_dict["device_ip"] = device_ip
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if hardware_id is not UNSET:
            field_dict["hardware_id"] = hardware_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PostV1LeaksExportBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PostV1LeaksExportBodyType(_type_)

        domain = d.pop("domain", UNSET)

        email = d.pop("email", UNSET)

        search = d.pop("search", UNSET)

        limit = d.pop("limit", UNSET)

        page_number = d.pop("page_number", UNSET)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _time_range = d.pop("time_range", UNSET)
        time_range: PostV1LeaksExportBodyTimeRange | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = PostV1LeaksExportBodyTimeRange(_time_range)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: PostV1LeaksExportBodySortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = PostV1LeaksExportBodySortBy(_sort_by)

        _sort_order = d.pop("sort_order", UNSET)
        sort_order: PostV1LeaksExportBodySortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = PostV1LeaksExportBodySortOrder(_sort_order)

        _status = d.pop("status", UNSET)
        status: PostV1LeaksExportBodyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PostV1LeaksExportBodyStatus(_status)

        _group_by = d.pop("group_by", UNSET)
        group_by: PostV1LeaksExportBodyGroupBy | Unset
        if isinstance(_group_by, Unset):
            group_by = UNSET
        else:
            group_by = PostV1LeaksExportBodyGroupBy(_group_by)

        url = d.pop("url", UNSET)

        country = d.pop("country", UNSET)

        device_ip = d.pop("device_ip", UNSET)

        hostname = d.pop("hostname", UNSET)

        hardware_id = d.pop("hardware_id", UNSET)

        post_v1_leaks_export_body = cls(
            type_=type_,
            domain=domain,
            email=email,
            search=search,
            limit=limit,
            page_number=page_number,
            start_date=start_date,
            time_range=time_range,
            end_date=end_date,
            sort_by=sort_by,
            sort_order=sort_order,
            status=status,
            group_by=group_by,
            url=url,
            country=country,
            device_ip=device_ip,
            hostname=hostname,
            hardware_id=hardware_id,
        )

        post_v1_leaks_export_body.additional_properties = d
        return post_v1_leaks_export_body

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

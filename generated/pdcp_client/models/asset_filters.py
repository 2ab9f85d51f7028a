from __future__ import annotations

import datetime
import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_range_query_parameter import TimeRangeQueryParameter
from ..types import UNSET, LeftOutList, Unset, enum_or_str

T = TypeVar("T", bound="AssetFilters")


@_attrs_define
class AssetFilters:
    """
    Attributes:
        is_tech (bool | Unset): Return records that have technologies
        is_favicon (bool | Unset): Return the records that have favicon
        is_new (bool | Unset): Filter by new content
        labels (str | Unset): Filter by comma separated labels, e.g-> labels=p1,p2
        host (str | Unset): Filter by comma separated hosts, e.g-> host=p1,p2
        port (str | Unset): Filter by comma separated ports, e.g-> port=p1,p2
        status_code (str | Unset): Filter by comma separated status codes, e.g-> status_code=p1,p2
        content_length (str | Unset): Filter by comma separated content lengths, e.g-> content_length=p1,p2
        title (str | Unset): Filter by comma separated titles, e.g-> title=p1,p2
        domain (list[str] | Unset): Filter by comma separated domain names, e.g-> domain=domain1.com,domain2.com
        cname (str | Unset): Filter by comma separated cnames, e.g-> cname=p1,p2
        technologies (str | Unset): Filter by comma separated technologies, e.g-> technologies=p1,p2
        ip (str | Unset): Filter by comma separated ips, e.g-> ip=p1,p2
        is_screenshot (bool | Unset): Return the records with screenshots
        time (TimeRangeQueryParameter | Unset):
        start_date (datetime.date | Unset): Filter by start date
        end_date (datetime.date | Unset): Filter by end date
        custom_filter (str | Unset): Filter by custom filter. Double encode the query string.
        search (str | Unset): Search on the content name
        enumeration_ids (list[str] | Unset): Filter by enumeration ids
        only_dns (bool | Unset): Query only dns FQDN records
        only_ip (bool | Unset): Query only dns IP records
    """

    is_tech: bool | Unset = UNSET
    is_favicon: bool | Unset = UNSET
    is_new: bool | Unset = UNSET
    labels: str | Unset = UNSET
    host: str | Unset = UNSET
    port: str | Unset = UNSET
    status_code: str | Unset = UNSET
    content_length: str | Unset = UNSET
    title: str | Unset = UNSET
    domain: list[str] = _attrs_field(factory=LeftOutList)
    cname: str | Unset = UNSET
    technologies: str | Unset = UNSET
    ip: str | Unset = UNSET
    is_screenshot: bool | Unset = UNSET
    time: TimeRangeQueryParameter | str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    custom_filter: str | Unset = UNSET
    search: str | Unset = UNSET
    enumeration_ids: list[str] = _attrs_field(factory=LeftOutList)
    only_dns: bool | Unset = UNSET
    only_ip: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        is_tech = self.is_tech

        is_favicon = self.is_favicon

        is_new = self.is_new

        labels = self.labels

        host = self.host

        port = self.port

        status_code = self.status_code

        content_length = self.content_length

        title = self.title

        domain: list[str] | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain

        cname = self.cname

        technologies = self.technologies

        ip = self.ip

        is_screenshot = self.is_screenshot

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = getattr(self.time, "value", self.time)

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        custom_filter = self.custom_filter

        search = self.search

        enumeration_ids: list[str] | Unset = UNSET
        if not isinstance(self.enumeration_ids, Unset):
            enumeration_ids = self.enumeration_ids

        only_dns = self.only_dns

        only_ip = self.only_ip

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if is_tech is not UNSET:
            field_dict["is_tech"] = is_tech
        if is_favicon is not UNSET:
            field_dict["is_favicon"] = is_favicon
        if is_new is not UNSET:
            field_dict["is_new"] = is_new
        if labels is not UNSET:
            field_dict["labels"] = labels
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if content_length is not UNSET:
            field_dict["content_length"] = content_length
        if title is not UNSET:
            field_dict["title"] = title
        if domain is not UNSET and not (
            isinstance(self.domain, LeftOutList) and not self.domain
        ):
            field_dict["domain"] = domain
        if cname is not UNSET:
            field_dict["cname"] = cname
        if technologies is not UNSET:
            field_dict["technologies"] = technologies
        if ip is not UNSET:
            field_dict["ip"] = ip
        if is_screenshot is not UNSET:
            field_dict["is_screenshot"] = is_screenshot
        if time is not UNSET:
            field_dict["time"] = time
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if custom_filter is not UNSET:
            field_dict["custom_filter"] = custom_filter
        if search is not UNSET:
            field_dict["search"] = search
        if enumeration_ids is not UNSET and not (
            isinstance(self.enumeration_ids, LeftOutList) and not self.enumeration_ids
        ):
            field_dict["enumeration_ids"] = enumeration_ids
        if only_dns is not UNSET:
            field_dict["only_dns"] = only_dns
        if only_ip is not UNSET:
            field_dict["only_ip"] = only_ip

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_tech = d.pop("is_tech", UNSET)

        is_favicon = d.pop("is_favicon", UNSET)

        is_new = d.pop("is_new", UNSET)

        labels = d.pop("labels", UNSET)

        host = d.pop("host", UNSET)

        port = d.pop("port", UNSET)

        status_code = d.pop("status_code", UNSET)

        content_length = d.pop("content_length", UNSET)

        title = d.pop("title", UNSET)

        domain = cast(list[str], d.pop("domain", UNSET))

        cname = d.pop("cname", UNSET)

        technologies = d.pop("technologies", UNSET)

        ip = d.pop("ip", UNSET)

        is_screenshot = d.pop("is_screenshot", UNSET)

        _time = d.pop("time", UNSET)
        time: TimeRangeQueryParameter | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = enum_or_str(TimeRangeQueryParameter, _time)

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

        custom_filter = d.pop("custom_filter", UNSET)

        search = d.pop("search", UNSET)

        enumeration_ids = cast(list[str], d.pop("enumeration_ids", UNSET))

        only_dns = d.pop("only_dns", UNSET)

        only_ip = d.pop("only_ip", UNSET)

        asset_filters = cls(
            is_tech=is_tech,
            is_favicon=is_favicon,
            is_new=is_new,
            labels=labels,
            host=host,
            port=port,
            status_code=status_code,
            content_length=content_length,
            title=title,
            domain=LeftOutList() if domain is None else domain,
            cname=cname,
            technologies=technologies,
            ip=ip,
            is_screenshot=is_screenshot,
            time=time,
            start_date=start_date,
            end_date=end_date,
            custom_filter=custom_filter,
            search=search,
            enumeration_ids=LeftOutList()
            if enumeration_ids is None
            else enumeration_ids,
            only_dns=only_dns,
            only_ip=only_ip,
        )

        return asset_filters

from __future__ import annotations

import datetime
import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

if TYPE_CHECKING:
    from ..models.vulnerability_changelogs_event import VulnerabilityChangelogsEvent


T = TypeVar("T", bound="AssetChangelogs")


@_attrs_define
class AssetChangelogs:
    """
    Attributes:
        id (int):
        enumeration_id (str):
        name (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        status_code (int | Unset):
        technologies (list[str] | Unset):
        webserver (str | Unset):
        request (str | Unset):
        response (str | Unset):
        cname (list[str] | Unset):
        labels (list[str] | Unset):
        ip (str | Unset):
        content_length (int | Unset):
        title (str | Unset):
        host (str | Unset):
        port (int | Unset):
        technology_details (str | Unset):
        is_new (bool | Unset):
        body (str | Unset):
        change_event (list[VulnerabilityChangelogsEvent] | Unset):
    """

    id: int
    enumeration_id: str
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status_code: int | Unset = UNSET
    technologies: list[str] = _attrs_field(factory=LeftOutList)
    webserver: str | Unset = UNSET
    request: str | Unset = UNSET
    response: str | Unset = UNSET
    cname: list[str] = _attrs_field(factory=LeftOutList)
    labels: list[str] = _attrs_field(factory=LeftOutList)
    ip: str | Unset = UNSET
    content_length: int | Unset = UNSET
    title: str | Unset = UNSET
    host: str | Unset = UNSET
    port: int | Unset = UNSET
    technology_details: str | Unset = UNSET
    is_new: bool | Unset = UNSET
    body: str | Unset = UNSET
    change_event: list[VulnerabilityChangelogsEvent] = _attrs_field(factory=LeftOutList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        technologies: list[str] | Unset = UNSET
        if not isinstance(self.technologies, Unset):
            technologies = self.technologies

        webserver = self.webserver

        request = self.request

        response = self.response

        cname: list[str] | Unset = UNSET
        if not isinstance(self.cname, Unset):
            cname = self.cname

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        ip = self.ip

        content_length = self.content_length

        title = self.title

        host = self.host

        port = self.port

        technology_details = self.technology_details

        is_new = self.is_new

        body = self.body

        change_event: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.change_event, Unset):
            change_event = []
            for change_event_item_data in self.change_event:
                change_event_item = change_event_item_data.to_dict()
                change_event.append(change_event_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("id" in self._left_out and self.id is None):
            id = self.id
            field_dict["id"] = id
        if not ("enumeration_id" in self._left_out and self.enumeration_id is None):
            enumeration_id = self.enumeration_id
            field_dict["enumeration_id"] = enumeration_id
        if not ("name" in self._left_out and self.name is None):
            name = self.name
            field_dict["name"] = name
        if not ("created_at" in self._left_out and self.created_at is None):
            created_at = self.created_at.isoformat()
            field_dict["created_at"] = created_at
        if not ("updated_at" in self._left_out and self.updated_at is None):
            updated_at = self.updated_at.isoformat()
            field_dict["updated_at"] = updated_at
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if technologies is not UNSET and not (
            isinstance(self.technologies, LeftOutList) and not self.technologies
        ):
            field_dict["technologies"] = technologies
        if webserver is not UNSET:
            field_dict["webserver"] = webserver
        if request is not UNSET:
            field_dict["request"] = request
        if response is not UNSET:
            field_dict["response"] = response
        if cname is not UNSET and not (
            isinstance(self.cname, LeftOutList) and not self.cname
        ):
            field_dict["cname"] = cname
        if labels is not UNSET and not (
            isinstance(self.labels, LeftOutList) and not self.labels
        ):
            field_dict["labels"] = labels
        if ip is not UNSET:
            field_dict["ip"] = ip
        if content_length is not UNSET:
            field_dict["content_length"] = content_length
        if title is not UNSET:
            field_dict["title"] = title
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if technology_details is not UNSET:
            field_dict["technology_details"] = technology_details
        if is_new is not UNSET:
            field_dict["is_new"] = is_new
        if body is not UNSET:
            field_dict["body"] = body
        if change_event is not UNSET and not (
            isinstance(self.change_event, LeftOutList) and not self.change_event
        ):
            field_dict["change_event"] = change_event

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vulnerability_changelogs_event import VulnerabilityChangelogsEvent

        d = dict(src_dict)
        if "id" in d:
            id = d.pop("id")
        else:
            id = None

        if "enumeration_id" in d:
            enumeration_id = d.pop("enumeration_id")
        else:
            enumeration_id = None

        if "name" in d:
            name = d.pop("name")
        else:
            name = None

        if "created_at" in d:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        else:
            created_at = None

        if "updated_at" in d:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        else:
            updated_at = None

        status_code = d.pop("status_code", UNSET)

        technologies = cast(list[str], d.pop("technologies", UNSET))

        webserver = d.pop("webserver", UNSET)

        request = d.pop("request", UNSET)

        response = d.pop("response", UNSET)

        cname = cast(list[str], d.pop("cname", UNSET))

        labels = cast(list[str], d.pop("labels", UNSET))

        ip = d.pop("ip", UNSET)

        content_length = d.pop("content_length", UNSET)

        title = d.pop("title", UNSET)

        host = d.pop("host", UNSET)

        port = d.pop("port", UNSET)

        technology_details = d.pop("technology_details", UNSET)

        is_new = d.pop("is_new", UNSET)

        body = d.pop("body", UNSET)

        _change_event = d.pop("change_event", UNSET)
        change_event: list[VulnerabilityChangelogsEvent] | Unset = UNSET
        if _change_event is not UNSET:
            change_event = []
            for change_event_item_data in _change_event:
                change_event_item = VulnerabilityChangelogsEvent.from_dict(
                    change_event_item_data
                )

                change_event.append(change_event_item)

        asset_changelogs = cls(
            id=id,
            enumeration_id=enumeration_id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            status_code=status_code,
            technologies=LeftOutList() if technologies is None else technologies,
            webserver=webserver,
            request=request,
            response=response,
            cname=LeftOutList() if cname is None else cname,
            labels=LeftOutList() if labels is None else labels,
            ip=ip,
            content_length=content_length,
            title=title,
            host=host,
            port=port,
            technology_details=technology_details,
            is_new=is_new,
            body=body,
            change_event=LeftOutList() if change_event is None else change_event,
        )
        asset_changelogs._left_out = frozenset(
            name
            for name in (
                "id",
                "enumeration_id",
                "name",
                "created_at",
                "updated_at",
            )
            if name not in src_dict
        )

        asset_changelogs.additional_properties = d
        return asset_changelogs

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

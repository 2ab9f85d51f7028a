from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.misconfiguration_response_finding_type import (
    MisconfigurationResponseFindingType,
)
from ..models.misconfiguration_response_severity import MisconfigurationResponseSeverity
from ..models.misconfiguration_response_status import MisconfigurationResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.misconfiguration_response_event import MisconfigurationResponseEvent


T = TypeVar("T", bound="MisconfigurationResponse")


@_attrs_define
class MisconfigurationResponse:
    """
    Attributes:
        id (str | Unset): Unique identifier for the finding
        enumeration_id (str | Unset): ID of the enumeration run that discovered this finding
        finding_type (MisconfigurationResponseFindingType | Unset): Type of misconfiguration: dangling_dns (AWS Elastic
            IP no longer exists) or origin_exposure (Cloudflare origin IP leaked)
        host (str | Unset): The affected hostname or domain
        severity (MisconfigurationResponseSeverity | Unset): Severity level of the finding
        status (MisconfigurationResponseStatus | Unset): Current status of the finding
        event (MisconfigurationResponseEvent | Unset): Type-specific finding details. For dangling_dns: host, ip,
            provider (AWS). For origin_exposure: provider (Cloudflare), origin_ip, leaking_hosts.
        created_at (datetime.date | Unset): When the finding was first discovered
        updated_at (datetime.date | Unset): When the finding was last updated
    """

    id: str | Unset = UNSET
    enumeration_id: str | Unset = UNSET
    finding_type: MisconfigurationResponseFindingType | Unset = UNSET
    host: str | Unset = UNSET
    severity: MisconfigurationResponseSeverity | Unset = UNSET
    status: MisconfigurationResponseStatus | Unset = UNSET
    event: MisconfigurationResponseEvent | Unset = UNSET
    created_at: datetime.date | Unset = UNSET
    updated_at: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        enumeration_id = self.enumeration_id

        finding_type: str | Unset = UNSET
        if not isinstance(self.finding_type, Unset):
            finding_type = self.finding_type.value

        host = self.host

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if enumeration_id is not UNSET:
            field_dict["enumeration_id"] = enumeration_id
        if finding_type is not UNSET:
            field_dict["finding_type"] = finding_type
        if host is not UNSET:
            field_dict["host"] = host
        if severity is not UNSET:
            field_dict["severity"] = severity
        if status is not UNSET:
            field_dict["status"] = status
        if event is not UNSET:
            field_dict["event"] = event
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.misconfiguration_response_event import (
            MisconfigurationResponseEvent,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        enumeration_id = d.pop("enumeration_id", UNSET)

        _finding_type = d.pop("finding_type", UNSET)
        finding_type: MisconfigurationResponseFindingType | Unset
        if isinstance(_finding_type, Unset):
            finding_type = UNSET
        else:
            finding_type = MisconfigurationResponseFindingType(_finding_type)

        host = d.pop("host", UNSET)

        _severity = d.pop("severity", UNSET)
        severity: MisconfigurationResponseSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = MisconfigurationResponseSeverity(_severity)

        _status = d.pop("status", UNSET)
        status: MisconfigurationResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MisconfigurationResponseStatus(_status)

        _event = d.pop("event", UNSET)
        event: MisconfigurationResponseEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = MisconfigurationResponseEvent.from_dict(_event)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.date | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.date.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.date | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.date.fromisoformat(_updated_at)

        misconfiguration_response = cls(
            id=id,
            enumeration_id=enumeration_id,
            finding_type=finding_type,
            host=host,
            severity=severity,
            status=status,
            event=event,
            created_at=created_at,
            updated_at=updated_at,
        )

        misconfiguration_response.additional_properties = d
        return misconfiguration_response

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

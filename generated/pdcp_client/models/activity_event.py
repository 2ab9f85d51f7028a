from __future__ import annotations

import datetime
import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_event_status import ActivityEventStatus
from ..types import UNSET, Unset, enum_or_str

if TYPE_CHECKING:
    from ..models.activity_event_message_payload import ActivityEventMessagePayload


T = TypeVar("T", bound="ActivityEvent")


@_attrs_define
class ActivityEvent:
    """
    Attributes:
        event_type (str): Event type (e.g., asset_policy_applied, asset_policy_processed, asset_policy_alert_sent)
        subject_type (str): Subject type (e.g., asset_policy)
        subject_id (str): Subject ID (policy ID)
        status (ActivityEventStatus):
        created_at (datetime.datetime):
        id (str | Unset):
        subject_name (str | Unset): Subject name (policy name)
        error_message (str | Unset):
        channel (str | Unset): Notification channel (email, slack, etc.)
        destination (str | Unset): Notification destination (redacted)
        alert_config_id (str | Unset):
        asset_policy_id (str | Unset):
        updated_at (datetime.datetime | Unset):
        seen (bool | Unset):
        message_payload (ActivityEventMessagePayload | Unset): Event metadata
    """

    event_type: str
    subject_type: str
    subject_id: str
    status: ActivityEventStatus | str
    created_at: datetime.datetime
    id: str | Unset = UNSET
    subject_name: str | Unset = UNSET
    error_message: str | Unset = UNSET
    channel: str | Unset = UNSET
    destination: str | Unset = UNSET
    alert_config_id: str | Unset = UNSET
    asset_policy_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    seen: bool | Unset = UNSET
    message_payload: ActivityEventMessagePayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject_name = self.subject_name

        error_message = self.error_message

        channel = self.channel

        destination = self.destination

        alert_config_id = self.alert_config_id

        asset_policy_id = self.asset_policy_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        seen = self.seen

        message_payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_payload, Unset):
            message_payload = self.message_payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("event_type" in self._left_out and self.event_type is None):
            event_type = self.event_type
            field_dict["event_type"] = event_type
        if not ("subject_type" in self._left_out and self.subject_type is None):
            subject_type = self.subject_type
            field_dict["subject_type"] = subject_type
        if not ("subject_id" in self._left_out and self.subject_id is None):
            subject_id = self.subject_id
            field_dict["subject_id"] = subject_id
        if not ("status" in self._left_out and self.status is None):
            status = getattr(self.status, "value", self.status)
            field_dict["status"] = status
        if not ("created_at" in self._left_out and self.created_at is None):
            created_at = self.created_at.isoformat()
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if subject_name is not UNSET:
            field_dict["subject_name"] = subject_name
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if channel is not UNSET:
            field_dict["channel"] = channel
        if destination is not UNSET:
            field_dict["destination"] = destination
        if alert_config_id is not UNSET:
            field_dict["alert_config_id"] = alert_config_id
        if asset_policy_id is not UNSET:
            field_dict["asset_policy_id"] = asset_policy_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if seen is not UNSET:
            field_dict["seen"] = seen
        if message_payload is not UNSET:
            field_dict["message_payload"] = message_payload

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.activity_event_message_payload import ActivityEventMessagePayload

        d = dict(src_dict)
        if "event_type" in d:
            event_type = d.pop("event_type")
        else:
            event_type = None

        if "subject_type" in d:
            subject_type = d.pop("subject_type")
        else:
            subject_type = None

        if "subject_id" in d:
            subject_id = d.pop("subject_id")
        else:
            subject_id = None

        if "status" in d:
            status = enum_or_str(ActivityEventStatus, d.pop("status"))

        else:
            status = None

        if "created_at" in d:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        else:
            created_at = None

        id = d.pop("id", UNSET)

        subject_name = d.pop("subject_name", UNSET)

        error_message = d.pop("error_message", UNSET)

        channel = d.pop("channel", UNSET)

        destination = d.pop("destination", UNSET)

        alert_config_id = d.pop("alert_config_id", UNSET)

        asset_policy_id = d.pop("asset_policy_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        seen = d.pop("seen", UNSET)

        _message_payload = d.pop("message_payload", UNSET)
        message_payload: ActivityEventMessagePayload | Unset
        if isinstance(_message_payload, Unset):
            message_payload = UNSET
        else:
            message_payload = ActivityEventMessagePayload.from_dict(_message_payload)

        activity_event = cls(
            event_type=event_type,
            subject_type=subject_type,
            subject_id=subject_id,
            status=status,
            created_at=created_at,
            id=id,
            subject_name=subject_name,
            error_message=error_message,
            channel=channel,
            destination=destination,
            alert_config_id=alert_config_id,
            asset_policy_id=asset_policy_id,
            updated_at=updated_at,
            seen=seen,
            message_payload=message_payload,
        )
        activity_event._left_out = frozenset(
            name
            for name in (
                "event_type",
                "subject_type",
                "subject_id",
                "status",
                "created_at",
            )
            if name not in src_dict
        )

        activity_event.additional_properties = d
        return activity_event

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

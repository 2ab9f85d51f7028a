from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_audit_log_items_source import UserAuditLogItemsSource
from ..types import UNSET, Unset, enum_or_str

T = TypeVar("T", bound="UserAuditLogItems")


@_attrs_define
class UserAuditLogItems:
    """
    Attributes:
        created_at (str):
        email (str):
        action (str):
        status (int):
        method (str):
        ip (str):
        path (str):
        source (UserAuditLogItemsSource | Unset): Request origin - "api" for x-api-key authentication, "platform" for
            JWT token, "unknown" for fallback. NULL for historical records (displayed as "-" in UI)
    """

    created_at: str
    email: str
    action: str
    status: int
    method: str
    ip: str
    path: str
    source: UserAuditLogItemsSource | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = getattr(self.source, "value", self.source)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("created_at" in self._left_out and self.created_at is None):
            created_at = self.created_at
            field_dict["created_at"] = created_at
        if not ("email" in self._left_out and self.email is None):
            email = self.email
            field_dict["email"] = email
        if not ("action" in self._left_out and self.action is None):
            action = self.action
            field_dict["action"] = action
        if not ("status" in self._left_out and self.status is None):
            status = self.status
            field_dict["status"] = status
        if not ("method" in self._left_out and self.method is None):
            method = self.method
            field_dict["method"] = method
        if not ("ip" in self._left_out and self.ip is None):
            ip = self.ip
            field_dict["ip"] = ip
        if not ("path" in self._left_out and self.path is None):
            path = self.path
            field_dict["path"] = path
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "created_at" in d:
            created_at = d.pop("created_at")
        else:
            created_at = None

        if "email" in d:
            email = d.pop("email")
        else:
            email = None

        if "action" in d:
            action = d.pop("action")
        else:
            action = None

        if "status" in d:
            status = d.pop("status")
        else:
            status = None

        if "method" in d:
            method = d.pop("method")
        else:
            method = None

        if "ip" in d:
            ip = d.pop("ip")
        else:
            ip = None

        if "path" in d:
            path = d.pop("path")
        else:
            path = None

        _source = d.pop("source", UNSET)
        source: UserAuditLogItemsSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = enum_or_str(UserAuditLogItemsSource, _source)

        user_audit_log_items = cls(
            created_at=created_at,
            email=email,
            action=action,
            status=status,
            method=method,
            ip=ip,
            path=path,
            source=source,
        )
        user_audit_log_items._left_out = frozenset(
            name
            for name in (
                "created_at",
                "email",
                "action",
                "status",
                "method",
                "ip",
                "path",
            )
            if name not in src_dict
        )

        user_audit_log_items.additional_properties = d
        return user_audit_log_items

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

from __future__ import annotations

import datetime
import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomSeverityMapping")


@_attrs_define
class CustomSeverityMapping:
    """
    Attributes:
        id (int | Unset):
        template_id (str | Unset):
        original_severity (str | Unset):
        custom_severity (str | Unset):
        vuln_id (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: int | Unset = UNSET
    template_id: str | Unset = UNSET
    original_severity: str | Unset = UNSET
    custom_severity: str | Unset = UNSET
    vuln_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        template_id = self.template_id

        original_severity = self.original_severity

        custom_severity = self.custom_severity

        vuln_id = self.vuln_id

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
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if original_severity is not UNSET:
            field_dict["original_severity"] = original_severity
        if custom_severity is not UNSET:
            field_dict["custom_severity"] = custom_severity
        if vuln_id is not UNSET:
            field_dict["vuln_id"] = vuln_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        template_id = d.pop("template_id", UNSET)

        original_severity = d.pop("original_severity", UNSET)

        custom_severity = d.pop("custom_severity", UNSET)

        vuln_id = d.pop("vuln_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        custom_severity_mapping = cls(
            id=id,
            template_id=template_id,
            original_severity=original_severity,
            custom_severity=custom_severity,
            vuln_id=vuln_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        custom_severity_mapping.additional_properties = d
        return custom_severity_mapping

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

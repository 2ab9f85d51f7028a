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
        id (int):
        template_id (str):
        original_severity (str):
        custom_severity (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        vuln_id (str | Unset):
    """

    id: int
    template_id: str
    original_severity: str
    custom_severity: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    vuln_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        vuln_id = self.vuln_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("id" in self._left_out and self.id is None):
            id = self.id
            field_dict["id"] = id
        if not ("template_id" in self._left_out and self.template_id is None):
            template_id = self.template_id
            field_dict["template_id"] = template_id
        if not (
            "original_severity" in self._left_out and self.original_severity is None
        ):
            original_severity = self.original_severity
            field_dict["original_severity"] = original_severity
        if not ("custom_severity" in self._left_out and self.custom_severity is None):
            custom_severity = self.custom_severity
            field_dict["custom_severity"] = custom_severity
        if not ("created_at" in self._left_out and self.created_at is None):
            created_at = self.created_at.isoformat()
            field_dict["created_at"] = created_at
        if not ("updated_at" in self._left_out and self.updated_at is None):
            updated_at = self.updated_at.isoformat()
            field_dict["updated_at"] = updated_at
        if vuln_id is not UNSET:
            field_dict["vuln_id"] = vuln_id

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "id" in d:
            id = d.pop("id")
        else:
            id = None

        if "template_id" in d:
            template_id = d.pop("template_id")
        else:
            template_id = None

        if "original_severity" in d:
            original_severity = d.pop("original_severity")
        else:
            original_severity = None

        if "custom_severity" in d:
            custom_severity = d.pop("custom_severity")
        else:
            custom_severity = None

        if "created_at" in d:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        else:
            created_at = None

        if "updated_at" in d:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        else:
            updated_at = None

        vuln_id = d.pop("vuln_id", UNSET)

        custom_severity_mapping = cls(
            id=id,
            template_id=template_id,
            original_severity=original_severity,
            custom_severity=custom_severity,
            created_at=created_at,
            updated_at=updated_at,
            vuln_id=vuln_id,
        )
        custom_severity_mapping._left_out = frozenset(
            name
            for name in (
                "id",
                "template_id",
                "original_severity",
                "custom_severity",
                "created_at",
                "updated_at",
            )
            if name not in src_dict
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

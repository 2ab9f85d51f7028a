from __future__ import annotations

import datetime
import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exclude_config_request_type import ExcludeConfigRequestType
from ..types import UNSET, Unset, enum_or_str

T = TypeVar("T", bound="ExcludedTemplatesAndTargets")


@_attrs_define
class ExcludedTemplatesAndTargets:
    """
    Attributes:
        id (int):
        value (str):
        exclude_type (ExcludeConfigRequestType):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        scan_id (str | Unset): Optional scan ID if this rule is scoped to a specific scan
        enumeration_id (str | Unset): Optional enumeration ID if this rule is scoped to a specific enumeration
    """

    id: int
    value: str
    exclude_type: ExcludeConfigRequestType | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    scan_id: str | Unset = UNSET
    enumeration_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        exclude_type = getattr(self.exclude_type, "value", self.exclude_type)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        scan_id = self.scan_id

        enumeration_id = self.enumeration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "value": value,
                "exclude_type": exclude_type,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if scan_id is not UNSET:
            field_dict["scan_id"] = scan_id
        if enumeration_id is not UNSET:
            field_dict["enumeration_id"] = enumeration_id

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        value = d.pop("value")

        exclude_type = enum_or_str(ExcludeConfigRequestType, d.pop("exclude_type"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        scan_id = d.pop("scan_id", UNSET)

        enumeration_id = d.pop("enumeration_id", UNSET)

        excluded_templates_and_targets = cls(
            id=id,
            value=value,
            exclude_type=exclude_type,
            created_at=created_at,
            updated_at=updated_at,
            scan_id=scan_id,
            enumeration_id=enumeration_id,
        )

        excluded_templates_and_targets.additional_properties = d
        return excluded_templates_and_targets

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

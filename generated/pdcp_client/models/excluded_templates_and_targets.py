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
        id (int | Unset):
        value (str | Unset):
        exclude_type (ExcludeConfigRequestType | Unset):
        scan_id (str | Unset): Optional scan ID if this rule is scoped to a specific scan
        enumeration_id (str | Unset): Optional enumeration ID if this rule is scoped to a specific enumeration
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: int | Unset = UNSET
    value: str | Unset = UNSET
    exclude_type: ExcludeConfigRequestType | str | Unset = UNSET
    scan_id: str | Unset = UNSET
    enumeration_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        exclude_type: str | Unset = UNSET
        if not isinstance(self.exclude_type, Unset):
            exclude_type = getattr(self.exclude_type, "value", self.exclude_type)

        scan_id = self.scan_id

        enumeration_id = self.enumeration_id

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
        if value is not UNSET:
            field_dict["value"] = value
        if exclude_type is not UNSET:
            field_dict["exclude_type"] = exclude_type
        if scan_id is not UNSET:
            field_dict["scan_id"] = scan_id
        if enumeration_id is not UNSET:
            field_dict["enumeration_id"] = enumeration_id
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

        value = d.pop("value", UNSET)

        _exclude_type = d.pop("exclude_type", UNSET)
        exclude_type: ExcludeConfigRequestType | Unset
        if isinstance(_exclude_type, Unset):
            exclude_type = UNSET
        else:
            exclude_type = enum_or_str(ExcludeConfigRequestType, _exclude_type)

        scan_id = d.pop("scan_id", UNSET)

        enumeration_id = d.pop("enumeration_id", UNSET)

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

        excluded_templates_and_targets = cls(
            id=id,
            value=value,
            exclude_type=exclude_type,
            scan_id=scan_id,
            enumeration_id=enumeration_id,
            created_at=created_at,
            updated_at=updated_at,
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

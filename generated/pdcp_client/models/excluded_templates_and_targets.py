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
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        scan_id = self.scan_id

        enumeration_id = self.enumeration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("id" in self._left_out and self.id is None):
            id = self.id
            field_dict["id"] = id
        if not ("value" in self._left_out and self.value is None):
            value = self.value
            field_dict["value"] = value
        if not ("exclude_type" in self._left_out and self.exclude_type is None):
            exclude_type = getattr(self.exclude_type, "value", self.exclude_type)
            field_dict["exclude_type"] = exclude_type
        if not ("created_at" in self._left_out and self.created_at is None):
            created_at = self.created_at.isoformat()
            field_dict["created_at"] = created_at
        if not ("updated_at" in self._left_out and self.updated_at is None):
            updated_at = self.updated_at.isoformat()
            field_dict["updated_at"] = updated_at
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
        if "id" in d:
            id = d.pop("id")
        else:
            id = None

        if "value" in d:
            value = d.pop("value")
        else:
            value = None

        if "exclude_type" in d:
            exclude_type = enum_or_str(ExcludeConfigRequestType, d.pop("exclude_type"))

        else:
            exclude_type = None

        if "created_at" in d:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        else:
            created_at = None

        if "updated_at" in d:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        else:
            updated_at = None

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
        excluded_templates_and_targets._left_out = frozenset(
            name
            for name in (
                "id",
                "value",
                "exclude_type",
                "created_at",
                "updated_at",
            )
            if name not in src_dict
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

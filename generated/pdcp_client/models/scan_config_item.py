from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScanConfigItem")


@_attrs_define
class ScanConfigItem:
    """
    Attributes:
        id (str):
        name (str):
        config_type (str):
        provider_name (str | Unset):
    """

    id: str
    name: str
    config_type: str
    provider_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        provider_name = self.provider_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("id" in self._left_out and self.id is None):
            id = self.id
            field_dict["id"] = id
        if not ("name" in self._left_out and self.name is None):
            name = self.name
            field_dict["name"] = name
        if not ("config_type" in self._left_out and self.config_type is None):
            config_type = self.config_type
            field_dict["config_type"] = config_type
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name

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

        if "name" in d:
            name = d.pop("name")
        else:
            name = None

        if "config_type" in d:
            config_type = d.pop("config_type")
        else:
            config_type = None

        provider_name = d.pop("provider_name", UNSET)

        scan_config_item = cls(
            id=id,
            name=name,
            config_type=config_type,
            provider_name=provider_name,
        )
        scan_config_item._left_out = frozenset(
            name
            for name in (
                "id",
                "name",
                "config_type",
            )
            if name not in src_dict
        )

        scan_config_item.additional_properties = d
        return scan_config_item

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

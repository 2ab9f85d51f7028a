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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        config_type = self.config_type

        provider_name = self.provider_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "config_type": config_type,
            }
        )
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        config_type = d.pop("config_type")

        provider_name = d.pop("provider_name", UNSET)

        scan_config_item = cls(
            id=id,
            name=name,
            config_type=config_type,
            provider_name=provider_name,
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

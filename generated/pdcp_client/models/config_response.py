from __future__ import annotations

import datetime
import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.config_type_enum import ConfigTypeEnum
from ..types import UNSET, Unset, enum_or_str

T = TypeVar("T", bound="ConfigResponse")


@_attrs_define
class ConfigResponse:
    """
    Attributes:
        id (str):
        config (str):
        config_type (ConfigTypeEnum):
        name (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        read_only (bool | Unset):
        global_ (bool | Unset):
        provider_name (str | Unset):
    """

    id: str
    config: str
    config_type: ConfigTypeEnum | str
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    read_only: bool | Unset = UNSET
    global_: bool | Unset = UNSET
    provider_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        read_only = self.read_only

        global_ = self.global_

        provider_name = self.provider_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("id" in self._left_out and self.id is None):
            id = self.id
            field_dict["id"] = id
        if not ("config" in self._left_out and self.config is None):
            config = self.config
            field_dict["config"] = config
        if not ("config_type" in self._left_out and self.config_type is None):
            config_type = getattr(self.config_type, "value", self.config_type)
            field_dict["config_type"] = config_type
        if not ("name" in self._left_out and self.name is None):
            name = self.name
            field_dict["name"] = name
        if not ("created_at" in self._left_out and self.created_at is None):
            created_at = self.created_at.isoformat()
            field_dict["created_at"] = created_at
        if not ("updated_at" in self._left_out and self.updated_at is None):
            updated_at = self.updated_at.isoformat()
            field_dict["updated_at"] = updated_at
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if global_ is not UNSET:
            field_dict["global"] = global_
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

        if "config" in d:
            config = d.pop("config")
        else:
            config = None

        if "config_type" in d:
            config_type = enum_or_str(ConfigTypeEnum, d.pop("config_type"))

        else:
            config_type = None

        if "name" in d:
            name = d.pop("name")
        else:
            name = None

        if "created_at" in d:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        else:
            created_at = None

        if "updated_at" in d:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        else:
            updated_at = None

        read_only = d.pop("read_only", UNSET)

        global_ = d.pop("global", UNSET)

        provider_name = d.pop("provider_name", UNSET)

        config_response = cls(
            id=id,
            config=config,
            config_type=config_type,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            read_only=read_only,
            global_=global_,
            provider_name=provider_name,
        )
        config_response._left_out = frozenset(
            name
            for name in (
                "id",
                "config",
                "config_type",
                "name",
                "created_at",
                "updated_at",
            )
            if name not in src_dict
        )

        config_response.additional_properties = d
        return config_response

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

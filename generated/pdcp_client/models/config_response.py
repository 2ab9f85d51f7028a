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
        id (str | Unset):
        config (str | Unset):
        config_type (ConfigTypeEnum | Unset):
        name (str | Unset):
        read_only (bool | Unset):
        global_ (bool | Unset):
        provider_name (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    config: str | Unset = UNSET
    config_type: ConfigTypeEnum | str | Unset = UNSET
    name: str | Unset = UNSET
    read_only: bool | Unset = UNSET
    global_: bool | Unset = UNSET
    provider_name: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        config = self.config

        config_type: str | Unset = UNSET
        if not isinstance(self.config_type, Unset):
            config_type = getattr(self.config_type, "value", self.config_type)

        name = self.name

        read_only = self.read_only

        global_ = self.global_

        provider_name = self.provider_name

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
        if config is not UNSET:
            field_dict["config"] = config
        if config_type is not UNSET:
            field_dict["config_type"] = config_type
        if name is not UNSET:
            field_dict["name"] = name
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if global_ is not UNSET:
            field_dict["global"] = global_
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
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

        config = d.pop("config", UNSET)

        _config_type = d.pop("config_type", UNSET)
        config_type: ConfigTypeEnum | Unset
        if isinstance(_config_type, Unset):
            config_type = UNSET
        else:
            config_type = enum_or_str(ConfigTypeEnum, _config_type)

        name = d.pop("name", UNSET)

        read_only = d.pop("read_only", UNSET)

        global_ = d.pop("global", UNSET)

        provider_name = d.pop("provider_name", UNSET)

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

        config_response = cls(
            id=id,
            config=config,
            config_type=config_type,
            name=name,
            read_only=read_only,
            global_=global_,
            provider_name=provider_name,
            created_at=created_at,
            updated_at=updated_at,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.config_type_enum import ConfigTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1ScansConfigBody")


@_attrs_define
class PostV1ScansConfigBody:
    """
    Attributes:
        config (str):
        name (str):
        config_type (ConfigTypeEnum | Unset):
        global_ (bool | Unset):
        oauth_config_id (str | Unset): ID of existing OAuth config to update with the complete configuration
    """

    config: str
    name: str
    config_type: ConfigTypeEnum | Unset = UNSET
    global_: bool | Unset = UNSET
    oauth_config_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config

        name = self.name

        config_type: str | Unset = UNSET
        if not isinstance(self.config_type, Unset):
            config_type = self.config_type.value

        global_ = self.global_

        oauth_config_id = self.oauth_config_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "name": name,
            }
        )
        if config_type is not UNSET:
            field_dict["config_type"] = config_type
        if global_ is not UNSET:
            field_dict["global"] = global_
        if oauth_config_id is not UNSET:
            field_dict["oauth_config_id"] = oauth_config_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        config = d.pop("config")

        name = d.pop("name")

        _config_type = d.pop("config_type", UNSET)
        config_type: ConfigTypeEnum | Unset
        if isinstance(_config_type, Unset):
            config_type = UNSET
        else:
            config_type = ConfigTypeEnum(_config_type)

        global_ = d.pop("global", UNSET)

        oauth_config_id = d.pop("oauth_config_id", UNSET)

        post_v1_scans_config_body = cls(
            config=config,
            name=name,
            config_type=config_type,
            global_=global_,
            oauth_config_id=oauth_config_id,
        )

        post_v1_scans_config_body.additional_properties = d
        return post_v1_scans_config_body

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

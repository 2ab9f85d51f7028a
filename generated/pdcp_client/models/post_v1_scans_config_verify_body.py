from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1ScansConfigVerifyBody")


@_attrs_define
class PostV1ScansConfigVerifyBody:
    """
    Attributes:
        config (str):
        config_type (str | Unset):
        oauth_config_id (str | Unset):
    """

    config: str
    config_type: str | Unset = UNSET
    oauth_config_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config

        config_type = self.config_type

        oauth_config_id = self.oauth_config_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
            }
        )
        if config_type is not UNSET:
            field_dict["config_type"] = config_type
        if oauth_config_id is not UNSET:
            field_dict["oauth_config_id"] = oauth_config_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        config = d.pop("config")

        config_type = d.pop("config_type", UNSET)

        oauth_config_id = d.pop("oauth_config_id", UNSET)

        post_v1_scans_config_verify_body = cls(
            config=config,
            config_type=config_type,
            oauth_config_id=oauth_config_id,
        )

        post_v1_scans_config_verify_body.additional_properties = d
        return post_v1_scans_config_verify_body

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

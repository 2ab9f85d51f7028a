from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnumerationLaunchConfig")


@_attrs_define
class EnumerationLaunchConfig:
    """
    Attributes:
        follow_redirect (bool | Unset):
        ports (str | Unset):
    """

    follow_redirect: bool | Unset = UNSET
    ports: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        follow_redirect = self.follow_redirect

        ports = self.ports

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if follow_redirect is not UNSET:
            field_dict["follow-redirect"] = follow_redirect
        if ports is not UNSET:
            field_dict["ports"] = ports

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        follow_redirect = d.pop("follow-redirect", UNSET)

        ports = d.pop("ports", UNSET)

        enumeration_launch_config = cls(
            follow_redirect=follow_redirect,
            ports=ports,
        )

        enumeration_launch_config.additional_properties = d
        return enumeration_launch_config

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

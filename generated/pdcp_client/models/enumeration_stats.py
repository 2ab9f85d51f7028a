from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnumerationStats")


@_attrs_define
class EnumerationStats:
    """
    Attributes:
        hosts (int):
        http (int):
        endpoints (int):
        ports (int):
        total_assets (int):
        total_asset_groups (int | Unset):
    """

    hosts: int
    http: int
    endpoints: int
    ports: int
    total_assets: int
    total_asset_groups: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hosts = self.hosts

        http = self.http

        endpoints = self.endpoints

        ports = self.ports

        total_assets = self.total_assets

        total_asset_groups = self.total_asset_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hosts": hosts,
                "http": http,
                "endpoints": endpoints,
                "ports": ports,
                "total_assets": total_assets,
            }
        )
        if total_asset_groups is not UNSET:
            field_dict["total_asset_groups"] = total_asset_groups

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hosts = d.pop("hosts")

        http = d.pop("http")

        endpoints = d.pop("endpoints")

        ports = d.pop("ports")

        total_assets = d.pop("total_assets")

        total_asset_groups = d.pop("total_asset_groups", UNSET)

        enumeration_stats = cls(
            hosts=hosts,
            http=http,
            endpoints=endpoints,
            ports=ports,
            total_assets=total_assets,
            total_asset_groups=total_asset_groups,
        )

        enumeration_stats.additional_properties = d
        return enumeration_stats

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

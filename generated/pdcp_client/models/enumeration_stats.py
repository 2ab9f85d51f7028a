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
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        total_asset_groups = self.total_asset_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("hosts" in self._left_out and self.hosts is None):
            hosts = self.hosts
            field_dict["hosts"] = hosts
        if not ("http" in self._left_out and self.http is None):
            http = self.http
            field_dict["http"] = http
        if not ("endpoints" in self._left_out and self.endpoints is None):
            endpoints = self.endpoints
            field_dict["endpoints"] = endpoints
        if not ("ports" in self._left_out and self.ports is None):
            ports = self.ports
            field_dict["ports"] = ports
        if not ("total_assets" in self._left_out and self.total_assets is None):
            total_assets = self.total_assets
            field_dict["total_assets"] = total_assets
        if total_asset_groups is not UNSET:
            field_dict["total_asset_groups"] = total_asset_groups

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "hosts" in d:
            hosts = d.pop("hosts")
        else:
            hosts = None

        if "http" in d:
            http = d.pop("http")
        else:
            http = None

        if "endpoints" in d:
            endpoints = d.pop("endpoints")
        else:
            endpoints = None

        if "ports" in d:
            ports = d.pop("ports")
        else:
            ports = None

        if "total_assets" in d:
            total_assets = d.pop("total_assets")
        else:
            total_assets = None

        total_asset_groups = d.pop("total_asset_groups", UNSET)

        enumeration_stats = cls(
            hosts=hosts,
            http=http,
            endpoints=endpoints,
            ports=ports,
            total_assets=total_assets,
            total_asset_groups=total_asset_groups,
        )
        enumeration_stats._left_out = frozenset(
            name
            for name in (
                "hosts",
                "http",
                "endpoints",
                "ports",
                "total_assets",
            )
            if name not in src_dict
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

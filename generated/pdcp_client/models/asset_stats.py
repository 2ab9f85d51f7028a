from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetStats")


@_attrs_define
class AssetStats:
    """
    Attributes:
        host (int):
        new_assets (int):
        total_assets (int):
        technologies (int):
        domains (int):
        port (int):
        screenshots (int):
        vulnerabilities (int):
        is_internal (int | Unset): Count of internal assets
        is_external (int | Unset): Count of external assets
    """

    host: int
    new_assets: int
    total_assets: int
    technologies: int
    domains: int
    port: int
    screenshots: int
    vulnerabilities: int
    is_internal: int | Unset = UNSET
    is_external: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        new_assets = self.new_assets

        total_assets = self.total_assets

        technologies = self.technologies

        domains = self.domains

        port = self.port

        screenshots = self.screenshots

        vulnerabilities = self.vulnerabilities

        is_internal = self.is_internal

        is_external = self.is_external

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "new_assets": new_assets,
                "total_assets": total_assets,
                "technologies": technologies,
                "domains": domains,
                "port": port,
                "screenshots": screenshots,
                "vulnerabilities": vulnerabilities,
            }
        )
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal
        if is_external is not UNSET:
            field_dict["is_external"] = is_external

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        host = d.pop("host")

        new_assets = d.pop("new_assets")

        total_assets = d.pop("total_assets")

        technologies = d.pop("technologies")

        domains = d.pop("domains")

        port = d.pop("port")

        screenshots = d.pop("screenshots")

        vulnerabilities = d.pop("vulnerabilities")

        is_internal = d.pop("is_internal", UNSET)

        is_external = d.pop("is_external", UNSET)

        asset_stats = cls(
            host=host,
            new_assets=new_assets,
            total_assets=total_assets,
            technologies=technologies,
            domains=domains,
            port=port,
            screenshots=screenshots,
            vulnerabilities=vulnerabilities,
            is_internal=is_internal,
            is_external=is_external,
        )

        asset_stats.additional_properties = d
        return asset_stats

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

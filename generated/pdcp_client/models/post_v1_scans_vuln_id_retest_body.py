from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1ScansVulnIdRetestBody")


@_attrs_define
class PostV1ScansVulnIdRetestBody:
    """
    Attributes:
        socks5_proxy (str | Unset):
        agent_id (str | Unset):
        agent_tags (list[str] | Unset):
        agent_networks (list[str] | Unset):
    """

    socks5_proxy: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    agent_tags: list[str] | Unset = UNSET
    agent_networks: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        socks5_proxy = self.socks5_proxy

        agent_id = self.agent_id

        agent_tags: list[str] | Unset = UNSET
        if not isinstance(self.agent_tags, Unset):
            agent_tags = self.agent_tags

        agent_networks: list[str] | Unset = UNSET
        if not isinstance(self.agent_networks, Unset):
            agent_networks = self.agent_networks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if socks5_proxy is not UNSET:
            field_dict["socks5_proxy"] = socks5_proxy
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_tags is not UNSET:
            field_dict["agent_tags"] = agent_tags
        if agent_networks is not UNSET:
            field_dict["agent_networks"] = agent_networks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        socks5_proxy = d.pop("socks5_proxy", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        agent_tags = cast(list[str], d.pop("agent_tags", UNSET))

        agent_networks = cast(list[str], d.pop("agent_networks", UNSET))

        post_v1_scans_vuln_id_retest_body = cls(
            socks5_proxy=socks5_proxy,
            agent_id=agent_id,
            agent_tags=agent_tags,
            agent_networks=agent_networks,
        )

        post_v1_scans_vuln_id_retest_body.additional_properties = d
        return post_v1_scans_vuln_id_retest_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentItem")


@_attrs_define
class AgentItem:
    """
    Attributes:
        name (str):
        os (str):
        arch (str):
        tunnel_ip (str):
        tunnel_port (str):
        client_ip (str):
        username (str):
        token (str):
        id (str):
        status (str):
        type_ (str):
        last_update (str | Unset):
        tags (list[str] | Unset):
        networks (list[str] | Unset):
        network_subnets (list[str] | Unset):
    """

    name: str
    os: str
    arch: str
    tunnel_ip: str
    tunnel_port: str
    client_ip: str
    username: str
    token: str
    id: str
    status: str
    type_: str
    last_update: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    networks: list[str] | Unset = UNSET
    network_subnets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        os = self.os

        arch = self.arch

        tunnel_ip = self.tunnel_ip

        tunnel_port = self.tunnel_port

        client_ip = self.client_ip

        username = self.username

        token = self.token

        id = self.id

        status = self.status

        type_ = self.type_

        last_update = self.last_update

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        networks: list[str] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = self.networks

        network_subnets: list[str] | Unset = UNSET
        if not isinstance(self.network_subnets, Unset):
            network_subnets = self.network_subnets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "os": os,
                "arch": arch,
                "tunnel_ip": tunnel_ip,
                "tunnel_port": tunnel_port,
                "client_ip": client_ip,
                "username": username,
                "token": token,
                "id": id,
                "status": status,
                "type": type_,
            }
        )
        if last_update is not UNSET:
            field_dict["last_update"] = last_update
        if tags is not UNSET:
            field_dict["tags"] = tags
        if networks is not UNSET:
            field_dict["networks"] = networks
        if network_subnets is not UNSET:
            field_dict["network_subnets"] = network_subnets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        os = d.pop("os")

        arch = d.pop("arch")

        tunnel_ip = d.pop("tunnel_ip")

        tunnel_port = d.pop("tunnel_port")

        client_ip = d.pop("client_ip")

        username = d.pop("username")

        token = d.pop("token")

        id = d.pop("id")

        status = d.pop("status")

        type_ = d.pop("type")

        last_update = d.pop("last_update", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        networks = cast(list[str], d.pop("networks", UNSET))

        network_subnets = cast(list[str], d.pop("network_subnets", UNSET))

        agent_item = cls(
            name=name,
            os=os,
            arch=arch,
            tunnel_ip=tunnel_ip,
            tunnel_port=tunnel_port,
            client_ip=client_ip,
            username=username,
            token=token,
            id=id,
            status=status,
            type_=type_,
            last_update=last_update,
            tags=tags,
            networks=networks,
            network_subnets=network_subnets,
        )

        agent_item.additional_properties = d
        return agent_item

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

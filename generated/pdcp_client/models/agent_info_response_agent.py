from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentInfoResponseAgent")


@_attrs_define
class AgentInfoResponseAgent:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        agent_network (str | Unset):
        last_update (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    agent_network: str | Unset = UNSET
    last_update: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        agent_network = self.agent_network

        last_update = self.last_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if agent_network is not UNSET:
            field_dict["agent_network"] = agent_network
        if last_update is not UNSET:
            field_dict["last_update"] = last_update

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        agent_network = d.pop("agent_network", UNSET)

        last_update = d.pop("last_update", UNSET)

        agent_info_response_agent = cls(
            id=id,
            name=name,
            agent_network=agent_network,
            last_update=last_update,
        )

        agent_info_response_agent.additional_properties = d
        return agent_info_response_agent

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

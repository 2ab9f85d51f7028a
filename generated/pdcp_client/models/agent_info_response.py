from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_info_response_agent import AgentInfoResponseAgent


T = TypeVar("T", bound="AgentInfoResponse")


@_attrs_define
class AgentInfoResponse:
    """
    Attributes:
        agent (AgentInfoResponseAgent | Unset):
    """

    agent: AgentInfoResponseAgent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_info_response_agent import AgentInfoResponseAgent

        d = dict(src_dict)
        _agent = d.pop("agent", UNSET)
        agent: AgentInfoResponseAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = AgentInfoResponseAgent.from_dict(_agent)

        agent_info_response = cls(
            agent=agent,
        )

        agent_info_response.additional_properties = d
        return agent_info_response

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

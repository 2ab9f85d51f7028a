from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentInResponseNatsSubjects")


@_attrs_define
class AgentInResponseNatsSubjects:
    """
    Attributes:
        broadcast (str | Unset):
        requests (str | Unset):
    """

    broadcast: str | Unset = UNSET
    requests: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broadcast = self.broadcast

        requests = self.requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broadcast is not UNSET:
            field_dict["broadcast"] = broadcast
        if requests is not UNSET:
            field_dict["requests"] = requests

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        broadcast = d.pop("broadcast", UNSET)

        requests = d.pop("requests", UNSET)

        agent_in_response_nats_subjects = cls(
            broadcast=broadcast,
            requests=requests,
        )

        agent_in_response_nats_subjects.additional_properties = d
        return agent_in_response_nats_subjects

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

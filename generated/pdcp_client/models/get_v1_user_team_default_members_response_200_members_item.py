from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetV1UserTeamDefaultMembersResponse200MembersItem")


@_attrs_define
class GetV1UserTeamDefaultMembersResponse200MembersItem:
    """
    Attributes:
        email (str):
        role (str):
    """

    email: str
    role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("email" in self._left_out and self.email is None):
            email = self.email
            field_dict["email"] = email
        if not ("role" in self._left_out and self.role is None):
            role = self.role
            field_dict["role"] = role

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "email" in d:
            email = d.pop("email")
        else:
            email = None

        if "role" in d:
            role = d.pop("role")
        else:
            role = None

        get_v1_user_team_default_members_response_200_members_item = cls(
            email=email,
            role=role,
        )
        get_v1_user_team_default_members_response_200_members_item._left_out = (
            frozenset(
                name
                for name in (
                    "email",
                    "role",
                )
                if name not in src_dict
            )
        )

        get_v1_user_team_default_members_response_200_members_item.additional_properties = d
        return get_v1_user_team_default_members_response_200_members_item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserWorkspaces")


@_attrs_define
class UserWorkspaces:
    """
    Attributes:
        name (str):
        team_id (str):
        active (bool):
        plan (str):
        member_count (int):
        role (str):
        default (bool):
    """

    name: str
    team_id: str
    active: bool
    plan: str
    member_count: int
    role: str
    default: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        team_id = self.team_id

        active = self.active

        plan = self.plan

        member_count = self.member_count

        role = self.role

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "team_id": team_id,
                "active": active,
                "plan": plan,
                "member_count": member_count,
                "role": role,
                "default": default,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        team_id = d.pop("team_id")

        active = d.pop("active")

        plan = d.pop("plan")

        member_count = d.pop("member_count")

        role = d.pop("role")

        default = d.pop("default")

        user_workspaces = cls(
            name=name,
            team_id=team_id,
            active=active,
            plan=plan,
            member_count=member_count,
            role=role,
            default=default,
        )

        user_workspaces.additional_properties = d
        return user_workspaces

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

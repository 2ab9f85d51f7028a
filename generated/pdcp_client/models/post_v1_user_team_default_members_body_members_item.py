from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_v1_user_team_default_members_body_members_item_role import (
    PostV1UserTeamDefaultMembersBodyMembersItemRole,
)

T = TypeVar("T", bound="PostV1UserTeamDefaultMembersBodyMembersItem")


@_attrs_define
class PostV1UserTeamDefaultMembersBodyMembersItem:
    """
    Attributes:
        email (str):
        role (PostV1UserTeamDefaultMembersBodyMembersItemRole):
    """

    email: str
    role: PostV1UserTeamDefaultMembersBodyMembersItemRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        role = PostV1UserTeamDefaultMembersBodyMembersItemRole(d.pop("role"))

        post_v1_user_team_default_members_body_members_item = cls(
            email=email,
            role=role,
        )

        post_v1_user_team_default_members_body_members_item.additional_properties = d
        return post_v1_user_team_default_members_body_members_item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.post_v1_user_team_default_members_body_members_item import (
        PostV1UserTeamDefaultMembersBodyMembersItem,
    )


T = TypeVar("T", bound="PostV1UserTeamDefaultMembersBody")


@_attrs_define
class PostV1UserTeamDefaultMembersBody:
    """
    Attributes:
        members (list[PostV1UserTeamDefaultMembersBodyMembersItem]):
    """

    members: list[PostV1UserTeamDefaultMembersBodyMembersItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_v1_user_team_default_members_body_members_item import (
            PostV1UserTeamDefaultMembersBodyMembersItem,
        )

        d = dict(src_dict)
        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = PostV1UserTeamDefaultMembersBodyMembersItem.from_dict(
                members_item_data
            )

            members.append(members_item)

        post_v1_user_team_default_members_body = cls(
            members=members,
        )

        post_v1_user_team_default_members_body.additional_properties = d
        return post_v1_user_team_default_members_body

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

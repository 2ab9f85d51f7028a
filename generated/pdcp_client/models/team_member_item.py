from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamMemberItem")


@_attrs_define
class TeamMemberItem:
    """
    Attributes:
        email (str):
        status (str):
        role (str): Team member role. Values are OWNER, ADMIN, MEMBER, VIEWER, GUEST.
        invited_at (str | Unset):
        accepted_at (str | Unset):
        profile_image (str | Unset):
        last_sign_in (str | Unset):
    """

    email: str
    status: str
    role: str
    invited_at: str | Unset = UNSET
    accepted_at: str | Unset = UNSET
    profile_image: str | Unset = UNSET
    last_sign_in: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        invited_at = self.invited_at

        accepted_at = self.accepted_at

        profile_image = self.profile_image

        last_sign_in = self.last_sign_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("email" in self._left_out and self.email is None):
            email = self.email
            field_dict["email"] = email
        if not ("status" in self._left_out and self.status is None):
            status = self.status
            field_dict["status"] = status
        if not ("role" in self._left_out and self.role is None):
            role = self.role
            field_dict["role"] = role
        if invited_at is not UNSET:
            field_dict["invited_at"] = invited_at
        if accepted_at is not UNSET:
            field_dict["accepted_at"] = accepted_at
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image
        if last_sign_in is not UNSET:
            field_dict["last_sign_in"] = last_sign_in

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

        if "status" in d:
            status = d.pop("status")
        else:
            status = None

        if "role" in d:
            role = d.pop("role")
        else:
            role = None

        invited_at = d.pop("invited_at", UNSET)

        accepted_at = d.pop("accepted_at", UNSET)

        profile_image = d.pop("profile_image", UNSET)

        last_sign_in = d.pop("last_sign_in", UNSET)

        team_member_item = cls(
            email=email,
            status=status,
            role=role,
            invited_at=invited_at,
            accepted_at=accepted_at,
            profile_image=profile_image,
            last_sign_in=last_sign_in,
        )
        team_member_item._left_out = frozenset(
            name
            for name in (
                "email",
                "status",
                "role",
            )
            if name not in src_dict
        )

        team_member_item.additional_properties = d
        return team_member_item

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

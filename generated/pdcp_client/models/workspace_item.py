from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceItem")


@_attrs_define
class WorkspaceItem:
    """
    Attributes:
        id (str):
        name (str):
        created_at (str):
        member_count (int):
        owner_email (str):
    """

    id: str
    name: str
    created_at: str
    member_count: int
    owner_email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("id" in self._left_out and self.id is None):
            id = self.id
            field_dict["id"] = id
        if not ("name" in self._left_out and self.name is None):
            name = self.name
            field_dict["name"] = name
        if not ("created_at" in self._left_out and self.created_at is None):
            created_at = self.created_at
            field_dict["created_at"] = created_at
        if not ("member_count" in self._left_out and self.member_count is None):
            member_count = self.member_count
            field_dict["member_count"] = member_count
        if not ("owner_email" in self._left_out and self.owner_email is None):
            owner_email = self.owner_email
            field_dict["owner_email"] = owner_email

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "id" in d:
            id = d.pop("id")
        else:
            id = None

        if "name" in d:
            name = d.pop("name")
        else:
            name = None

        if "created_at" in d:
            created_at = d.pop("created_at")
        else:
            created_at = None

        if "member_count" in d:
            member_count = d.pop("member_count")
        else:
            member_count = None

        if "owner_email" in d:
            owner_email = d.pop("owner_email")
        else:
            owner_email = None

        workspace_item = cls(
            id=id,
            name=name,
            created_at=created_at,
            member_count=member_count,
            owner_email=owner_email,
        )
        workspace_item._left_out = frozenset(
            name
            for name in (
                "id",
                "name",
                "created_at",
                "member_count",
                "owner_email",
            )
            if name not in src_dict
        )

        workspace_item.additional_properties = d
        return workspace_item

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

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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at

        member_count = self.member_count

        owner_email = self.owner_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "member_count": member_count,
                "owner_email": owner_email,
            }
        )

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created_at = d.pop("created_at")

        member_count = d.pop("member_count")

        owner_email = d.pop("owner_email")

        workspace_item = cls(
            id=id,
            name=name,
            created_at=created_at,
            member_count=member_count,
            owner_email=owner_email,
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

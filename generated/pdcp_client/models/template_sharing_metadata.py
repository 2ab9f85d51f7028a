from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateSharingMetadata")


@_attrs_define
class TemplateSharingMetadata:
    """
    Attributes:
        organizations (list[str] | Unset): Organizations of the template
        origin_template_id (str | Unset): Origin template ID of the template
        share_type (str | Unset): Share type of the template
        ttl (str | Unset): TTL of the template
        ttl_from (str | Unset): TTL from of the template
        users (list[int] | Unset): Users of the template
    """

    organizations: list[str] | Unset = UNSET
    origin_template_id: str | Unset = UNSET
    share_type: str | Unset = UNSET
    ttl: str | Unset = UNSET
    ttl_from: str | Unset = UNSET
    users: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organizations: list[str] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = self.organizations

        origin_template_id = self.origin_template_id

        share_type = self.share_type

        ttl = self.ttl

        ttl_from = self.ttl_from

        users: list[int] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if origin_template_id is not UNSET:
            field_dict["origin_template_id"] = origin_template_id
        if share_type is not UNSET:
            field_dict["share_type"] = share_type
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if ttl_from is not UNSET:
            field_dict["ttl_from"] = ttl_from
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organizations = cast(list[str], d.pop("organizations", UNSET))

        origin_template_id = d.pop("origin_template_id", UNSET)

        share_type = d.pop("share_type", UNSET)

        ttl = d.pop("ttl", UNSET)

        ttl_from = d.pop("ttl_from", UNSET)

        users = cast(list[int], d.pop("users", UNSET))

        template_sharing_metadata = cls(
            organizations=organizations,
            origin_template_id=origin_template_id,
            share_type=share_type,
            ttl=ttl,
            ttl_from=ttl_from,
            users=users,
        )

        template_sharing_metadata.additional_properties = d
        return template_sharing_metadata

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

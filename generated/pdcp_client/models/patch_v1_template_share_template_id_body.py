from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchV1TemplateShareTemplateIdBody")


@_attrs_define
class PatchV1TemplateShareTemplateIdBody:
    """
    Attributes:
        ttl (str | Unset):
        share_type (str | Unset):
        users (list[int] | Unset):
        emails (list[str] | Unset):
        organizations (list[str] | Unset):
    """

    ttl: str | Unset = UNSET
    share_type: str | Unset = UNSET
    users: list[int] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    organizations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ttl = self.ttl

        share_type = self.share_type

        users: list[int] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        organizations: list[str] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = self.organizations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if share_type is not UNSET:
            field_dict["share_type"] = share_type
        if users is not UNSET:
            field_dict["users"] = users
        if emails is not UNSET:
            field_dict["emails"] = emails
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ttl = d.pop("ttl", UNSET)

        share_type = d.pop("share_type", UNSET)

        users = cast(list[int], d.pop("users", UNSET))

        emails = cast(list[str], d.pop("emails", UNSET))

        organizations = cast(list[str], d.pop("organizations", UNSET))

        patch_v1_template_share_template_id_body = cls(
            ttl=ttl,
            share_type=share_type,
            users=users,
            emails=emails,
            organizations=organizations,
        )

        patch_v1_template_share_template_id_body.additional_properties = d
        return patch_v1_template_share_template_id_body

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedTemplateMetaData")


@_attrs_define
class SharedTemplateMetaData:
    """
    Attributes:
        expires_at (datetime.datetime | Unset):
        organizations (list[str] | Unset):
        share_type (str | Unset):
        template_id (str | Unset):
        users_email (list[str] | Unset):
    """

    expires_at: datetime.datetime | Unset = UNSET
    organizations: list[str] | Unset = UNSET
    share_type: str | Unset = UNSET
    template_id: str | Unset = UNSET
    users_email: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        organizations: list[str] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = self.organizations

        share_type = self.share_type

        template_id = self.template_id

        users_email: list[str] | Unset = UNSET
        if not isinstance(self.users_email, Unset):
            users_email = self.users_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if share_type is not UNSET:
            field_dict["share_type"] = share_type
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if users_email is not UNSET:
            field_dict["users_email"] = users_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        organizations = cast(list[str], d.pop("organizations", UNSET))

        share_type = d.pop("share_type", UNSET)

        template_id = d.pop("template_id", UNSET)

        users_email = cast(list[str], d.pop("users_email", UNSET))

        shared_template_meta_data = cls(
            expires_at=expires_at,
            organizations=organizations,
            share_type=share_type,
            template_id=template_id,
            users_email=users_email,
        )

        shared_template_meta_data.additional_properties = d
        return shared_template_meta_data

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

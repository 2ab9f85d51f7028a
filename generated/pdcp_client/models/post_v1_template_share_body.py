from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_v1_template_share_body_share_type import (
    PostV1TemplateShareBodyShareType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1TemplateShareBody")


@_attrs_define
class PostV1TemplateShareBody:
    """
    Attributes:
        template_id (str):
        share_type (PostV1TemplateShareBodyShareType):
        ttl (str | Unset):
        organizations (list[str] | Unset):
        emails (list[str] | Unset):
    """

    template_id: str
    share_type: PostV1TemplateShareBodyShareType
    ttl: str | Unset = UNSET
    organizations: list[str] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        share_type = self.share_type.value

        ttl = self.ttl

        organizations: list[str] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = self.organizations

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
                "share_type": share_type,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if emails is not UNSET:
            field_dict["emails"] = emails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template_id = d.pop("template_id")

        share_type = PostV1TemplateShareBodyShareType(d.pop("share_type"))

        ttl = d.pop("ttl", UNSET)

        organizations = cast(list[str], d.pop("organizations", UNSET))

        emails = cast(list[str], d.pop("emails", UNSET))

        post_v1_template_share_body = cls(
            template_id=template_id,
            share_type=share_type,
            ttl=ttl,
            organizations=organizations,
            emails=emails,
        )

        post_v1_template_share_body.additional_properties = d
        return post_v1_template_share_body

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

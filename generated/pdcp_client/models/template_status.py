from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateStatus")


@_attrs_define
class TemplateStatus:
    """
    Attributes:
        is_draft (bool | Unset): Is the template a draft
        is_early (bool | Unset): Is the template in early access
        is_github (bool | Unset): Is the template from github
        is_new (bool | Unset): Is the template new
        is_pdteam (bool | Unset): Is the template from pdteam
    """

    is_draft: bool | Unset = UNSET
    is_early: bool | Unset = UNSET
    is_github: bool | Unset = UNSET
    is_new: bool | Unset = UNSET
    is_pdteam: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_draft = self.is_draft

        is_early = self.is_early

        is_github = self.is_github

        is_new = self.is_new

        is_pdteam = self.is_pdteam

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_draft is not UNSET:
            field_dict["is_draft"] = is_draft
        if is_early is not UNSET:
            field_dict["is_early"] = is_early
        if is_github is not UNSET:
            field_dict["is_github"] = is_github
        if is_new is not UNSET:
            field_dict["is_new"] = is_new
        if is_pdteam is not UNSET:
            field_dict["is_pdteam"] = is_pdteam

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_draft = d.pop("is_draft", UNSET)

        is_early = d.pop("is_early", UNSET)

        is_github = d.pop("is_github", UNSET)

        is_new = d.pop("is_new", UNSET)

        is_pdteam = d.pop("is_pdteam", UNSET)

        template_status = cls(
            is_draft=is_draft,
            is_early=is_early,
            is_github=is_github,
            is_new=is_new,
            is_pdteam=is_pdteam,
        )

        template_status.additional_properties = d
        return template_status

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateSourceMeta")


@_attrs_define
class TemplateSourceMeta:
    """
    Attributes:
        category (str | Unset): Category of the template
        integration_id (str | Unset): Integration ID of the template
        integration_type (str | Unset): Integration type of the template
        pull_request (str | Unset): Pull request of the template
        ref (str | Unset): Reference of the template
        release_tag (str | Unset): Release tag of the template
        score (int | Unset): Score of the template
        template_type (str | Unset): Type of the template
    """

    category: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    integration_type: str | Unset = UNSET
    pull_request: str | Unset = UNSET
    ref: str | Unset = UNSET
    release_tag: str | Unset = UNSET
    score: int | Unset = UNSET
    template_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        integration_id = self.integration_id

        integration_type = self.integration_type

        pull_request = self.pull_request

        ref = self.ref

        release_tag = self.release_tag

        score = self.score

        template_type = self.template_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if integration_type is not UNSET:
            field_dict["integration_type"] = integration_type
        if pull_request is not UNSET:
            field_dict["pull_request"] = pull_request
        if ref is not UNSET:
            field_dict["ref"] = ref
        if release_tag is not UNSET:
            field_dict["release_tag"] = release_tag
        if score is not UNSET:
            field_dict["score"] = score
        if template_type is not UNSET:
            field_dict["template_type"] = template_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        category = d.pop("category", UNSET)

        integration_id = d.pop("integration_id", UNSET)

        integration_type = d.pop("integration_type", UNSET)

        pull_request = d.pop("pull_request", UNSET)

        ref = d.pop("ref", UNSET)

        release_tag = d.pop("release_tag", UNSET)

        score = d.pop("score", UNSET)

        template_type = d.pop("template_type", UNSET)

        template_source_meta = cls(
            category=category,
            integration_id=integration_id,
            integration_type=integration_type,
            pull_request=pull_request,
            ref=ref,
            release_tag=release_tag,
            score=score,
            template_type=template_type,
        )

        template_source_meta.additional_properties = d
        return template_source_meta

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

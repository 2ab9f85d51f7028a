from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1TemplateAiResponse200RetestItem")


@_attrs_define
class PostV1TemplateAiResponse200RetestItem:
    """
    Attributes:
        target (str | Unset):
        matched (bool | Unset):
        vuln_id (str | Unset):
    """

    target: str | Unset = UNSET
    matched: bool | Unset = UNSET
    vuln_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        matched = self.matched

        vuln_id = self.vuln_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["target"] = target
        if matched is not UNSET:
            field_dict["matched"] = matched
        if vuln_id is not UNSET:
            field_dict["vuln_id"] = vuln_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target = d.pop("target", UNSET)

        matched = d.pop("matched", UNSET)

        vuln_id = d.pop("vuln_id", UNSET)

        post_v1_template_ai_response_200_retest_item = cls(
            target=target,
            matched=matched,
            vuln_id=vuln_id,
        )

        post_v1_template_ai_response_200_retest_item.additional_properties = d
        return post_v1_template_ai_response_200_retest_item

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

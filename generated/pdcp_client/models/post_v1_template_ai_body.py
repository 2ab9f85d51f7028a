from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1TemplateAiBody")


@_attrs_define
class PostV1TemplateAiBody:
    """
    Attributes:
        prompt (str):
        retest (bool | Unset):
        disable_auto_save (bool | Unset):  Default: False.
        images (list[str] | Unset):
    """

    prompt: str
    retest: bool | Unset = UNSET
    disable_auto_save: bool | Unset = False
    images: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        retest = self.retest

        disable_auto_save = self.disable_auto_save

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if retest is not UNSET:
            field_dict["retest"] = retest
        if disable_auto_save is not UNSET:
            field_dict["disableAutoSave"] = disable_auto_save
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        retest = d.pop("retest", UNSET)

        disable_auto_save = d.pop("disableAutoSave", UNSET)

        images = cast(list[str], d.pop("images", UNSET))

        post_v1_template_ai_body = cls(
            prompt=prompt,
            retest=retest,
            disable_auto_save=disable_auto_save,
            images=images,
        )

        post_v1_template_ai_body.additional_properties = d
        return post_v1_template_ai_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AIMeta")


@_attrs_define
class AIMeta:
    """
    Attributes:
        model_used (str | Unset): The AI model used to generate the template
        is_prompt_by_human (bool | Unset): Whether the prompt was written by a human
        is_template_by_human (bool | Unset): Whether the template was written by a human
        prompt (str | Unset): The prompt used to generate the template
    """

    model_used: str | Unset = UNSET
    is_prompt_by_human: bool | Unset = UNSET
    is_template_by_human: bool | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_used = self.model_used

        is_prompt_by_human = self.is_prompt_by_human

        is_template_by_human = self.is_template_by_human

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_used is not UNSET:
            field_dict["model_used"] = model_used
        if is_prompt_by_human is not UNSET:
            field_dict["is_prompt_by_human"] = is_prompt_by_human
        if is_template_by_human is not UNSET:
            field_dict["is_template_by_human"] = is_template_by_human
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_used = d.pop("model_used", UNSET)

        is_prompt_by_human = d.pop("is_prompt_by_human", UNSET)

        is_template_by_human = d.pop("is_template_by_human", UNSET)

        prompt = d.pop("prompt", UNSET)

        ai_meta = cls(
            model_used=model_used,
            is_prompt_by_human=is_prompt_by_human,
            is_template_by_human=is_template_by_human,
            prompt=prompt,
        )

        ai_meta.additional_properties = d
        return ai_meta

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

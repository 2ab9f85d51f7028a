from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchV1TemplateBody")


@_attrs_define
class PatchV1TemplateBody:
    """
    Attributes:
        template (str):
        template_id (str):
        prompt (str | Unset):
        filename (str | Unset):
        dir_ (str | Unset):
    """

    template: str
    template_id: str
    prompt: str | Unset = UNSET
    filename: str | Unset = UNSET
    dir_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = self.template

        template_id = self.template_id

        prompt = self.prompt

        filename = self.filename

        dir_ = self.dir_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
                "template_id": template_id,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if filename is not UNSET:
            field_dict["filename"] = filename
        if dir_ is not UNSET:
            field_dict["dir"] = dir_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template = d.pop("template")

        template_id = d.pop("template_id")

        prompt = d.pop("prompt", UNSET)

        filename = d.pop("filename", UNSET)

        dir_ = d.pop("dir", UNSET)

        patch_v1_template_body = cls(
            template=template,
            template_id=template_id,
            prompt=prompt,
            filename=filename,
            dir_=dir_,
        )

        patch_v1_template_body.additional_properties = d
        return patch_v1_template_body

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

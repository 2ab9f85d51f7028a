from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PatchTemplateFileMetadata")


@_attrs_define
class PatchTemplateFileMetadata:
    """
    Attributes:
        dir_ (str):
        filename (str):
        template_id (str):
    """

    dir_: str
    filename: str
    template_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dir_ = self.dir_

        filename = self.filename

        template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dir": dir_,
                "filename": filename,
                "template_id": template_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dir_ = d.pop("dir")

        filename = d.pop("filename")

        template_id = d.pop("template_id")

        patch_template_file_metadata = cls(
            dir_=dir_,
            filename=filename,
            template_id=template_id,
        )

        patch_template_file_metadata.additional_properties = d
        return patch_template_file_metadata

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

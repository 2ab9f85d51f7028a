from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FailedTemplateFileMetadataUpdate")


@_attrs_define
class FailedTemplateFileMetadataUpdate:
    """
    Attributes:
        dir_ (str): Directory of the template
        filename (str): Name of the template
        template_id (str): Template ID
        error (str): Error message
    """

    dir_: str
    filename: str
    template_id: str
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dir_ = self.dir_

        filename = self.filename

        template_id = self.template_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dir": dir_,
                "filename": filename,
                "template_id": template_id,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dir_ = d.pop("dir")

        filename = d.pop("filename")

        template_id = d.pop("template_id")

        error = d.pop("error")

        failed_template_file_metadata_update = cls(
            dir_=dir_,
            filename=filename,
            template_id=template_id,
            error=error,
        )

        failed_template_file_metadata_update.additional_properties = d
        return failed_template_file_metadata_update

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

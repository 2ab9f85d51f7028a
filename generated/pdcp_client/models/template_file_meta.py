from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateFileMeta")


@_attrs_define
class TemplateFileMeta:
    """
    Attributes:
        directory (str | Unset): Directory of template
        filename (str | Unset): Filename of template
        uri (str | Unset): Uri of template
    """

    directory: str | Unset = UNSET
    filename: str | Unset = UNSET
    uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        directory = self.directory

        filename = self.filename

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if directory is not UNSET:
            field_dict["directory"] = directory
        if filename is not UNSET:
            field_dict["filename"] = filename
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        directory = d.pop("directory", UNSET)

        filename = d.pop("filename", UNSET)

        uri = d.pop("uri", UNSET)

        template_file_meta = cls(
            directory=directory,
            filename=filename,
            uri=uri,
        )

        template_file_meta.additional_properties = d
        return template_file_meta

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_meta import AIMeta


T = TypeVar("T", bound="UploadTemplate")


@_attrs_define
class UploadTemplate:
    """
    Attributes:
        ai_meta (AIMeta | Unset):
        dir_ (str | Unset):
        filename (str | Unset):
        template (str | Unset):
    """

    ai_meta: AIMeta | Unset = UNSET
    dir_: str | Unset = UNSET
    filename: str | Unset = UNSET
    template: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_meta, Unset):
            ai_meta = self.ai_meta.to_dict()

        dir_ = self.dir_

        filename = self.filename

        template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_meta is not UNSET:
            field_dict["ai_meta"] = ai_meta
        if dir_ is not UNSET:
            field_dict["dir"] = dir_
        if filename is not UNSET:
            field_dict["filename"] = filename
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_meta import AIMeta

        d = dict(src_dict)
        _ai_meta = d.pop("ai_meta", UNSET)
        ai_meta: AIMeta | Unset
        if isinstance(_ai_meta, Unset):
            ai_meta = UNSET
        else:
            ai_meta = AIMeta.from_dict(_ai_meta)

        dir_ = d.pop("dir", UNSET)

        filename = d.pop("filename", UNSET)

        template = d.pop("template", UNSET)

        upload_template = cls(
            ai_meta=ai_meta,
            dir_=dir_,
            filename=filename,
            template=template,
        )

        upload_template.additional_properties = d
        return upload_template

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

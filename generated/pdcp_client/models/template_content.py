from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_content_metadata import TemplateContentMetadata


T = TypeVar("T", bound="TemplateContent")


@_attrs_define
class TemplateContent:
    """
    Attributes:
        author (list[str] | Unset): Authors of the template
        digest (str | Unset): Digest of the template
        metadata (TemplateContentMetadata | Unset): MetaData of the template
        raw (str | Unset): Raw string of the template
        tags (list[str] | Unset): Tags of the template
        type_ (str | Unset): Type of the template
    """

    author: list[str] | Unset = UNSET
    digest: str | Unset = UNSET
    metadata: TemplateContentMetadata | Unset = UNSET
    raw: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author: list[str] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author

        digest = self.digest

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        raw = self.raw

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if digest is not UNSET:
            field_dict["digest"] = digest
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if raw is not UNSET:
            field_dict["raw"] = raw
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_content_metadata import TemplateContentMetadata

        d = dict(src_dict)
        author = cast(list[str], d.pop("author", UNSET))

        digest = d.pop("digest", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: TemplateContentMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TemplateContentMetadata.from_dict(_metadata)

        raw = d.pop("raw", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        type_ = d.pop("type", UNSET)

        template_content = cls(
            author=author,
            digest=digest,
            metadata=metadata,
            raw=raw,
            tags=tags,
            type_=type_,
        )

        template_content.additional_properties = d
        return template_content

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

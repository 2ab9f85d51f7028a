from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stat_buckets import StatBuckets


T = TypeVar("T", bound="TemplateStats")


@_attrs_define
class TemplateStats:
    """
    Attributes:
        is_new (StatBuckets | Unset):
        creation_stats (StatBuckets | Unset):
        author (StatBuckets | Unset):
        is_early (StatBuckets | Unset):
        dir_ (StatBuckets | Unset):
        product (StatBuckets | Unset):
        severity (StatBuckets | Unset):
        tags (StatBuckets | Unset):
        type_ (StatBuckets | Unset):
        vendor (StatBuckets | Unset):
    """

    is_new: StatBuckets | Unset = UNSET
    creation_stats: StatBuckets | Unset = UNSET
    author: StatBuckets | Unset = UNSET
    is_early: StatBuckets | Unset = UNSET
    dir_: StatBuckets | Unset = UNSET
    product: StatBuckets | Unset = UNSET
    severity: StatBuckets | Unset = UNSET
    tags: StatBuckets | Unset = UNSET
    type_: StatBuckets | Unset = UNSET
    vendor: StatBuckets | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_new: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_new, Unset):
            is_new = self.is_new.to_dict()

        creation_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation_stats, Unset):
            creation_stats = self.creation_stats.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        is_early: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_early, Unset):
            is_early = self.is_early.to_dict()

        dir_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dir_, Unset):
            dir_ = self.dir_.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        severity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.to_dict()

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_new is not UNSET:
            field_dict["is_new"] = is_new
        if creation_stats is not UNSET:
            field_dict["creation_stats"] = creation_stats
        if author is not UNSET:
            field_dict["author"] = author
        if is_early is not UNSET:
            field_dict["is_early"] = is_early
        if dir_ is not UNSET:
            field_dict["dir"] = dir_
        if product is not UNSET:
            field_dict["product"] = product
        if severity is not UNSET:
            field_dict["severity"] = severity
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if vendor is not UNSET:
            field_dict["vendor"] = vendor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stat_buckets import StatBuckets

        d = dict(src_dict)
        _is_new = d.pop("is_new", UNSET)
        is_new: StatBuckets | Unset
        if isinstance(_is_new, Unset):
            is_new = UNSET
        else:
            is_new = StatBuckets.from_dict(_is_new)

        _creation_stats = d.pop("creation_stats", UNSET)
        creation_stats: StatBuckets | Unset
        if isinstance(_creation_stats, Unset):
            creation_stats = UNSET
        else:
            creation_stats = StatBuckets.from_dict(_creation_stats)

        _author = d.pop("author", UNSET)
        author: StatBuckets | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = StatBuckets.from_dict(_author)

        _is_early = d.pop("is_early", UNSET)
        is_early: StatBuckets | Unset
        if isinstance(_is_early, Unset):
            is_early = UNSET
        else:
            is_early = StatBuckets.from_dict(_is_early)

        _dir_ = d.pop("dir", UNSET)
        dir_: StatBuckets | Unset
        if isinstance(_dir_, Unset):
            dir_ = UNSET
        else:
            dir_ = StatBuckets.from_dict(_dir_)

        _product = d.pop("product", UNSET)
        product: StatBuckets | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = StatBuckets.from_dict(_product)

        _severity = d.pop("severity", UNSET)
        severity: StatBuckets | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = StatBuckets.from_dict(_severity)

        _tags = d.pop("tags", UNSET)
        tags: StatBuckets | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = StatBuckets.from_dict(_tags)

        _type_ = d.pop("type", UNSET)
        type_: StatBuckets | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StatBuckets.from_dict(_type_)

        _vendor = d.pop("vendor", UNSET)
        vendor: StatBuckets | Unset
        if isinstance(_vendor, Unset):
            vendor = UNSET
        else:
            vendor = StatBuckets.from_dict(_vendor)

        template_stats = cls(
            is_new=is_new,
            creation_stats=creation_stats,
            author=author,
            is_early=is_early,
            dir_=dir_,
            product=product,
            severity=severity,
            tags=tags,
            type_=type_,
            vendor=vendor,
        )

        template_stats.additional_properties = d
        return template_stats

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

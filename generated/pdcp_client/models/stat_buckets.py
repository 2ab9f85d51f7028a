from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stat_buckets_buckets import StatBucketsBuckets


T = TypeVar("T", bound="StatBuckets")


@_attrs_define
class StatBuckets:
    """
    Attributes:
        buckets (StatBucketsBuckets | Unset):
        missing (int | Unset):
        other (int | Unset):
        total (int | Unset):
    """

    buckets: StatBucketsBuckets | Unset = UNSET
    missing: int | Unset = UNSET
    other: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buckets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buckets, Unset):
            buckets = self.buckets.to_dict()

        missing = self.missing

        other = self.other

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buckets is not UNSET:
            field_dict["buckets"] = buckets
        if missing is not UNSET:
            field_dict["missing"] = missing
        if other is not UNSET:
            field_dict["other"] = other
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stat_buckets_buckets import StatBucketsBuckets

        d = dict(src_dict)
        _buckets = d.pop("buckets", UNSET)
        buckets: StatBucketsBuckets | Unset
        if isinstance(_buckets, Unset):
            buckets = UNSET
        else:
            buckets = StatBucketsBuckets.from_dict(_buckets)

        missing = d.pop("missing", UNSET)

        other = d.pop("other", UNSET)

        total = d.pop("total", UNSET)

        stat_buckets = cls(
            buckets=buckets,
            missing=missing,
            other=other,
            total=total,
        )

        stat_buckets.additional_properties = d
        return stat_buckets

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

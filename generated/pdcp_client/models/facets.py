from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facets_buckets import FacetsBuckets


T = TypeVar("T", bound="Facets")


@_attrs_define
class Facets:
    """
    Attributes:
        buckets (FacetsBuckets | Unset):
        missing (int | Unset):
        others (int | Unset):
        total (int | Unset):
    """

    buckets: FacetsBuckets | Unset = UNSET
    missing: int | Unset = UNSET
    others: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buckets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buckets, Unset):
            buckets = self.buckets.to_dict()

        missing = self.missing

        others = self.others

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buckets is not UNSET:
            field_dict["buckets"] = buckets
        if missing is not UNSET:
            field_dict["missing"] = missing
        if others is not UNSET:
            field_dict["others"] = others
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.facets_buckets import FacetsBuckets

        d = dict(src_dict)
        _buckets = d.pop("buckets", UNSET)
        buckets: FacetsBuckets | Unset
        if isinstance(_buckets, Unset):
            buckets = UNSET
        else:
            buckets = FacetsBuckets.from_dict(_buckets)

        missing = d.pop("missing", UNSET)

        others = d.pop("others", UNSET)

        total = d.pop("total", UNSET)

        facets = cls(
            buckets=buckets,
            missing=missing,
            others=others,
            total=total,
        )

        facets.additional_properties = d
        return facets

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

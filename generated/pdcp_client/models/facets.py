from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facets_buckets_type_0 import FacetsBucketsType0
    from ..models.facets_buckets_type_1_item import FacetsBucketsType1Item


T = TypeVar("T", bound="Facets")


@_attrs_define
class Facets:
    """
    Attributes:
        missing (int | Unset):
        others (int | Unset):
        total (int | Unset):
        buckets (FacetsBucketsType0 | list[FacetsBucketsType1Item] | Unset):
    """

    missing: int | Unset = UNSET
    others: int | Unset = UNSET
    total: int | Unset = UNSET
    buckets: FacetsBucketsType0 | list[FacetsBucketsType1Item] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.facets_buckets_type_0 import FacetsBucketsType0

        missing = self.missing

        others = self.others

        total = self.total

        buckets: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.buckets, Unset):
            buckets = UNSET
        elif isinstance(self.buckets, FacetsBucketsType0):
            buckets = self.buckets.to_dict()
        else:
            buckets = []
            for buckets_type_1_item_data in self.buckets:
                buckets_type_1_item = buckets_type_1_item_data.to_dict()
                buckets.append(buckets_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if missing is not UNSET:
            field_dict["missing"] = missing
        if others is not UNSET:
            field_dict["others"] = others
        if total is not UNSET:
            field_dict["total"] = total
        if buckets is not UNSET:
            field_dict["buckets"] = buckets

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.facets_buckets_type_0 import FacetsBucketsType0
        from ..models.facets_buckets_type_1_item import FacetsBucketsType1Item

        d = dict(src_dict)
        missing = d.pop("missing", UNSET)

        others = d.pop("others", UNSET)

        total = d.pop("total", UNSET)

        def _parse_buckets(
            data: object,
        ) -> FacetsBucketsType0 | list[FacetsBucketsType1Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                buckets_type_0 = FacetsBucketsType0.from_dict(data)

                return buckets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            buckets_type_1 = []
            _buckets_type_1 = data
            for buckets_type_1_item_data in _buckets_type_1:
                buckets_type_1_item = FacetsBucketsType1Item.from_dict(
                    buckets_type_1_item_data
                )

                buckets_type_1.append(buckets_type_1_item)

            return buckets_type_1

        buckets = _parse_buckets(d.pop("buckets", UNSET))

        facets = cls(
            missing=missing,
            others=others,
            total=total,
            buckets=buckets,
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

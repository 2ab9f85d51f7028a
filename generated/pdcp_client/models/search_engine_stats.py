from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchEngineStats")


@_attrs_define
class SearchEngineStats:
    """
    Attributes:
        max_hosts (int | Unset): Maximum number of hosts for the product
        min_hosts (int | Unset): Minimum number of hosts for the product
        queries (list[str] | Unset): Queries for the product
    """

    max_hosts: int | Unset = UNSET
    min_hosts: int | Unset = UNSET
    queries: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_hosts = self.max_hosts

        min_hosts = self.min_hosts

        queries: list[str] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_hosts is not UNSET:
            field_dict["max_hosts"] = max_hosts
        if min_hosts is not UNSET:
            field_dict["min_hosts"] = min_hosts
        if queries is not UNSET:
            field_dict["queries"] = queries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_hosts = d.pop("max_hosts", UNSET)

        min_hosts = d.pop("min_hosts", UNSET)

        queries = cast(list[str], d.pop("queries", UNSET))

        search_engine_stats = cls(
            max_hosts=max_hosts,
            min_hosts=min_hosts,
            queries=queries,
        )

        search_engine_stats.additional_properties = d
        return search_engine_stats

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

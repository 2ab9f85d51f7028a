from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_engine_stats import SearchEngineStats


T = TypeVar("T", bound="ExposureStats")


@_attrs_define
class ExposureStats:
    """
    Attributes:
        fofa (SearchEngineStats | Unset):
        id (str | Unset):
        max_hosts (int | Unset):
        min_hosts (int | Unset):
        shodan (SearchEngineStats | Unset):
    """

    fofa: SearchEngineStats | Unset = UNSET
    id: str | Unset = UNSET
    max_hosts: int | Unset = UNSET
    min_hosts: int | Unset = UNSET
    shodan: SearchEngineStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fofa: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fofa, Unset):
            fofa = self.fofa.to_dict()

        id = self.id

        max_hosts = self.max_hosts

        min_hosts = self.min_hosts

        shodan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shodan, Unset):
            shodan = self.shodan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fofa is not UNSET:
            field_dict["fofa"] = fofa
        if id is not UNSET:
            field_dict["id"] = id
        if max_hosts is not UNSET:
            field_dict["max_hosts"] = max_hosts
        if min_hosts is not UNSET:
            field_dict["min_hosts"] = min_hosts
        if shodan is not UNSET:
            field_dict["shodan"] = shodan

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_engine_stats import SearchEngineStats

        d = dict(src_dict)
        _fofa = d.pop("fofa", UNSET)
        fofa: SearchEngineStats | Unset
        if isinstance(_fofa, Unset):
            fofa = UNSET
        else:
            fofa = SearchEngineStats.from_dict(_fofa)

        id = d.pop("id", UNSET)

        max_hosts = d.pop("max_hosts", UNSET)

        min_hosts = d.pop("min_hosts", UNSET)

        _shodan = d.pop("shodan", UNSET)
        shodan: SearchEngineStats | Unset
        if isinstance(_shodan, Unset):
            shodan = UNSET
        else:
            shodan = SearchEngineStats.from_dict(_shodan)

        exposure_stats = cls(
            fofa=fofa,
            id=id,
            max_hosts=max_hosts,
            min_hosts=min_hosts,
            shodan=shodan,
        )

        exposure_stats.additional_properties = d
        return exposure_stats

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

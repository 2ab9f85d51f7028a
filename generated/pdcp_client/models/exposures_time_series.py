from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExposuresTimeSeries")


@_attrs_define
class ExposuresTimeSeries:
    """
    Attributes:
        date (datetime.date | Unset):
        assets (int | Unset):
        technologies (int | Unset):
        hosts (int | Unset):
    """

    date: datetime.date | Unset = UNSET
    assets: int | Unset = UNSET
    technologies: int | Unset = UNSET
    hosts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        assets = self.assets

        technologies = self.technologies

        hosts = self.hosts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if assets is not UNSET:
            field_dict["assets"] = assets
        if technologies is not UNSET:
            field_dict["technologies"] = technologies
        if hosts is not UNSET:
            field_dict["hosts"] = hosts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        assets = d.pop("assets", UNSET)

        technologies = d.pop("technologies", UNSET)

        hosts = d.pop("hosts", UNSET)

        exposures_time_series = cls(
            date=date,
            assets=assets,
            technologies=technologies,
            hosts=hosts,
        )

        exposures_time_series.additional_properties = d
        return exposures_time_series

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

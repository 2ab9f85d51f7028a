from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

if TYPE_CHECKING:
    from ..models.exposure_stats import ExposureStats


T = TypeVar("T", bound="VulnExposure")


@_attrs_define
class VulnExposure:
    """
    Attributes:
        max_hosts (int | Unset): Maximum number of hosts for the vulnerability
        min_hosts (int | Unset): Minimum number of hosts for the vulnerability
        values (list[ExposureStats] | Unset): Values of the vulnerability
    """

    max_hosts: int | Unset = UNSET
    min_hosts: int | Unset = UNSET
    values: list[ExposureStats] = _attrs_field(factory=LeftOutList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_hosts = self.max_hosts

        min_hosts = self.min_hosts

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_hosts is not UNSET:
            field_dict["max_hosts"] = max_hosts
        if min_hosts is not UNSET:
            field_dict["min_hosts"] = min_hosts
        if values is not UNSET and not (
            isinstance(self.values, LeftOutList) and not self.values
        ):
            field_dict["values"] = values

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.exposure_stats import ExposureStats

        d = dict(src_dict)
        max_hosts = d.pop("max_hosts", UNSET)

        min_hosts = d.pop("min_hosts", UNSET)

        _values = d.pop("values", UNSET)
        values: list[ExposureStats] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = ExposureStats.from_dict(values_item_data)

                values.append(values_item)

        vuln_exposure = cls(
            max_hosts=max_hosts,
            min_hosts=min_hosts,
            values=LeftOutList() if values is None else values,
        )

        vuln_exposure.additional_properties = d
        return vuln_exposure

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

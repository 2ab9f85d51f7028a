from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="H1Stats")


@_attrs_define
class H1Stats:
    """
    Attributes:
        delta_rank (int | Unset): Rank delta from previous day
        delta_reports (int | Unset): Reports delta from previous day
        rank (int | Unset): Rank of CVE in Hackerone
        reports (int | Unset): Number of reports for CVE
    """

    delta_rank: int | Unset = UNSET
    delta_reports: int | Unset = UNSET
    rank: int | Unset = UNSET
    reports: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delta_rank = self.delta_rank

        delta_reports = self.delta_reports

        rank = self.rank

        reports = self.reports

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delta_rank is not UNSET:
            field_dict["delta_rank"] = delta_rank
        if delta_reports is not UNSET:
            field_dict["delta_reports"] = delta_reports
        if rank is not UNSET:
            field_dict["rank"] = rank
        if reports is not UNSET:
            field_dict["reports"] = reports

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        delta_rank = d.pop("delta_rank", UNSET)

        delta_reports = d.pop("delta_reports", UNSET)

        rank = d.pop("rank", UNSET)

        reports = d.pop("reports", UNSET)

        h1_stats = cls(
            delta_rank=delta_rank,
            delta_reports=delta_reports,
            rank=rank,
            reports=reports,
        )

        h1_stats.additional_properties = d
        return h1_stats

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.statistics_response_error_stats import StatisticsResponseErrorStats
    from ..models.statistics_response_status_code_stats import (
        StatisticsResponseStatusCodeStats,
    )
    from ..models.statistics_response_waf_stats import StatisticsResponseWafStats


T = TypeVar("T", bound="StatisticsResponse")


@_attrs_define
class StatisticsResponse:
    """
    Attributes:
        status_code_stats (StatisticsResponseStatusCodeStats | Unset):
        error_stats (StatisticsResponseErrorStats | Unset):
        waf_stats (StatisticsResponseWafStats | Unset):
    """

    status_code_stats: StatisticsResponseStatusCodeStats | Unset = UNSET
    error_stats: StatisticsResponseErrorStats | Unset = UNSET
    waf_stats: StatisticsResponseWafStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_code_stats, Unset):
            status_code_stats = self.status_code_stats.to_dict()

        error_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_stats, Unset):
            error_stats = self.error_stats.to_dict()

        waf_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.waf_stats, Unset):
            waf_stats = self.waf_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code_stats is not UNSET:
            field_dict["status_code_stats"] = status_code_stats
        if error_stats is not UNSET:
            field_dict["error_stats"] = error_stats
        if waf_stats is not UNSET:
            field_dict["waf_stats"] = waf_stats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.statistics_response_error_stats import (
            StatisticsResponseErrorStats,
        )
        from ..models.statistics_response_status_code_stats import (
            StatisticsResponseStatusCodeStats,
        )
        from ..models.statistics_response_waf_stats import StatisticsResponseWafStats

        d = dict(src_dict)
        _status_code_stats = d.pop("status_code_stats", UNSET)
        status_code_stats: StatisticsResponseStatusCodeStats | Unset
        if isinstance(_status_code_stats, Unset):
            status_code_stats = UNSET
        else:
            status_code_stats = StatisticsResponseStatusCodeStats.from_dict(
                _status_code_stats
            )

        _error_stats = d.pop("error_stats", UNSET)
        error_stats: StatisticsResponseErrorStats | Unset
        if isinstance(_error_stats, Unset):
            error_stats = UNSET
        else:
            error_stats = StatisticsResponseErrorStats.from_dict(_error_stats)

        _waf_stats = d.pop("waf_stats", UNSET)
        waf_stats: StatisticsResponseWafStats | Unset
        if isinstance(_waf_stats, Unset):
            waf_stats = UNSET
        else:
            waf_stats = StatisticsResponseWafStats.from_dict(_waf_stats)

        statistics_response = cls(
            status_code_stats=status_code_stats,
            error_stats=error_stats,
            waf_stats=waf_stats,
        )

        statistics_response.additional_properties = d
        return statistics_response

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

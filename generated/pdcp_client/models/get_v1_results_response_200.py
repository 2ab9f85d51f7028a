from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_results_response_200_filters import (
        GetV1ResultsResponse200Filters,
    )
    from ..models.get_v1_results_response_200_stats import GetV1ResultsResponse200Stats
    from ..models.vulnerability_results import VulnerabilityResults


T = TypeVar("T", bound="GetV1ResultsResponse200")


@_attrs_define
class GetV1ResultsResponse200:
    """
    Attributes:
        current_page (int):
        result_count (int):
        total_results (int):
        total_pages (int):
        message (str):
        data (list[VulnerabilityResults]):
        stats (GetV1ResultsResponse200Stats | Unset):
        filters (GetV1ResultsResponse200Filters | Unset):
    """

    current_page: int
    result_count: int
    total_results: int
    total_pages: int
    message: str
    data: list[VulnerabilityResults]
    stats: GetV1ResultsResponse200Stats | Unset = UNSET
    filters: GetV1ResultsResponse200Filters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("current_page" in self._left_out and self.current_page is None):
            current_page = self.current_page
            field_dict["current_page"] = current_page
        if not ("result_count" in self._left_out and self.result_count is None):
            result_count = self.result_count
            field_dict["result_count"] = result_count
        if not ("total_results" in self._left_out and self.total_results is None):
            total_results = self.total_results
            field_dict["total_results"] = total_results
        if not ("total_pages" in self._left_out and self.total_pages is None):
            total_pages = self.total_pages
            field_dict["total_pages"] = total_pages
        if not ("message" in self._left_out and self.message is None):
            message = self.message
            field_dict["message"] = message
        if not ("data" in self._left_out and self.data is None):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

            field_dict["data"] = data
        if stats is not UNSET:
            field_dict["stats"] = stats
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_results_response_200_filters import (
            GetV1ResultsResponse200Filters,
        )
        from ..models.get_v1_results_response_200_stats import (
            GetV1ResultsResponse200Stats,
        )
        from ..models.vulnerability_results import VulnerabilityResults

        d = dict(src_dict)
        if "current_page" in d:
            current_page = d.pop("current_page")
        else:
            current_page = None

        if "result_count" in d:
            result_count = d.pop("result_count")
        else:
            result_count = None

        if "total_results" in d:
            total_results = d.pop("total_results")
        else:
            total_results = None

        if "total_pages" in d:
            total_pages = d.pop("total_pages")
        else:
            total_pages = None

        if "message" in d:
            message = d.pop("message")
        else:
            message = None

        if "data" in d:
            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = VulnerabilityResults.from_dict(data_item_data)

                data.append(data_item)

        else:
            data = None

        _stats = d.pop("stats", UNSET)
        stats: GetV1ResultsResponse200Stats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = GetV1ResultsResponse200Stats.from_dict(_stats)

        _filters = d.pop("filters", UNSET)
        filters: GetV1ResultsResponse200Filters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = GetV1ResultsResponse200Filters.from_dict(_filters)

        get_v1_results_response_200 = cls(
            current_page=current_page,
            result_count=result_count,
            total_results=total_results,
            total_pages=total_pages,
            message=message,
            data=data,
            stats=stats,
            filters=filters,
        )
        get_v1_results_response_200._left_out = frozenset(
            name
            for name in (
                "current_page",
                "result_count",
                "total_results",
                "total_pages",
                "message",
                "data",
            )
            if name not in src_dict
        )

        get_v1_results_response_200.additional_properties = d
        return get_v1_results_response_200

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

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_data import TemplateData
    from ..models.template_stats import TemplateStats


T = TypeVar("T", bound="GetV2TemplateSearchResponse200")


@_attrs_define
class GetV2TemplateSearchResponse200:
    """
    Attributes:
        results (list[TemplateData]):
        total (int): Total number of matching results
        count (int): Number of results in this response
        facets (TemplateStats):
        message (str | Unset):
    """

    results: list[TemplateData]
    total: int
    count: int
    facets: TemplateStats
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("results" in self._left_out and self.results is None):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

            field_dict["results"] = results
        if not ("total" in self._left_out and self.total is None):
            total = self.total
            field_dict["total"] = total
        if not ("count" in self._left_out and self.count is None):
            count = self.count
            field_dict["count"] = count
        if not ("facets" in self._left_out and self.facets is None):
            facets = self.facets.to_dict()
            field_dict["facets"] = facets
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_data import TemplateData
        from ..models.template_stats import TemplateStats

        d = dict(src_dict)
        if "results" in d:
            results = []
            _results = d.pop("results")
            for results_item_data in _results:
                results_item = TemplateData.from_dict(results_item_data)

                results.append(results_item)

        else:
            results = None

        if "total" in d:
            total = d.pop("total")
        else:
            total = None

        if "count" in d:
            count = d.pop("count")
        else:
            count = None

        if "facets" in d:
            facets = TemplateStats.from_dict(d.pop("facets"))

        else:
            facets = None

        message = d.pop("message", UNSET)

        get_v2_template_search_response_200 = cls(
            results=results,
            total=total,
            count=count,
            facets=facets,
            message=message,
        )
        get_v2_template_search_response_200._left_out = frozenset(
            name
            for name in (
                "results",
                "total",
                "count",
                "facets",
            )
            if name not in src_dict
        )

        get_v2_template_search_response_200.additional_properties = d
        return get_v2_template_search_response_200

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

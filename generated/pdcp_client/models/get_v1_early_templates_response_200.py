from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

if TYPE_CHECKING:
    from ..models.template_data import TemplateData


T = TypeVar("T", bound="GetV1EarlyTemplatesResponse200")


@_attrs_define
class GetV1EarlyTemplatesResponse200:
    """
    Attributes:
        message (str):
        total (int | Unset):
        count (int | Unset):
        results (list[TemplateData] | Unset):
    """

    message: str
    total: int | Unset = UNSET
    count: int | Unset = UNSET
    results: list[TemplateData] = _attrs_field(factory=LeftOutList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        count = self.count

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("message" in self._left_out and self.message is None):
            message = self.message
            field_dict["message"] = message
        if total is not UNSET:
            field_dict["total"] = total
        if count is not UNSET:
            field_dict["count"] = count
        if results is not UNSET and not (
            isinstance(self.results, LeftOutList) and not self.results
        ):
            field_dict["results"] = results

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_data import TemplateData

        d = dict(src_dict)
        if "message" in d:
            message = d.pop("message")
        else:
            message = None

        total = d.pop("total", UNSET)

        count = d.pop("count", UNSET)

        _results = d.pop("results", UNSET)
        results: list[TemplateData] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = TemplateData.from_dict(results_item_data)

                results.append(results_item)

        get_v1_early_templates_response_200 = cls(
            message=message,
            total=total,
            count=count,
            results=LeftOutList() if results is None else results,
        )
        get_v1_early_templates_response_200._left_out = frozenset(
            name for name in ("message",) if name not in src_dict
        )

        get_v1_early_templates_response_200.additional_properties = d
        return get_v1_early_templates_response_200

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

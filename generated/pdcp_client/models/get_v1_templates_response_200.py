from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_data import TemplateData


T = TypeVar("T", bound="GetV1TemplatesResponse200")


@_attrs_define
class GetV1TemplatesResponse200:
    """
    Attributes:
        results (list[TemplateData]):
        message (str | Unset):
        count (int | Unset):
        total (int | Unset):
    """

    results: list[TemplateData]
    message: str | Unset = UNSET
    count: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        count = self.count

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("results" in self._left_out and self.results is None):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

            field_dict["results"] = results
        if message is not UNSET:
            field_dict["message"] = message
        if count is not UNSET:
            field_dict["count"] = count
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_data import TemplateData

        d = dict(src_dict)
        if "results" in d:
            results = []
            _results = d.pop("results")
            for results_item_data in _results:
                results_item = TemplateData.from_dict(results_item_data)

                results.append(results_item)

        else:
            results = None

        message = d.pop("message", UNSET)

        count = d.pop("count", UNSET)

        total = d.pop("total", UNSET)

        get_v1_templates_response_200 = cls(
            results=results,
            message=message,
            count=count,
            total=total,
        )
        get_v1_templates_response_200._left_out = frozenset(
            name for name in ("results",) if name not in src_dict
        )

        get_v1_templates_response_200.additional_properties = d
        return get_v1_templates_response_200

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

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_policy_suggestion import AssetPolicySuggestion


T = TypeVar("T", bound="AssetPolicySuggestionsResponse")


@_attrs_define
class AssetPolicySuggestionsResponse:
    """
    Attributes:
        suggestions (list[AssetPolicySuggestion]): List of suggested policies based on user asset patterns
        total (int): Total number of suggestions
        message (str | Unset):
    """

    suggestions: list[AssetPolicySuggestion]
    total: int
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("suggestions" in self._left_out and self.suggestions is None):
            suggestions = []
            for suggestions_item_data in self.suggestions:
                suggestions_item = suggestions_item_data.to_dict()
                suggestions.append(suggestions_item)

            field_dict["suggestions"] = suggestions
        if not ("total" in self._left_out and self.total is None):
            total = self.total
            field_dict["total"] = total
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_policy_suggestion import AssetPolicySuggestion

        d = dict(src_dict)
        if "suggestions" in d:
            suggestions = []
            _suggestions = d.pop("suggestions")
            for suggestions_item_data in _suggestions:
                suggestions_item = AssetPolicySuggestion.from_dict(
                    suggestions_item_data
                )

                suggestions.append(suggestions_item)

        else:
            suggestions = None

        if "total" in d:
            total = d.pop("total")
        else:
            total = None

        message = d.pop("message", UNSET)

        asset_policy_suggestions_response = cls(
            suggestions=suggestions,
            total=total,
            message=message,
        )
        asset_policy_suggestions_response._left_out = frozenset(
            name
            for name in (
                "suggestions",
                "total",
            )
            if name not in src_dict
        )

        asset_policy_suggestions_response.additional_properties = d
        return asset_policy_suggestions_response

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

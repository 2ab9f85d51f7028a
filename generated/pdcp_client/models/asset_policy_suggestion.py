from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

if TYPE_CHECKING:
    from ..models.asset_policy_suggestion_sample_assets_item import (
        AssetPolicySuggestionSampleAssetsItem,
    )
    from ..models.asset_policy_suggestion_suggested_policy import (
        AssetPolicySuggestionSuggestedPolicy,
    )


T = TypeVar("T", bound="AssetPolicySuggestion")


@_attrs_define
class AssetPolicySuggestion:
    """
    Attributes:
        id (str): Unique identifier for this suggestion (deterministic based on pattern)
        category (str): Category of the suggestion (e.g., ip_concentration, repeated_title)
        title (str): Human-readable title for the suggestion
        reason (str): Detailed explanation of why this suggestion is made
        severity (str): Severity level of the suggestion
        suggested_policy (AssetPolicySuggestionSuggestedPolicy):
        affected_count (int): Number of assets affected by this pattern
        affected_percentage (float | Unset): Percentage of total assets affected
        sample_assets (list[AssetPolicySuggestionSampleAssetsItem] | Unset): Sample assets matching this pattern
    """

    id: str
    category: str
    title: str
    reason: str
    severity: str
    suggested_policy: AssetPolicySuggestionSuggestedPolicy
    affected_count: int
    affected_percentage: float | Unset = UNSET
    sample_assets: list[AssetPolicySuggestionSampleAssetsItem] = _attrs_field(
        factory=LeftOutList
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        affected_percentage = self.affected_percentage

        sample_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sample_assets, Unset):
            sample_assets = []
            for sample_assets_item_data in self.sample_assets:
                sample_assets_item = sample_assets_item_data.to_dict()
                sample_assets.append(sample_assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("id" in self._left_out and self.id is None):
            id = self.id
            field_dict["id"] = id
        if not ("category" in self._left_out and self.category is None):
            category = self.category
            field_dict["category"] = category
        if not ("title" in self._left_out and self.title is None):
            title = self.title
            field_dict["title"] = title
        if not ("reason" in self._left_out and self.reason is None):
            reason = self.reason
            field_dict["reason"] = reason
        if not ("severity" in self._left_out and self.severity is None):
            severity = self.severity
            field_dict["severity"] = severity
        if not ("suggested_policy" in self._left_out and self.suggested_policy is None):
            suggested_policy = self.suggested_policy.to_dict()
            field_dict["suggested_policy"] = suggested_policy
        if not ("affected_count" in self._left_out and self.affected_count is None):
            affected_count = self.affected_count
            field_dict["affected_count"] = affected_count
        if affected_percentage is not UNSET:
            field_dict["affected_percentage"] = affected_percentage
        if sample_assets is not UNSET and not (
            isinstance(self.sample_assets, LeftOutList) and not self.sample_assets
        ):
            field_dict["sample_assets"] = sample_assets

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_policy_suggestion_sample_assets_item import (
            AssetPolicySuggestionSampleAssetsItem,
        )
        from ..models.asset_policy_suggestion_suggested_policy import (
            AssetPolicySuggestionSuggestedPolicy,
        )

        d = dict(src_dict)
        if "id" in d:
            id = d.pop("id")
        else:
            id = None

        if "category" in d:
            category = d.pop("category")
        else:
            category = None

        if "title" in d:
            title = d.pop("title")
        else:
            title = None

        if "reason" in d:
            reason = d.pop("reason")
        else:
            reason = None

        if "severity" in d:
            severity = d.pop("severity")
        else:
            severity = None

        if "suggested_policy" in d:
            suggested_policy = AssetPolicySuggestionSuggestedPolicy.from_dict(
                d.pop("suggested_policy")
            )

        else:
            suggested_policy = None

        if "affected_count" in d:
            affected_count = d.pop("affected_count")
        else:
            affected_count = None

        affected_percentage = d.pop("affected_percentage", UNSET)

        _sample_assets = d.pop("sample_assets", UNSET)
        sample_assets: list[AssetPolicySuggestionSampleAssetsItem] | Unset = UNSET
        if _sample_assets is not UNSET:
            sample_assets = []
            for sample_assets_item_data in _sample_assets:
                sample_assets_item = AssetPolicySuggestionSampleAssetsItem.from_dict(
                    sample_assets_item_data
                )

                sample_assets.append(sample_assets_item)

        asset_policy_suggestion = cls(
            id=id,
            category=category,
            title=title,
            reason=reason,
            severity=severity,
            suggested_policy=suggested_policy,
            affected_count=affected_count,
            affected_percentage=affected_percentage,
            sample_assets=LeftOutList() if sample_assets is None else sample_assets,
        )
        asset_policy_suggestion._left_out = frozenset(
            name
            for name in (
                "id",
                "category",
                "title",
                "reason",
                "severity",
                "suggested_policy",
                "affected_count",
            )
            if name not in src_dict
        )

        asset_policy_suggestion.additional_properties = d
        return asset_policy_suggestion

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

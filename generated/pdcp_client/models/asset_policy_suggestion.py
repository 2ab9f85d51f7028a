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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category = self.category

        title = self.title

        reason = self.reason

        severity = self.severity

        suggested_policy = self.suggested_policy.to_dict()

        affected_count = self.affected_count

        affected_percentage = self.affected_percentage

        sample_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sample_assets, Unset):
            sample_assets = []
            for sample_assets_item_data in self.sample_assets:
                sample_assets_item = sample_assets_item_data.to_dict()
                sample_assets.append(sample_assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "category": category,
                "title": title,
                "reason": reason,
                "severity": severity,
                "suggested_policy": suggested_policy,
                "affected_count": affected_count,
            }
        )
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
        id = d.pop("id")

        category = d.pop("category")

        title = d.pop("title")

        reason = d.pop("reason")

        severity = d.pop("severity")

        suggested_policy = AssetPolicySuggestionSuggestedPolicy.from_dict(
            d.pop("suggested_policy")
        )

        affected_count = d.pop("affected_count")

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

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_policy_type import AssetPolicyType
from ..types import UNSET, LeftOutList, Unset, enum_or_str

if TYPE_CHECKING:
    from ..models.asset_filters import AssetFilters


T = TypeVar("T", bound="AssetPolicySuggestionSuggestedPolicy")


@_attrs_define
class AssetPolicySuggestionSuggestedPolicy:
    """
    Attributes:
        name (str): Suggested name for the policy
        policy_type (AssetPolicyType): Type of action to perform when policy matches assets
        policies (AssetFilters):
        labels (list[str] | Unset): Labels to apply (for set_label/remove_label types)
    """

    name: str
    policy_type: AssetPolicyType | str
    policies: AssetFilters
    labels: list[str] = _attrs_field(factory=LeftOutList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("name" in self._left_out and self.name is None):
            name = self.name
            field_dict["name"] = name
        if not ("policy_type" in self._left_out and self.policy_type is None):
            policy_type = getattr(self.policy_type, "value", self.policy_type)
            field_dict["policy_type"] = policy_type
        if not ("policies" in self._left_out and self.policies is None):
            policies = self.policies.to_dict()
            field_dict["policies"] = policies
        if labels is not UNSET and not (
            isinstance(self.labels, LeftOutList) and not self.labels
        ):
            field_dict["labels"] = labels

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_filters import AssetFilters

        d = dict(src_dict)
        if "name" in d:
            name = d.pop("name")
        else:
            name = None

        if "policy_type" in d:
            policy_type = enum_or_str(AssetPolicyType, d.pop("policy_type"))

        else:
            policy_type = None

        if "policies" in d:
            policies = AssetFilters.from_dict(d.pop("policies"))

        else:
            policies = None

        labels = cast(list[str], d.pop("labels", UNSET))

        asset_policy_suggestion_suggested_policy = cls(
            name=name,
            policy_type=policy_type,
            policies=policies,
            labels=LeftOutList() if labels is None else labels,
        )
        asset_policy_suggestion_suggested_policy._left_out = frozenset(
            name
            for name in (
                "name",
                "policy_type",
                "policies",
            )
            if name not in src_dict
        )

        asset_policy_suggestion_suggested_policy.additional_properties = d
        return asset_policy_suggestion_suggested_policy

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

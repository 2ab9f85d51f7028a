from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_policy_type import AssetPolicyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_filters import AssetFilters


T = TypeVar("T", bound="PostV1AssetPolicyBody")


@_attrs_define
class PostV1AssetPolicyBody:
    """
    Attributes:
        policies (AssetFilters):
        name (str | Unset): Display name for the policy. Auto-generated if not provided.
        policy_type (AssetPolicyType | Unset): Type of action to perform when policy matches assets
        alerting_config_ids (list[str] | Unset): List of alerting configuration IDs (required when policy_type is
            'alert')
        labels (list[str] | Unset): List of labels to apply/remove (required when policy_type is 'set_label' or
            'remove_label')
        enumeration_ids (list[str] | Unset): Optional list of enumeration IDs to scope this policy to specific
            enumerations
        apply_to_existing (bool | Unset): When true, the policy action is applied to existing assets that match the
            conditions in addition to future assets. When false (default), the policy only applies to newly discovered
            assets. Default: False.
    """

    policies: AssetFilters
    name: str | Unset = UNSET
    policy_type: AssetPolicyType | Unset = UNSET
    alerting_config_ids: list[str] | Unset = UNSET
    labels: list[str] | Unset = UNSET
    enumeration_ids: list[str] | Unset = UNSET
    apply_to_existing: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policies = self.policies.to_dict()

        name = self.name

        policy_type: str | Unset = UNSET
        if not isinstance(self.policy_type, Unset):
            policy_type = self.policy_type.value

        alerting_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.alerting_config_ids, Unset):
            alerting_config_ids = self.alerting_config_ids

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        enumeration_ids: list[str] | Unset = UNSET
        if not isinstance(self.enumeration_ids, Unset):
            enumeration_ids = self.enumeration_ids

        apply_to_existing = self.apply_to_existing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policies": policies,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if policy_type is not UNSET:
            field_dict["policy_type"] = policy_type
        if alerting_config_ids is not UNSET:
            field_dict["alerting_config_ids"] = alerting_config_ids
        if labels is not UNSET:
            field_dict["labels"] = labels
        if enumeration_ids is not UNSET:
            field_dict["enumeration_ids"] = enumeration_ids
        if apply_to_existing is not UNSET:
            field_dict["apply_to_existing"] = apply_to_existing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_filters import AssetFilters

        d = dict(src_dict)
        policies = AssetFilters.from_dict(d.pop("policies"))

        name = d.pop("name", UNSET)

        _policy_type = d.pop("policy_type", UNSET)
        policy_type: AssetPolicyType | Unset
        if isinstance(_policy_type, Unset):
            policy_type = UNSET
        else:
            policy_type = AssetPolicyType(_policy_type)

        alerting_config_ids = cast(list[str], d.pop("alerting_config_ids", UNSET))

        labels = cast(list[str], d.pop("labels", UNSET))

        enumeration_ids = cast(list[str], d.pop("enumeration_ids", UNSET))

        apply_to_existing = d.pop("apply_to_existing", UNSET)

        post_v1_asset_policy_body = cls(
            policies=policies,
            name=name,
            policy_type=policy_type,
            alerting_config_ids=alerting_config_ids,
            labels=labels,
            enumeration_ids=enumeration_ids,
            apply_to_existing=apply_to_existing,
        )

        post_v1_asset_policy_body.additional_properties = d
        return post_v1_asset_policy_body

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

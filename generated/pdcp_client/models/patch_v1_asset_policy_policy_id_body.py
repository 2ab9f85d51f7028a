from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_policy_type import AssetPolicyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_filters import AssetFilters


T = TypeVar("T", bound="PatchV1AssetPolicyPolicyIdBody")


@_attrs_define
class PatchV1AssetPolicyPolicyIdBody:
    """
    Attributes:
        policies (AssetFilters | Unset):
        name (str | Unset): Display name for the policy
        enumeration_ids (list[str] | Unset): Optional list of enumeration IDs to scope this policy to specific
            enumerations
        policy_type (AssetPolicyType | Unset): Type of action to perform when policy matches assets
        labels (list[str] | Unset): List of labels to apply/remove (required when policy_type is set_label or
            remove_label). In append mode, merged with existing labels. In replace mode, replaces all labels.
        alerting_config_ids (list[str] | Unset): List of alerting configuration IDs (required when policy_type is
            alert). In append mode, merged with existing configs. In replace mode, replaces all configs.
        apply_to_existing (bool | Unset): When true, the policy action is applied to existing matching assets in
            addition to future assets.
    """

    policies: AssetFilters | Unset = UNSET
    name: str | Unset = UNSET
    enumeration_ids: list[str] | Unset = UNSET
    policy_type: AssetPolicyType | Unset = UNSET
    labels: list[str] | Unset = UNSET
    alerting_config_ids: list[str] | Unset = UNSET
    apply_to_existing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = self.policies.to_dict()

        name = self.name

        enumeration_ids: list[str] | Unset = UNSET
        if not isinstance(self.enumeration_ids, Unset):
            enumeration_ids = self.enumeration_ids

        policy_type: str | Unset = UNSET
        if not isinstance(self.policy_type, Unset):
            policy_type = self.policy_type.value

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        alerting_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.alerting_config_ids, Unset):
            alerting_config_ids = self.alerting_config_ids

        apply_to_existing = self.apply_to_existing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policies is not UNSET:
            field_dict["policies"] = policies
        if name is not UNSET:
            field_dict["name"] = name
        if enumeration_ids is not UNSET:
            field_dict["enumeration_ids"] = enumeration_ids
        if policy_type is not UNSET:
            field_dict["policy_type"] = policy_type
        if labels is not UNSET:
            field_dict["labels"] = labels
        if alerting_config_ids is not UNSET:
            field_dict["alerting_config_ids"] = alerting_config_ids
        if apply_to_existing is not UNSET:
            field_dict["apply_to_existing"] = apply_to_existing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_filters import AssetFilters

        d = dict(src_dict)
        _policies = d.pop("policies", UNSET)
        policies: AssetFilters | Unset
        if isinstance(_policies, Unset):
            policies = UNSET
        else:
            policies = AssetFilters.from_dict(_policies)

        name = d.pop("name", UNSET)

        enumeration_ids = cast(list[str], d.pop("enumeration_ids", UNSET))

        _policy_type = d.pop("policy_type", UNSET)
        policy_type: AssetPolicyType | Unset
        if isinstance(_policy_type, Unset):
            policy_type = UNSET
        else:
            policy_type = AssetPolicyType(_policy_type)

        labels = cast(list[str], d.pop("labels", UNSET))

        alerting_config_ids = cast(list[str], d.pop("alerting_config_ids", UNSET))

        apply_to_existing = d.pop("apply_to_existing", UNSET)

        patch_v1_asset_policy_policy_id_body = cls(
            policies=policies,
            name=name,
            enumeration_ids=enumeration_ids,
            policy_type=policy_type,
            labels=labels,
            alerting_config_ids=alerting_config_ids,
            apply_to_existing=apply_to_existing,
        )

        patch_v1_asset_policy_policy_id_body.additional_properties = d
        return patch_v1_asset_policy_policy_id_body

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

from __future__ import annotations

import datetime
import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_policy_type import AssetPolicyType
from ..types import UNSET, LeftOutList, Unset, enum_or_str

if TYPE_CHECKING:
    from ..models.asset_filters import AssetFilters
    from ..models.asset_policy_metadata import AssetPolicyMetadata


T = TypeVar("T", bound="AssetPolicy")


@_attrs_define
class AssetPolicy:
    """
    Attributes:
        id (str): Unique identifier for the asset policy
        name (str): Name of the asset policy
        policy_type (AssetPolicyType): Type of action to perform when policy matches assets
        policies (AssetFilters):
        created_at (datetime.datetime): Creation timestamp
        updated_at (datetime.datetime): Last update timestamp
        alerting_config_ids (list[str] | Unset): List of alerting configuration IDs bound to this asset policy (required
            for alert type)
        labels (list[str] | Unset): List of labels associated with this policy (used for set_label/remove_label types)
        enumeration_ids (list[str] | Unset): Optional list of enumeration IDs to scope this policy to specific
            enumerations
        metadata (AssetPolicyMetadata | Unset): Additional metadata
        last_executed_at (datetime.datetime | Unset): Timestamp of the last successful policy execution
        apply_to_existing (bool | Unset): Whether this policy applies to existing matching assets in addition to future
            assets
    """

    id: str
    name: str
    policy_type: AssetPolicyType | str
    policies: AssetFilters
    created_at: datetime.datetime
    updated_at: datetime.datetime
    alerting_config_ids: list[str] = _attrs_field(factory=LeftOutList)
    labels: list[str] = _attrs_field(factory=LeftOutList)
    enumeration_ids: list[str] = _attrs_field(factory=LeftOutList)
    metadata: AssetPolicyMetadata | Unset = UNSET
    last_executed_at: datetime.datetime | Unset = UNSET
    apply_to_existing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        alerting_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.alerting_config_ids, Unset):
            alerting_config_ids = self.alerting_config_ids

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        enumeration_ids: list[str] | Unset = UNSET
        if not isinstance(self.enumeration_ids, Unset):
            enumeration_ids = self.enumeration_ids

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        last_executed_at: str | Unset = UNSET
        if not isinstance(self.last_executed_at, Unset):
            last_executed_at = self.last_executed_at.isoformat()

        apply_to_existing = self.apply_to_existing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("id" in self._left_out and self.id is None):
            id = self.id
            field_dict["id"] = id
        if not ("name" in self._left_out and self.name is None):
            name = self.name
            field_dict["name"] = name
        if not ("policy_type" in self._left_out and self.policy_type is None):
            policy_type = getattr(self.policy_type, "value", self.policy_type)
            field_dict["policy_type"] = policy_type
        if not ("policies" in self._left_out and self.policies is None):
            policies = self.policies.to_dict()
            field_dict["policies"] = policies
        if not ("created_at" in self._left_out and self.created_at is None):
            created_at = self.created_at.isoformat()
            field_dict["created_at"] = created_at
        if not ("updated_at" in self._left_out and self.updated_at is None):
            updated_at = self.updated_at.isoformat()
            field_dict["updated_at"] = updated_at
        if alerting_config_ids is not UNSET and not (
            isinstance(self.alerting_config_ids, LeftOutList)
            and not self.alerting_config_ids
        ):
            field_dict["alerting_config_ids"] = alerting_config_ids
        if labels is not UNSET and not (
            isinstance(self.labels, LeftOutList) and not self.labels
        ):
            field_dict["labels"] = labels
        if enumeration_ids is not UNSET and not (
            isinstance(self.enumeration_ids, LeftOutList) and not self.enumeration_ids
        ):
            field_dict["enumeration_ids"] = enumeration_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if last_executed_at is not UNSET:
            field_dict["last_executed_at"] = last_executed_at
        if apply_to_existing is not UNSET:
            field_dict["apply_to_existing"] = apply_to_existing

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_filters import AssetFilters
        from ..models.asset_policy_metadata import AssetPolicyMetadata

        d = dict(src_dict)
        if "id" in d:
            id = d.pop("id")
        else:
            id = None

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

        if "created_at" in d:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        else:
            created_at = None

        if "updated_at" in d:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        else:
            updated_at = None

        alerting_config_ids = cast(list[str], d.pop("alerting_config_ids", UNSET))

        labels = cast(list[str], d.pop("labels", UNSET))

        enumeration_ids = cast(list[str], d.pop("enumeration_ids", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: AssetPolicyMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AssetPolicyMetadata.from_dict(_metadata)

        _last_executed_at = d.pop("last_executed_at", UNSET)
        last_executed_at: datetime.datetime | Unset
        if isinstance(_last_executed_at, Unset):
            last_executed_at = UNSET
        else:
            last_executed_at = datetime.datetime.fromisoformat(_last_executed_at)

        apply_to_existing = d.pop("apply_to_existing", UNSET)

        asset_policy = cls(
            id=id,
            name=name,
            policy_type=policy_type,
            policies=policies,
            created_at=created_at,
            updated_at=updated_at,
            alerting_config_ids=LeftOutList()
            if alerting_config_ids is None
            else alerting_config_ids,
            labels=LeftOutList() if labels is None else labels,
            enumeration_ids=LeftOutList()
            if enumeration_ids is None
            else enumeration_ids,
            metadata=metadata,
            last_executed_at=last_executed_at,
            apply_to_existing=apply_to_existing,
        )
        asset_policy._left_out = frozenset(
            name
            for name in (
                "id",
                "name",
                "policy_type",
                "policies",
                "created_at",
                "updated_at",
            )
            if name not in src_dict
        )

        asset_policy.additional_properties = d
        return asset_policy

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

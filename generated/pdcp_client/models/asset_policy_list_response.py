from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_policy import AssetPolicy


T = TypeVar("T", bound="AssetPolicyListResponse")


@_attrs_define
class AssetPolicyListResponse:
    """
    Attributes:
        policies (list[AssetPolicy]): Total number of asset policies for the user
        total (int):
        message (str | Unset):
    """

    policies: list[AssetPolicy]
    total: int
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policies = []
        for policies_item_data in self.policies:
            policies_item = policies_item_data.to_dict()
            policies.append(policies_item)

        total = self.total

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policies": policies,
                "total": total,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_policy import AssetPolicy

        d = dict(src_dict)
        policies = []
        _policies = d.pop("policies")
        for policies_item_data in _policies:
            policies_item = AssetPolicy.from_dict(policies_item_data)

            policies.append(policies_item)

        total = d.pop("total")

        message = d.pop("message", UNSET)

        asset_policy_list_response = cls(
            policies=policies,
            total=total,
            message=message,
        )

        asset_policy_list_response.additional_properties = d
        return asset_policy_list_response

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

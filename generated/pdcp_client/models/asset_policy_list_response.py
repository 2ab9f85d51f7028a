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
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("policies" in self._left_out and self.policies is None):
            policies = []
            for policies_item_data in self.policies:
                policies_item = policies_item_data.to_dict()
                policies.append(policies_item)

            field_dict["policies"] = policies
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
        from ..models.asset_policy import AssetPolicy

        d = dict(src_dict)
        if "policies" in d:
            policies = []
            _policies = d.pop("policies")
            for policies_item_data in _policies:
                policies_item = AssetPolicy.from_dict(policies_item_data)

                policies.append(policies_item)

        else:
            policies = None

        if "total" in d:
            total = d.pop("total")
        else:
            total = None

        message = d.pop("message", UNSET)

        asset_policy_list_response = cls(
            policies=policies,
            total=total,
            message=message,
        )
        asset_policy_list_response._left_out = frozenset(
            name
            for name in (
                "policies",
                "total",
            )
            if name not in src_dict
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

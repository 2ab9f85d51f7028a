from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_policy import AssetPolicy


T = TypeVar("T", bound="GetV1AssetPolicyPolicyIdResponse200")


@_attrs_define
class GetV1AssetPolicyPolicyIdResponse200:
    """
    Attributes:
        data (AssetPolicy | Unset):
        message (str | Unset):
    """

    data: AssetPolicy | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_policy import AssetPolicy

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: AssetPolicy | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AssetPolicy.from_dict(_data)

        message = d.pop("message", UNSET)

        get_v1_asset_policy_policy_id_response_200 = cls(
            data=data,
            message=message,
        )

        get_v1_asset_policy_policy_id_response_200.additional_properties = d
        return get_v1_asset_policy_policy_id_response_200

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

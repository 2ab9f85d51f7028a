from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PatchV1AssetLabelsResponse200")


@_attrs_define
class PatchV1AssetLabelsResponse200:
    """
    Attributes:
        message (str):
        asset_count (int):
        async_ (bool): Whether the operation is running asynchronously
    """

    message: str
    asset_count: int
    async_: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("message" in self._left_out and self.message is None):
            message = self.message
            field_dict["message"] = message
        if not ("asset_count" in self._left_out and self.asset_count is None):
            asset_count = self.asset_count
            field_dict["asset_count"] = asset_count
        if not ("async" in self._left_out and self.async_ is None):
            async_ = self.async_
            field_dict["async"] = async_

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "message" in d:
            message = d.pop("message")
        else:
            message = None

        if "asset_count" in d:
            asset_count = d.pop("asset_count")
        else:
            asset_count = None

        if "async" in d:
            async_ = d.pop("async")
        else:
            async_ = None

        patch_v1_asset_labels_response_200 = cls(
            message=message,
            asset_count=asset_count,
            async_=async_,
        )
        patch_v1_asset_labels_response_200._left_out = frozenset(
            name
            for name in (
                "message",
                "asset_count",
                "async",
            )
            if name not in src_dict
        )

        patch_v1_asset_labels_response_200.additional_properties = d
        return patch_v1_asset_labels_response_200

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

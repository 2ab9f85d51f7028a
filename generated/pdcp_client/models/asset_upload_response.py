from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUploadResponse")


@_attrs_define
class AssetUploadResponse:
    """
    Attributes:
        asset_id (str | Unset):
        message (str | Unset):
        upload_status (str | Unset):
        uploaded_at (str | Unset):
    """

    asset_id: str | Unset = UNSET
    message: str | Unset = UNSET
    upload_status: str | Unset = UNSET
    uploaded_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        message = self.message

        upload_status = self.upload_status

        uploaded_at = self.uploaded_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if message is not UNSET:
            field_dict["message"] = message
        if upload_status is not UNSET:
            field_dict["upload_status"] = upload_status
        if uploaded_at is not UNSET:
            field_dict["uploaded_at"] = uploaded_at

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("asset_id", UNSET)

        message = d.pop("message", UNSET)

        upload_status = d.pop("upload_status", UNSET)

        uploaded_at = d.pop("uploaded_at", UNSET)

        asset_upload_response = cls(
            asset_id=asset_id,
            message=message,
            upload_status=upload_status,
            uploaded_at=uploaded_at,
        )

        asset_upload_response.additional_properties = d
        return asset_upload_response

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

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scan_log_upload_url_response_headers import (
        ScanLogUploadUrlResponseHeaders,
    )


T = TypeVar("T", bound="ScanLogUploadUrlResponse")


@_attrs_define
class ScanLogUploadUrlResponse:
    """
    Attributes:
        upload_url (str | Unset):
        method (str | Unset):
        headers (ScanLogUploadUrlResponseHeaders | Unset):
        max_bytes (int | Unset):
        object_path (str | Unset):
        expires_at (str | Unset):
    """

    upload_url: str | Unset = UNSET
    method: str | Unset = UNSET
    headers: ScanLogUploadUrlResponseHeaders | Unset = UNSET
    max_bytes: int | Unset = UNSET
    object_path: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        method = self.method

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        max_bytes = self.max_bytes

        object_path = self.object_path

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload_url is not UNSET:
            field_dict["upload_url"] = upload_url
        if method is not UNSET:
            field_dict["method"] = method
        if headers is not UNSET:
            field_dict["headers"] = headers
        if max_bytes is not UNSET:
            field_dict["max_bytes"] = max_bytes
        if object_path is not UNSET:
            field_dict["object_path"] = object_path
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scan_log_upload_url_response_headers import (
            ScanLogUploadUrlResponseHeaders,
        )

        d = dict(src_dict)
        upload_url = d.pop("upload_url", UNSET)

        method = d.pop("method", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ScanLogUploadUrlResponseHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ScanLogUploadUrlResponseHeaders.from_dict(_headers)

        max_bytes = d.pop("max_bytes", UNSET)

        object_path = d.pop("object_path", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        scan_log_upload_url_response = cls(
            upload_url=upload_url,
            method=method,
            headers=headers,
            max_bytes=max_bytes,
            object_path=object_path,
            expires_at=expires_at,
        )

        scan_log_upload_url_response.additional_properties = d
        return scan_log_upload_url_response

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

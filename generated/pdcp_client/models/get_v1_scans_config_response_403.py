from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1ScansConfigResponse403")


@_attrs_define
class GetV1ScansConfigResponse403:
    """
    Attributes:
        message (str):
        kind (str | Unset):
        code (str | Unset):
        error (str | Unset):
        error_id (str | Unset):
        param (str | Unset):
        status (int | Unset):
    """

    message: str
    kind: str | Unset = UNSET
    code: str | Unset = UNSET
    error: str | Unset = UNSET
    error_id: str | Unset = UNSET
    param: str | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        code = self.code

        error = self.error

        error_id = self.error_id

        param = self.param

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("message" in self._left_out and self.message is None):
            message = self.message
            field_dict["message"] = message
        if kind is not UNSET:
            field_dict["kind"] = kind
        if code is not UNSET:
            field_dict["code"] = code
        if error is not UNSET:
            field_dict["error"] = error
        if error_id is not UNSET:
            field_dict["error_id"] = error_id
        if param is not UNSET:
            field_dict["param"] = param
        if status is not UNSET:
            field_dict["status"] = status

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

        kind = d.pop("kind", UNSET)

        code = d.pop("code", UNSET)

        error = d.pop("error", UNSET)

        error_id = d.pop("error_id", UNSET)

        param = d.pop("param", UNSET)

        status = d.pop("status", UNSET)

        get_v1_scans_config_response_403 = cls(
            message=message,
            kind=kind,
            code=code,
            error=error,
            error_id=error_id,
            param=param,
            status=status,
        )
        get_v1_scans_config_response_403._left_out = frozenset(
            name for name in ("message",) if name not in src_dict
        )

        get_v1_scans_config_response_403.additional_properties = d
        return get_v1_scans_config_response_403

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

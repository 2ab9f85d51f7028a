from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Weakness")


@_attrs_define
class Weakness:
    """
    Attributes:
        cwe_id (str | Unset): CWE ID for the weakness
        cwe_name (str | Unset): CWE Name for the weakness
    """

    cwe_id: str | Unset = UNSET
    cwe_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cwe_id = self.cwe_id

        cwe_name = self.cwe_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cwe_id is not UNSET:
            field_dict["cwe_id"] = cwe_id
        if cwe_name is not UNSET:
            field_dict["cwe_name"] = cwe_name

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cwe_id = d.pop("cwe_id", UNSET)

        cwe_name = d.pop("cwe_name", UNSET)

        weakness = cls(
            cwe_id=cwe_id,
            cwe_name=cwe_name,
        )

        weakness.additional_properties = d
        return weakness

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        cwe_id = self.cwe_id

        cwe_name = self.cwe_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cwe_id is not UNSET:
            field_dict["cwe_id"] = cwe_id
        if cwe_name is not UNSET:
            field_dict["cwe_name"] = cwe_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cwe_id = d.pop("cwe_id", UNSET)

        cwe_name = d.pop("cwe_name", UNSET)

        weakness = cls(
            cwe_id=cwe_id,
            cwe_name=cwe_name,
        )

        return weakness

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScanAssetListItemOptional")


@_attrs_define
class ScanAssetListItemOptional:
    """
    Attributes:
        host (str):
        scanned_on (datetime.datetime):
        port (int | Unset):
    """

    host: str
    scanned_on: datetime.datetime
    port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        scanned_on = self.scanned_on.isoformat()

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "scanned_on": scanned_on,
            }
        )
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        host = d.pop("host")

        scanned_on = datetime.datetime.fromisoformat(d.pop("scanned_on"))

        port = d.pop("port", UNSET)

        scan_asset_list_item_optional = cls(
            host=host,
            scanned_on=scanned_on,
            port=port,
        )

        scan_asset_list_item_optional.additional_properties = d
        return scan_asset_list_item_optional

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

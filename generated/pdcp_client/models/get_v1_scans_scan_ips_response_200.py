from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_v1_scans_scan_ips_response_200_ips_item import (
        GetV1ScansScanIpsResponse200IpsItem,
    )


T = TypeVar("T", bound="GetV1ScansScanIpsResponse200")


@_attrs_define
class GetV1ScansScanIpsResponse200:
    """
    Attributes:
        ips (list[GetV1ScansScanIpsResponse200IpsItem]):
    """

    ips: list[GetV1ScansScanIpsResponse200IpsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("ips" in self._left_out and self.ips is None):
            ips = []
            for ips_item_data in self.ips:
                ips_item = ips_item_data.to_dict()
                ips.append(ips_item)

            field_dict["ips"] = ips

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_scans_scan_ips_response_200_ips_item import (
            GetV1ScansScanIpsResponse200IpsItem,
        )

        d = dict(src_dict)
        if "ips" in d:
            ips = []
            _ips = d.pop("ips")
            for ips_item_data in _ips:
                ips_item = GetV1ScansScanIpsResponse200IpsItem.from_dict(ips_item_data)

                ips.append(ips_item)

        else:
            ips = None

        get_v1_scans_scan_ips_response_200 = cls(
            ips=ips,
        )
        get_v1_scans_scan_ips_response_200._left_out = frozenset(
            name for name in ("ips",) if name not in src_dict
        )

        get_v1_scans_scan_ips_response_200.additional_properties = d
        return get_v1_scans_scan_ips_response_200

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

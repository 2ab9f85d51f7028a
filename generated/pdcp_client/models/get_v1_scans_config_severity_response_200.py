from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_severity_mapping import CustomSeverityMapping


T = TypeVar("T", bound="GetV1ScansConfigSeverityResponse200")


@_attrs_define
class GetV1ScansConfigSeverityResponse200:
    """
    Attributes:
        custom_severity_mappings (list[CustomSeverityMapping]):
    """

    custom_severity_mappings: list[CustomSeverityMapping]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not (
            "custom_severity_mappings" in self._left_out
            and self.custom_severity_mappings is None
        ):
            custom_severity_mappings = []
            for custom_severity_mappings_item_data in self.custom_severity_mappings:
                custom_severity_mappings_item = (
                    custom_severity_mappings_item_data.to_dict()
                )
                custom_severity_mappings.append(custom_severity_mappings_item)

            field_dict["custom_severity_mappings"] = custom_severity_mappings

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_severity_mapping import CustomSeverityMapping

        d = dict(src_dict)
        if "custom_severity_mappings" in d:
            custom_severity_mappings = []
            _custom_severity_mappings = d.pop("custom_severity_mappings")
            for custom_severity_mappings_item_data in _custom_severity_mappings:
                custom_severity_mappings_item = CustomSeverityMapping.from_dict(
                    custom_severity_mappings_item_data
                )

                custom_severity_mappings.append(custom_severity_mappings_item)

        else:
            custom_severity_mappings = None

        get_v1_scans_config_severity_response_200 = cls(
            custom_severity_mappings=custom_severity_mappings,
        )
        get_v1_scans_config_severity_response_200._left_out = frozenset(
            name for name in ("custom_severity_mappings",) if name not in src_dict
        )

        get_v1_scans_config_severity_response_200.additional_properties = d
        return get_v1_scans_config_severity_response_200

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1ScansConfigSeverityBody")


@_attrs_define
class PostV1ScansConfigSeverityBody:
    """
    Attributes:
        template_id (str):
        custom_severity (str):
        vuln_id (str | Unset):
    """

    template_id: str
    custom_severity: str
    vuln_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        custom_severity = self.custom_severity

        vuln_id = self.vuln_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
                "custom_severity": custom_severity,
            }
        )
        if vuln_id is not UNSET:
            field_dict["vuln_id"] = vuln_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template_id = d.pop("template_id")

        custom_severity = d.pop("custom_severity")

        vuln_id = d.pop("vuln_id", UNSET)

        post_v1_scans_config_severity_body = cls(
            template_id=template_id,
            custom_severity=custom_severity,
            vuln_id=vuln_id,
        )

        post_v1_scans_config_severity_body.additional_properties = d
        return post_v1_scans_config_severity_body

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

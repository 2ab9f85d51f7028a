from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enumeration_config_steps_item import EnumerationConfigStepsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enumeration_launch_config import EnumerationLaunchConfig


T = TypeVar("T", bound="EnumerationConfig")


@_attrs_define
class EnumerationConfig:
    """
    Attributes:
        name (str | Unset):
        root_domains (list[str] | Unset):
        enrichment_inputs (list[str] | Unset):
        steps (list[EnumerationConfigStepsItem] | Unset):
        enum_ports (str | Unset):
        enumeration_config (EnumerationLaunchConfig | Unset):
        alerting_config_ids (list[str] | Unset):
        subfinder_config_ids (list[str] | Unset):
        exclusions (list[str] | Unset): Combined inclusion (prefixed with +) and exclusion patterns for discovery scope
        automatic_vuln_scans (bool | Unset):
    """

    name: str | Unset = UNSET
    root_domains: list[str] | Unset = UNSET
    enrichment_inputs: list[str] | Unset = UNSET
    steps: list[EnumerationConfigStepsItem] | Unset = UNSET
    enum_ports: str | Unset = UNSET
    enumeration_config: EnumerationLaunchConfig | Unset = UNSET
    alerting_config_ids: list[str] | Unset = UNSET
    subfinder_config_ids: list[str] | Unset = UNSET
    exclusions: list[str] | Unset = UNSET
    automatic_vuln_scans: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        root_domains: list[str] | Unset = UNSET
        if not isinstance(self.root_domains, Unset):
            root_domains = self.root_domains

        enrichment_inputs: list[str] | Unset = UNSET
        if not isinstance(self.enrichment_inputs, Unset):
            enrichment_inputs = self.enrichment_inputs

        steps: list[str] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.value
                steps.append(steps_item)

        enum_ports = self.enum_ports

        enumeration_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enumeration_config, Unset):
            enumeration_config = self.enumeration_config.to_dict()

        alerting_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.alerting_config_ids, Unset):
            alerting_config_ids = self.alerting_config_ids

        subfinder_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.subfinder_config_ids, Unset):
            subfinder_config_ids = self.subfinder_config_ids

        exclusions: list[str] | Unset = UNSET
        if not isinstance(self.exclusions, Unset):
            exclusions = self.exclusions

        automatic_vuln_scans = self.automatic_vuln_scans

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if root_domains is not UNSET:
            field_dict["root_domains"] = root_domains
        if enrichment_inputs is not UNSET:
            field_dict["enrichment_inputs"] = enrichment_inputs
        if steps is not UNSET:
            field_dict["steps"] = steps
        if enum_ports is not UNSET:
            field_dict["enum_ports"] = enum_ports
        if enumeration_config is not UNSET:
            field_dict["enumeration_config"] = enumeration_config
        if alerting_config_ids is not UNSET:
            field_dict["alerting_config_ids"] = alerting_config_ids
        if subfinder_config_ids is not UNSET:
            field_dict["subfinder_config_ids"] = subfinder_config_ids
        if exclusions is not UNSET:
            field_dict["exclusions"] = exclusions
        if automatic_vuln_scans is not UNSET:
            field_dict["automatic_vuln_scans"] = automatic_vuln_scans

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enumeration_launch_config import EnumerationLaunchConfig

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        root_domains = cast(list[str], d.pop("root_domains", UNSET))

        enrichment_inputs = cast(list[str], d.pop("enrichment_inputs", UNSET))

        _steps = d.pop("steps", UNSET)
        steps: list[EnumerationConfigStepsItem] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = EnumerationConfigStepsItem(steps_item_data)

                steps.append(steps_item)

        enum_ports = d.pop("enum_ports", UNSET)

        _enumeration_config = d.pop("enumeration_config", UNSET)
        enumeration_config: EnumerationLaunchConfig | Unset
        if isinstance(_enumeration_config, Unset):
            enumeration_config = UNSET
        else:
            enumeration_config = EnumerationLaunchConfig.from_dict(_enumeration_config)

        alerting_config_ids = cast(list[str], d.pop("alerting_config_ids", UNSET))

        subfinder_config_ids = cast(list[str], d.pop("subfinder_config_ids", UNSET))

        exclusions = cast(list[str], d.pop("exclusions", UNSET))

        automatic_vuln_scans = d.pop("automatic_vuln_scans", UNSET)

        enumeration_config = cls(
            name=name,
            root_domains=root_domains,
            enrichment_inputs=enrichment_inputs,
            steps=steps,
            enum_ports=enum_ports,
            enumeration_config=enumeration_config,
            alerting_config_ids=alerting_config_ids,
            subfinder_config_ids=subfinder_config_ids,
            exclusions=exclusions,
            automatic_vuln_scans=automatic_vuln_scans,
        )

        enumeration_config.additional_properties = d
        return enumeration_config

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

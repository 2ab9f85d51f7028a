from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_scan_data_agent_behavior import AutomationScanDataAgentBehavior
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enumeration_ids import EnumerationIds


T = TypeVar("T", bound="AutomationScanData")


@_attrs_define
class AutomationScanData:
    """
    Attributes:
        targets (list[str] | Unset):
        templates (list[str] | Unset):
        name (str | Unset):
        alerting_config_ids (list[str] | Unset):
        scan_config_ids (list[str] | Unset):
        reporting_config_ids (list[str] | Unset):
        early_templates (list[str] | Unset):
        exclude_targets (list[str] | Unset):
        enumeration_ids (list[EnumerationIds] | Unset):
        disable_global_alert_config (bool | Unset):
        disable_global_report_config (bool | Unset):
        disable_global_scan_config (bool | Unset):
        socks5_proxy (str | Unset):
        agent_id (str | Unset):
        agent_tags (list[str] | Unset):
        agent_networks (list[str] | Unset):
        agent_auto_discover (bool | Unset):
        agent_behavior (AutomationScanDataAgentBehavior | Unset):  Default: AutomationScanDataAgentBehavior.DISTRIBUTE.
        scan_id (str | Unset):
        update_existing_scan (bool | Unset):
        scan_all_assets (bool | Unset):
    """

    targets: list[str] | Unset = UNSET
    templates: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    alerting_config_ids: list[str] | Unset = UNSET
    scan_config_ids: list[str] | Unset = UNSET
    reporting_config_ids: list[str] | Unset = UNSET
    early_templates: list[str] | Unset = UNSET
    exclude_targets: list[str] | Unset = UNSET
    enumeration_ids: list[EnumerationIds] | Unset = UNSET
    disable_global_alert_config: bool | Unset = UNSET
    disable_global_report_config: bool | Unset = UNSET
    disable_global_scan_config: bool | Unset = UNSET
    socks5_proxy: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    agent_tags: list[str] | Unset = UNSET
    agent_networks: list[str] | Unset = UNSET
    agent_auto_discover: bool | Unset = UNSET
    agent_behavior: AutomationScanDataAgentBehavior | Unset = (
        AutomationScanDataAgentBehavior.DISTRIBUTE
    )
    scan_id: str | Unset = UNSET
    update_existing_scan: bool | Unset = UNSET
    scan_all_assets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        targets: list[str] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets

        templates: list[str] | Unset = UNSET
        if not isinstance(self.templates, Unset):
            templates = self.templates

        name = self.name

        alerting_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.alerting_config_ids, Unset):
            alerting_config_ids = self.alerting_config_ids

        scan_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.scan_config_ids, Unset):
            scan_config_ids = self.scan_config_ids

        reporting_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.reporting_config_ids, Unset):
            reporting_config_ids = self.reporting_config_ids

        early_templates: list[str] | Unset = UNSET
        if not isinstance(self.early_templates, Unset):
            early_templates = self.early_templates

        exclude_targets: list[str] | Unset = UNSET
        if not isinstance(self.exclude_targets, Unset):
            exclude_targets = self.exclude_targets

        enumeration_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enumeration_ids, Unset):
            enumeration_ids = []
            for enumeration_ids_item_data in self.enumeration_ids:
                enumeration_ids_item = enumeration_ids_item_data.to_dict()
                enumeration_ids.append(enumeration_ids_item)

        disable_global_alert_config = self.disable_global_alert_config

        disable_global_report_config = self.disable_global_report_config

        disable_global_scan_config = self.disable_global_scan_config

        socks5_proxy = self.socks5_proxy

        agent_id = self.agent_id

        agent_tags: list[str] | Unset = UNSET
        if not isinstance(self.agent_tags, Unset):
            agent_tags = self.agent_tags

        agent_networks: list[str] | Unset = UNSET
        if not isinstance(self.agent_networks, Unset):
            agent_networks = self.agent_networks

        agent_auto_discover = self.agent_auto_discover

        agent_behavior: str | Unset = UNSET
        if not isinstance(self.agent_behavior, Unset):
            agent_behavior = self.agent_behavior.value

        scan_id = self.scan_id

        update_existing_scan = self.update_existing_scan

        scan_all_assets = self.scan_all_assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if targets is not UNSET:
            field_dict["targets"] = targets
        if templates is not UNSET:
            field_dict["templates"] = templates
        if name is not UNSET:
            field_dict["name"] = name
        if alerting_config_ids is not UNSET:
            field_dict["alerting_config_ids"] = alerting_config_ids
        if scan_config_ids is not UNSET:
            field_dict["scan_config_ids"] = scan_config_ids
        if reporting_config_ids is not UNSET:
            field_dict["reporting_config_ids"] = reporting_config_ids
        if early_templates is not UNSET:
            field_dict["early_templates"] = early_templates
        if exclude_targets is not UNSET:
            field_dict["exclude_targets"] = exclude_targets
        if enumeration_ids is not UNSET:
            field_dict["enumeration_ids"] = enumeration_ids
        if disable_global_alert_config is not UNSET:
            field_dict["disable_global_alert_config"] = disable_global_alert_config
        if disable_global_report_config is not UNSET:
            field_dict["disable_global_report_config"] = disable_global_report_config
        if disable_global_scan_config is not UNSET:
            field_dict["disable_global_scan_config"] = disable_global_scan_config
        if socks5_proxy is not UNSET:
            field_dict["socks5_proxy"] = socks5_proxy
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_tags is not UNSET:
            field_dict["agent_tags"] = agent_tags
        if agent_networks is not UNSET:
            field_dict["agent_networks"] = agent_networks
        if agent_auto_discover is not UNSET:
            field_dict["agent_auto_discover"] = agent_auto_discover
        if agent_behavior is not UNSET:
            field_dict["agent_behavior"] = agent_behavior
        if scan_id is not UNSET:
            field_dict["scan_id"] = scan_id
        if update_existing_scan is not UNSET:
            field_dict["update_existing_scan"] = update_existing_scan
        if scan_all_assets is not UNSET:
            field_dict["scan_all_assets"] = scan_all_assets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enumeration_ids import EnumerationIds

        d = dict(src_dict)
        targets = cast(list[str], d.pop("targets", UNSET))

        templates = cast(list[str], d.pop("templates", UNSET))

        name = d.pop("name", UNSET)

        alerting_config_ids = cast(list[str], d.pop("alerting_config_ids", UNSET))

        scan_config_ids = cast(list[str], d.pop("scan_config_ids", UNSET))

        reporting_config_ids = cast(list[str], d.pop("reporting_config_ids", UNSET))

        early_templates = cast(list[str], d.pop("early_templates", UNSET))

        exclude_targets = cast(list[str], d.pop("exclude_targets", UNSET))

        _enumeration_ids = d.pop("enumeration_ids", UNSET)
        enumeration_ids: list[EnumerationIds] | Unset = UNSET
        if _enumeration_ids is not UNSET:
            enumeration_ids = []
            for enumeration_ids_item_data in _enumeration_ids:
                enumeration_ids_item = EnumerationIds.from_dict(
                    enumeration_ids_item_data
                )

                enumeration_ids.append(enumeration_ids_item)

        disable_global_alert_config = d.pop("disable_global_alert_config", UNSET)

        disable_global_report_config = d.pop("disable_global_report_config", UNSET)

        disable_global_scan_config = d.pop("disable_global_scan_config", UNSET)

        socks5_proxy = d.pop("socks5_proxy", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        agent_tags = cast(list[str], d.pop("agent_tags", UNSET))

        agent_networks = cast(list[str], d.pop("agent_networks", UNSET))

        agent_auto_discover = d.pop("agent_auto_discover", UNSET)

        _agent_behavior = d.pop("agent_behavior", UNSET)
        agent_behavior: AutomationScanDataAgentBehavior | Unset
        if isinstance(_agent_behavior, Unset):
            agent_behavior = UNSET
        else:
            agent_behavior = AutomationScanDataAgentBehavior(_agent_behavior)

        scan_id = d.pop("scan_id", UNSET)

        update_existing_scan = d.pop("update_existing_scan", UNSET)

        scan_all_assets = d.pop("scan_all_assets", UNSET)

        automation_scan_data = cls(
            targets=targets,
            templates=templates,
            name=name,
            alerting_config_ids=alerting_config_ids,
            scan_config_ids=scan_config_ids,
            reporting_config_ids=reporting_config_ids,
            early_templates=early_templates,
            exclude_targets=exclude_targets,
            enumeration_ids=enumeration_ids,
            disable_global_alert_config=disable_global_alert_config,
            disable_global_report_config=disable_global_report_config,
            disable_global_scan_config=disable_global_scan_config,
            socks5_proxy=socks5_proxy,
            agent_id=agent_id,
            agent_tags=agent_tags,
            agent_networks=agent_networks,
            agent_auto_discover=agent_auto_discover,
            agent_behavior=agent_behavior,
            scan_id=scan_id,
            update_existing_scan=update_existing_scan,
            scan_all_assets=scan_all_assets,
        )

        automation_scan_data.additional_properties = d
        return automation_scan_data

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

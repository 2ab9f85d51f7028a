from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_config_update_item_agent_behavior import (
    ScanConfigUpdateItemAgentBehavior,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_filters import AssetFilters
    from ..models.enumeration_id_types import EnumerationIDTypes


T = TypeVar("T", bound="ScanConfigUpdateItem")


@_attrs_define
class ScanConfigUpdateItem:
    """
    Attributes:
        targets (list[str] | Unset):
        assets_lists (list[str] | Unset):
        templates (list[str] | Unset):
        early_templates (list[str] | Unset):
        scan_config_ids (list[str] | Unset):
        report_config_ids (list[str] | Unset):
        alerting_config_ids (list[str] | Unset):
        enumeration_ids (list[EnumerationIDTypes] | Unset):
        socks5_proxy (str | Unset):
        agent_id (str | Unset):
        agent_tags (list[str] | Unset):
        agent_networks (list[str] | Unset):
        agent_behavior (ScanConfigUpdateItemAgentBehavior | Unset):  Default:
            ScanConfigUpdateItemAgentBehavior.DISTRIBUTE.
        scan_all_assets (bool | Unset):
        asset_filters (AssetFilters | Unset):
    """

    targets: list[str] | Unset = UNSET
    assets_lists: list[str] | Unset = UNSET
    templates: list[str] | Unset = UNSET
    early_templates: list[str] | Unset = UNSET
    scan_config_ids: list[str] | Unset = UNSET
    report_config_ids: list[str] | Unset = UNSET
    alerting_config_ids: list[str] | Unset = UNSET
    enumeration_ids: list[EnumerationIDTypes] | Unset = UNSET
    socks5_proxy: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    agent_tags: list[str] | Unset = UNSET
    agent_networks: list[str] | Unset = UNSET
    agent_behavior: ScanConfigUpdateItemAgentBehavior | Unset = (
        ScanConfigUpdateItemAgentBehavior.DISTRIBUTE
    )
    scan_all_assets: bool | Unset = UNSET
    asset_filters: AssetFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        targets: list[str] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets

        assets_lists: list[str] | Unset = UNSET
        if not isinstance(self.assets_lists, Unset):
            assets_lists = self.assets_lists

        templates: list[str] | Unset = UNSET
        if not isinstance(self.templates, Unset):
            templates = self.templates

        early_templates: list[str] | Unset = UNSET
        if not isinstance(self.early_templates, Unset):
            early_templates = self.early_templates

        scan_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.scan_config_ids, Unset):
            scan_config_ids = self.scan_config_ids

        report_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.report_config_ids, Unset):
            report_config_ids = self.report_config_ids

        alerting_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.alerting_config_ids, Unset):
            alerting_config_ids = self.alerting_config_ids

        enumeration_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enumeration_ids, Unset):
            enumeration_ids = []
            for enumeration_ids_item_data in self.enumeration_ids:
                enumeration_ids_item = enumeration_ids_item_data.to_dict()
                enumeration_ids.append(enumeration_ids_item)

        socks5_proxy = self.socks5_proxy

        agent_id = self.agent_id

        agent_tags: list[str] | Unset = UNSET
        if not isinstance(self.agent_tags, Unset):
            agent_tags = self.agent_tags

        agent_networks: list[str] | Unset = UNSET
        if not isinstance(self.agent_networks, Unset):
            agent_networks = self.agent_networks

        agent_behavior: str | Unset = UNSET
        if not isinstance(self.agent_behavior, Unset):
            agent_behavior = self.agent_behavior.value

        scan_all_assets = self.scan_all_assets

        asset_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_filters, Unset):
            asset_filters = self.asset_filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if targets is not UNSET:
            field_dict["targets"] = targets
        if assets_lists is not UNSET:
            field_dict["assets_lists"] = assets_lists
        if templates is not UNSET:
            field_dict["templates"] = templates
        if early_templates is not UNSET:
            field_dict["early_templates"] = early_templates
        if scan_config_ids is not UNSET:
            field_dict["scan_config_ids"] = scan_config_ids
        if report_config_ids is not UNSET:
            field_dict["report_config_ids"] = report_config_ids
        if alerting_config_ids is not UNSET:
            field_dict["alerting_config_ids"] = alerting_config_ids
        if enumeration_ids is not UNSET:
            field_dict["enumeration_ids"] = enumeration_ids
        if socks5_proxy is not UNSET:
            field_dict["socks5_proxy"] = socks5_proxy
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_tags is not UNSET:
            field_dict["agent_tags"] = agent_tags
        if agent_networks is not UNSET:
            field_dict["agent_networks"] = agent_networks
        if agent_behavior is not UNSET:
            field_dict["agent_behavior"] = agent_behavior
        if scan_all_assets is not UNSET:
            field_dict["scan_all_assets"] = scan_all_assets
        if asset_filters is not UNSET:
            field_dict["asset_filters"] = asset_filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_filters import AssetFilters
        from ..models.enumeration_id_types import EnumerationIDTypes

        d = dict(src_dict)
        targets = cast(list[str], d.pop("targets", UNSET))

        assets_lists = cast(list[str], d.pop("assets_lists", UNSET))

        templates = cast(list[str], d.pop("templates", UNSET))

        early_templates = cast(list[str], d.pop("early_templates", UNSET))

        scan_config_ids = cast(list[str], d.pop("scan_config_ids", UNSET))

        report_config_ids = cast(list[str], d.pop("report_config_ids", UNSET))

        alerting_config_ids = cast(list[str], d.pop("alerting_config_ids", UNSET))

        _enumeration_ids = d.pop("enumeration_ids", UNSET)
        enumeration_ids: list[EnumerationIDTypes] | Unset = UNSET
        if _enumeration_ids is not UNSET:
            enumeration_ids = []
            for enumeration_ids_item_data in _enumeration_ids:
                enumeration_ids_item = EnumerationIDTypes.from_dict(
                    enumeration_ids_item_data
                )

                enumeration_ids.append(enumeration_ids_item)

        socks5_proxy = d.pop("socks5_proxy", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        agent_tags = cast(list[str], d.pop("agent_tags", UNSET))

        agent_networks = cast(list[str], d.pop("agent_networks", UNSET))

        _agent_behavior = d.pop("agent_behavior", UNSET)
        agent_behavior: ScanConfigUpdateItemAgentBehavior | Unset
        if isinstance(_agent_behavior, Unset):
            agent_behavior = UNSET
        else:
            agent_behavior = ScanConfigUpdateItemAgentBehavior(_agent_behavior)

        scan_all_assets = d.pop("scan_all_assets", UNSET)

        _asset_filters = d.pop("asset_filters", UNSET)
        asset_filters: AssetFilters | Unset
        if isinstance(_asset_filters, Unset):
            asset_filters = UNSET
        else:
            asset_filters = AssetFilters.from_dict(_asset_filters)

        scan_config_update_item = cls(
            targets=targets,
            assets_lists=assets_lists,
            templates=templates,
            early_templates=early_templates,
            scan_config_ids=scan_config_ids,
            report_config_ids=report_config_ids,
            alerting_config_ids=alerting_config_ids,
            enumeration_ids=enumeration_ids,
            socks5_proxy=socks5_proxy,
            agent_id=agent_id,
            agent_tags=agent_tags,
            agent_networks=agent_networks,
            agent_behavior=agent_behavior,
            scan_all_assets=scan_all_assets,
            asset_filters=asset_filters,
        )

        scan_config_update_item.additional_properties = d
        return scan_config_update_item

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

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_scan_request_agent_behavior import CreateScanRequestAgentBehavior
from ..types import UNSET, LeftOutList, Unset, enum_or_str

if TYPE_CHECKING:
    from ..models.asset_filters import AssetFilters
    from ..models.enumeration_ids import EnumerationIds
    from ..models.private_templates import PrivateTemplates


T = TypeVar("T", bound="CreateScanRequest")


@_attrs_define
class CreateScanRequest:
    """
    Attributes:
        targets (list[str] | Unset):
        templates (list[str] | Unset):
        assets (list[str] | Unset):
        private_templates (list[PrivateTemplates] | Unset):
        name (str | Unset):
        recommended (bool | Unset):
        all_ (bool | Unset):
        alerting_config_ids (list[str] | Unset):
        scan_config_ids (list[str] | Unset):
        reporting_config_ids (list[str] | Unset):
        early_templates (list[str] | Unset):
        exclude_targets (list[str] | Unset):
        enumeration_ids (list[EnumerationIds] | Unset):
        schedule_only (bool | Unset):
        disable_global_alert_config (bool | Unset):
        disable_global_report_config (bool | Unset):
        disable_global_scan_config (bool | Unset):
        socks5_proxy (str | Unset):
        agent_id (str | Unset):
        agent_tags (list[str] | Unset):
        agent_networks (list[str] | Unset):
        agent_behavior (CreateScanRequestAgentBehavior | Unset):  Default: CreateScanRequestAgentBehavior.DISTRIBUTE.
        automatic_scan (bool | Unset):
        scan_all_assets (bool | Unset):
        exclusions (list[str] | Unset): Combined inclusion and exclusion patterns for scan scope. Exclusion patterns
            (e.g. `*.staging.company.com`) filter out matching targets. Inclusion patterns use a `+` prefix (e.g.
            `+prod-*.company.com`) to restrict scanning to only matching targets (allowlist mode). When inclusion patterns
            are present, targets must match at least one inclusion pattern and not match any exclusion pattern. Supports
            exact domains, wildcard patterns, IP addresses, and CIDR ranges.
        asset_filters (AssetFilters | Unset):
    """

    targets: list[str] = _attrs_field(factory=LeftOutList)
    templates: list[str] = _attrs_field(factory=LeftOutList)
    assets: list[str] = _attrs_field(factory=LeftOutList)
    private_templates: list[PrivateTemplates] = _attrs_field(factory=LeftOutList)
    name: str | Unset = UNSET
    recommended: bool | Unset = UNSET
    all_: bool | Unset = UNSET
    alerting_config_ids: list[str] = _attrs_field(factory=LeftOutList)
    scan_config_ids: list[str] = _attrs_field(factory=LeftOutList)
    reporting_config_ids: list[str] = _attrs_field(factory=LeftOutList)
    early_templates: list[str] = _attrs_field(factory=LeftOutList)
    exclude_targets: list[str] = _attrs_field(factory=LeftOutList)
    enumeration_ids: list[EnumerationIds] = _attrs_field(factory=LeftOutList)
    schedule_only: bool | Unset = UNSET
    disable_global_alert_config: bool | Unset = UNSET
    disable_global_report_config: bool | Unset = UNSET
    disable_global_scan_config: bool | Unset = UNSET
    socks5_proxy: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    agent_tags: list[str] = _attrs_field(factory=LeftOutList)
    agent_networks: list[str] = _attrs_field(factory=LeftOutList)
    agent_behavior: CreateScanRequestAgentBehavior | str | Unset = (
        CreateScanRequestAgentBehavior.DISTRIBUTE
    )
    automatic_scan: bool | Unset = UNSET
    scan_all_assets: bool | Unset = UNSET
    exclusions: list[str] = _attrs_field(factory=LeftOutList)
    asset_filters: AssetFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        targets: list[str] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets

        templates: list[str] | Unset = UNSET
        if not isinstance(self.templates, Unset):
            templates = self.templates

        assets: list[str] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets

        private_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.private_templates, Unset):
            private_templates = []
            for private_templates_item_data in self.private_templates:
                private_templates_item = private_templates_item_data.to_dict()
                private_templates.append(private_templates_item)

        name = self.name

        recommended = self.recommended

        all_ = self.all_

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

        schedule_only = self.schedule_only

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

        agent_behavior: str | Unset = UNSET
        if not isinstance(self.agent_behavior, Unset):
            agent_behavior = getattr(self.agent_behavior, "value", self.agent_behavior)

        automatic_scan = self.automatic_scan

        scan_all_assets = self.scan_all_assets

        exclusions: list[str] | Unset = UNSET
        if not isinstance(self.exclusions, Unset):
            exclusions = self.exclusions

        asset_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_filters, Unset):
            asset_filters = self.asset_filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if targets is not UNSET and not (
            isinstance(self.targets, LeftOutList) and not self.targets
        ):
            field_dict["targets"] = targets
        if templates is not UNSET and not (
            isinstance(self.templates, LeftOutList) and not self.templates
        ):
            field_dict["templates"] = templates
        if assets is not UNSET and not (
            isinstance(self.assets, LeftOutList) and not self.assets
        ):
            field_dict["assets"] = assets
        if private_templates is not UNSET and not (
            isinstance(self.private_templates, LeftOutList)
            and not self.private_templates
        ):
            field_dict["private_templates"] = private_templates
        if name is not UNSET:
            field_dict["name"] = name
        if recommended is not UNSET:
            field_dict["recommended"] = recommended
        if all_ is not UNSET:
            field_dict["all"] = all_
        if alerting_config_ids is not UNSET and not (
            isinstance(self.alerting_config_ids, LeftOutList)
            and not self.alerting_config_ids
        ):
            field_dict["alerting_config_ids"] = alerting_config_ids
        if scan_config_ids is not UNSET and not (
            isinstance(self.scan_config_ids, LeftOutList) and not self.scan_config_ids
        ):
            field_dict["scan_config_ids"] = scan_config_ids
        if reporting_config_ids is not UNSET and not (
            isinstance(self.reporting_config_ids, LeftOutList)
            and not self.reporting_config_ids
        ):
            field_dict["reporting_config_ids"] = reporting_config_ids
        if early_templates is not UNSET and not (
            isinstance(self.early_templates, LeftOutList) and not self.early_templates
        ):
            field_dict["early_templates"] = early_templates
        if exclude_targets is not UNSET and not (
            isinstance(self.exclude_targets, LeftOutList) and not self.exclude_targets
        ):
            field_dict["exclude_targets"] = exclude_targets
        if enumeration_ids is not UNSET and not (
            isinstance(self.enumeration_ids, LeftOutList) and not self.enumeration_ids
        ):
            field_dict["enumeration_ids"] = enumeration_ids
        if schedule_only is not UNSET:
            field_dict["schedule_only"] = schedule_only
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
        if agent_tags is not UNSET and not (
            isinstance(self.agent_tags, LeftOutList) and not self.agent_tags
        ):
            field_dict["agent_tags"] = agent_tags
        if agent_networks is not UNSET and not (
            isinstance(self.agent_networks, LeftOutList) and not self.agent_networks
        ):
            field_dict["agent_networks"] = agent_networks
        if agent_behavior is not UNSET:
            field_dict["agent_behavior"] = agent_behavior
        if automatic_scan is not UNSET:
            field_dict["automatic_scan"] = automatic_scan
        if scan_all_assets is not UNSET:
            field_dict["scan_all_assets"] = scan_all_assets
        if exclusions is not UNSET and not (
            isinstance(self.exclusions, LeftOutList) and not self.exclusions
        ):
            field_dict["exclusions"] = exclusions
        if asset_filters is not UNSET:
            field_dict["asset_filters"] = asset_filters

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_filters import AssetFilters
        from ..models.enumeration_ids import EnumerationIds
        from ..models.private_templates import PrivateTemplates

        d = dict(src_dict)
        targets = cast(list[str], d.pop("targets", UNSET))

        templates = cast(list[str], d.pop("templates", UNSET))

        assets = cast(list[str], d.pop("assets", UNSET))

        _private_templates = d.pop("private_templates", UNSET)
        private_templates: list[PrivateTemplates] | Unset = UNSET
        if _private_templates is not UNSET:
            private_templates = []
            for private_templates_item_data in _private_templates:
                private_templates_item = PrivateTemplates.from_dict(
                    private_templates_item_data
                )

                private_templates.append(private_templates_item)

        name = d.pop("name", UNSET)

        recommended = d.pop("recommended", UNSET)

        all_ = d.pop("all", UNSET)

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

        schedule_only = d.pop("schedule_only", UNSET)

        disable_global_alert_config = d.pop("disable_global_alert_config", UNSET)

        disable_global_report_config = d.pop("disable_global_report_config", UNSET)

        disable_global_scan_config = d.pop("disable_global_scan_config", UNSET)

        socks5_proxy = d.pop("socks5_proxy", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        agent_tags = cast(list[str], d.pop("agent_tags", UNSET))

        agent_networks = cast(list[str], d.pop("agent_networks", UNSET))

        _agent_behavior = d.pop("agent_behavior", UNSET)
        agent_behavior: CreateScanRequestAgentBehavior | Unset
        if isinstance(_agent_behavior, Unset):
            agent_behavior = UNSET
        else:
            agent_behavior = enum_or_str(
                CreateScanRequestAgentBehavior, _agent_behavior
            )

        automatic_scan = d.pop("automatic_scan", UNSET)

        scan_all_assets = d.pop("scan_all_assets", UNSET)

        exclusions = cast(list[str], d.pop("exclusions", UNSET))

        _asset_filters = d.pop("asset_filters", UNSET)
        asset_filters: AssetFilters | Unset
        if isinstance(_asset_filters, Unset):
            asset_filters = UNSET
        else:
            asset_filters = AssetFilters.from_dict(_asset_filters)

        create_scan_request = cls(
            targets=LeftOutList() if targets is None else targets,
            templates=LeftOutList() if templates is None else templates,
            assets=LeftOutList() if assets is None else assets,
            private_templates=LeftOutList()
            if private_templates is None
            else private_templates,
            name=name,
            recommended=recommended,
            all_=all_,
            alerting_config_ids=LeftOutList()
            if alerting_config_ids is None
            else alerting_config_ids,
            scan_config_ids=LeftOutList()
            if scan_config_ids is None
            else scan_config_ids,
            reporting_config_ids=LeftOutList()
            if reporting_config_ids is None
            else reporting_config_ids,
            early_templates=LeftOutList()
            if early_templates is None
            else early_templates,
            exclude_targets=LeftOutList()
            if exclude_targets is None
            else exclude_targets,
            enumeration_ids=LeftOutList()
            if enumeration_ids is None
            else enumeration_ids,
            schedule_only=schedule_only,
            disable_global_alert_config=disable_global_alert_config,
            disable_global_report_config=disable_global_report_config,
            disable_global_scan_config=disable_global_scan_config,
            socks5_proxy=socks5_proxy,
            agent_id=agent_id,
            agent_tags=LeftOutList() if agent_tags is None else agent_tags,
            agent_networks=LeftOutList() if agent_networks is None else agent_networks,
            agent_behavior=agent_behavior,
            automatic_scan=automatic_scan,
            scan_all_assets=scan_all_assets,
            exclusions=LeftOutList() if exclusions is None else exclusions,
            asset_filters=asset_filters,
        )

        create_scan_request.additional_properties = d
        return create_scan_request

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

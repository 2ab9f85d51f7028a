from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_v1_asset_enumerate_body_agent_behavior import (
    PostV1AssetEnumerateBodyAgentBehavior,
)
from ..models.post_v1_asset_enumerate_body_steps_item import (
    PostV1AssetEnumerateBodyStepsItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_v1_asset_enumerate_body_enumeration_config import (
        PostV1AssetEnumerateBodyEnumerationConfig,
    )


T = TypeVar("T", bound="PostV1AssetEnumerateBody")


@_attrs_define
class PostV1AssetEnumerateBody:
    """
    Attributes:
        root_domains (list[str] | Unset):
        enrichment_inputs (list[str] | Unset):
        cloudlist_config_ids (list[str] | Unset):
        name (str | Unset):
        steps (list[PostV1AssetEnumerateBodyStepsItem] | Unset):
        enumeration_ports (str | Unset):
        alerting_config_ids (list[str] | Unset):
        disable_global_alert_config (bool | Unset):
        exclude_targets (list[str] | Unset):
        enumeration_config (PostV1AssetEnumerateBodyEnumerationConfig | Unset):
        automatic_vuln_scans (bool | Unset):
        per_domain_enumeration (bool | Unset):
        agent_id (str | Unset):
        agent_tags (list[str] | Unset):
        agent_networks (list[str] | Unset):
        agent_behavior (PostV1AssetEnumerateBodyAgentBehavior | Unset):  Default:
            PostV1AssetEnumerateBodyAgentBehavior.DISTRIBUTE.
        agent_auto_discover (bool | Unset):
        exclusions (list[str] | Unset): Combined inclusion and exclusion patterns for discovery scope. Exclusion
            patterns (e.g. `*.staging.company.com`) filter out matching targets. Inclusion patterns use a `+` prefix (e.g.
            `+prod-*.company.com`) to restrict discovery to only matching targets (allowlist mode). When inclusion patterns
            are present, targets must match at least one inclusion pattern and not match any exclusion pattern. Supports
            exact domains, wildcard patterns, IP addresses, and CIDR ranges.
    """

    root_domains: list[str] | Unset = UNSET
    enrichment_inputs: list[str] | Unset = UNSET
    cloudlist_config_ids: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    steps: list[PostV1AssetEnumerateBodyStepsItem] | Unset = UNSET
    enumeration_ports: str | Unset = UNSET
    alerting_config_ids: list[str] | Unset = UNSET
    disable_global_alert_config: bool | Unset = UNSET
    exclude_targets: list[str] | Unset = UNSET
    enumeration_config: PostV1AssetEnumerateBodyEnumerationConfig | Unset = UNSET
    automatic_vuln_scans: bool | Unset = UNSET
    per_domain_enumeration: bool | Unset = UNSET
    agent_id: str | Unset = UNSET
    agent_tags: list[str] | Unset = UNSET
    agent_networks: list[str] | Unset = UNSET
    agent_behavior: PostV1AssetEnumerateBodyAgentBehavior | Unset = (
        PostV1AssetEnumerateBodyAgentBehavior.DISTRIBUTE
    )
    agent_auto_discover: bool | Unset = UNSET
    exclusions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_domains: list[str] | Unset = UNSET
        if not isinstance(self.root_domains, Unset):
            root_domains = self.root_domains

        enrichment_inputs: list[str] | Unset = UNSET
        if not isinstance(self.enrichment_inputs, Unset):
            enrichment_inputs = self.enrichment_inputs

        cloudlist_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.cloudlist_config_ids, Unset):
            cloudlist_config_ids = self.cloudlist_config_ids

        name = self.name

        steps: list[str] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.value
                steps.append(steps_item)

        enumeration_ports = self.enumeration_ports

        alerting_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.alerting_config_ids, Unset):
            alerting_config_ids = self.alerting_config_ids

        disable_global_alert_config = self.disable_global_alert_config

        exclude_targets: list[str] | Unset = UNSET
        if not isinstance(self.exclude_targets, Unset):
            exclude_targets = self.exclude_targets

        enumeration_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enumeration_config, Unset):
            enumeration_config = self.enumeration_config.to_dict()

        automatic_vuln_scans = self.automatic_vuln_scans

        per_domain_enumeration = self.per_domain_enumeration

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

        agent_auto_discover = self.agent_auto_discover

        exclusions: list[str] | Unset = UNSET
        if not isinstance(self.exclusions, Unset):
            exclusions = self.exclusions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if root_domains is not UNSET:
            field_dict["root_domains"] = root_domains
        if enrichment_inputs is not UNSET:
            field_dict["enrichment_inputs"] = enrichment_inputs
        if cloudlist_config_ids is not UNSET:
            field_dict["cloudlist_config_ids"] = cloudlist_config_ids
        if name is not UNSET:
            field_dict["name"] = name
        if steps is not UNSET:
            field_dict["steps"] = steps
        if enumeration_ports is not UNSET:
            field_dict["enumeration_ports"] = enumeration_ports
        if alerting_config_ids is not UNSET:
            field_dict["alerting_config_ids"] = alerting_config_ids
        if disable_global_alert_config is not UNSET:
            field_dict["disable_global_alert_config"] = disable_global_alert_config
        if exclude_targets is not UNSET:
            field_dict["exclude_targets"] = exclude_targets
        if enumeration_config is not UNSET:
            field_dict["enumeration_config"] = enumeration_config
        if automatic_vuln_scans is not UNSET:
            field_dict["automatic_vuln_scans"] = automatic_vuln_scans
        if per_domain_enumeration is not UNSET:
            field_dict["per_domain_enumeration"] = per_domain_enumeration
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_tags is not UNSET:
            field_dict["agent_tags"] = agent_tags
        if agent_networks is not UNSET:
            field_dict["agent_networks"] = agent_networks
        if agent_behavior is not UNSET:
            field_dict["agent_behavior"] = agent_behavior
        if agent_auto_discover is not UNSET:
            field_dict["agent_auto_discover"] = agent_auto_discover
        if exclusions is not UNSET:
            field_dict["exclusions"] = exclusions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_v1_asset_enumerate_body_enumeration_config import (
            PostV1AssetEnumerateBodyEnumerationConfig,
        )

        d = dict(src_dict)
        root_domains = cast(list[str], d.pop("root_domains", UNSET))

        enrichment_inputs = cast(list[str], d.pop("enrichment_inputs", UNSET))

        cloudlist_config_ids = cast(list[str], d.pop("cloudlist_config_ids", UNSET))

        name = d.pop("name", UNSET)

        _steps = d.pop("steps", UNSET)
        steps: list[PostV1AssetEnumerateBodyStepsItem] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = PostV1AssetEnumerateBodyStepsItem(steps_item_data)

                steps.append(steps_item)

        enumeration_ports = d.pop("enumeration_ports", UNSET)

        alerting_config_ids = cast(list[str], d.pop("alerting_config_ids", UNSET))

        disable_global_alert_config = d.pop("disable_global_alert_config", UNSET)

        exclude_targets = cast(list[str], d.pop("exclude_targets", UNSET))

        _enumeration_config = d.pop("enumeration_config", UNSET)
        enumeration_config: PostV1AssetEnumerateBodyEnumerationConfig | Unset
        if isinstance(_enumeration_config, Unset):
            enumeration_config = UNSET
        else:
            enumeration_config = PostV1AssetEnumerateBodyEnumerationConfig.from_dict(
                _enumeration_config
            )

        automatic_vuln_scans = d.pop("automatic_vuln_scans", UNSET)

        per_domain_enumeration = d.pop("per_domain_enumeration", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        agent_tags = cast(list[str], d.pop("agent_tags", UNSET))

        agent_networks = cast(list[str], d.pop("agent_networks", UNSET))

        _agent_behavior = d.pop("agent_behavior", UNSET)
        agent_behavior: PostV1AssetEnumerateBodyAgentBehavior | Unset
        if isinstance(_agent_behavior, Unset):
            agent_behavior = UNSET
        else:
            agent_behavior = PostV1AssetEnumerateBodyAgentBehavior(_agent_behavior)

        agent_auto_discover = d.pop("agent_auto_discover", UNSET)

        exclusions = cast(list[str], d.pop("exclusions", UNSET))

        post_v1_asset_enumerate_body = cls(
            root_domains=root_domains,
            enrichment_inputs=enrichment_inputs,
            cloudlist_config_ids=cloudlist_config_ids,
            name=name,
            steps=steps,
            enumeration_ports=enumeration_ports,
            alerting_config_ids=alerting_config_ids,
            disable_global_alert_config=disable_global_alert_config,
            exclude_targets=exclude_targets,
            enumeration_config=enumeration_config,
            automatic_vuln_scans=automatic_vuln_scans,
            per_domain_enumeration=per_domain_enumeration,
            agent_id=agent_id,
            agent_tags=agent_tags,
            agent_networks=agent_networks,
            agent_behavior=agent_behavior,
            agent_auto_discover=agent_auto_discover,
            exclusions=exclusions,
        )

        post_v1_asset_enumerate_body.additional_properties = d
        return post_v1_asset_enumerate_body

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

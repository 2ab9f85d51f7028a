from __future__ import annotations

import datetime
import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enumerate_data_agent_behavior import EnumerateDataAgentBehavior
from ..types import UNSET, LeftOutList, Unset, enum_or_str

if TYPE_CHECKING:
    from ..models.asset_filters import AssetFilters
    from ..models.enumeration_schedule import EnumerationSchedule
    from ..models.enumeration_stats import EnumerationStats


T = TypeVar("T", bound="EnumerateData")


@_attrs_define
class EnumerateData:
    """
    Attributes:
        id (str):
        name (str):
        status (str):
        created_at (datetime.datetime):
        failure_reason (str | Unset):
        completed_at (datetime.datetime | Unset):
        enumeration_time (str | Unset):
        enumeration_type (str | Unset):
        enumeration_stats (EnumerationStats | Unset):
        updated_at (datetime.datetime | Unset):
        root_domains (list[str] | Unset):
        exclusions (list[str] | Unset): Combined inclusion (prefixed with +) and exclusion patterns for discovery scope
        enrichment_hosts_count (int | Unset):
        is_rescan (bool | Unset):
        rescan_count (int | Unset):
        cloudlist_config_ids (list[str] | Unset):
        cloudlist_provider_name (str | Unset):
        enumeration_time_elapsed (str | Unset):
        total_assets (int | Unset):
        new_assets (int | Unset):
        domain_names (list[str] | Unset):
        schedule (EnumerationSchedule | Unset):
        is_public (bool | Unset):
        asset_group_filters (AssetFilters | Unset):
        body (str | Unset):
        agent_id (str | Unset):
        agent_tags (list[str] | Unset):
        agent_networks (list[str] | Unset):
        agent_behavior (EnumerateDataAgentBehavior | Unset):  Default: EnumerateDataAgentBehavior.DISTRIBUTE.
        agent_auto_discover (bool | Unset):
        automatic_vuln_scans (bool | Unset):
        is_internal (bool | Unset):
    """

    id: str
    name: str
    status: str
    created_at: datetime.datetime
    failure_reason: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    enumeration_time: str | Unset = UNSET
    enumeration_type: str | Unset = UNSET
    enumeration_stats: EnumerationStats | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    root_domains: list[str] = _attrs_field(factory=LeftOutList)
    exclusions: list[str] = _attrs_field(factory=LeftOutList)
    enrichment_hosts_count: int | Unset = UNSET
    is_rescan: bool | Unset = UNSET
    rescan_count: int | Unset = UNSET
    cloudlist_config_ids: list[str] = _attrs_field(factory=LeftOutList)
    cloudlist_provider_name: str | Unset = UNSET
    enumeration_time_elapsed: str | Unset = UNSET
    total_assets: int | Unset = UNSET
    new_assets: int | Unset = UNSET
    domain_names: list[str] = _attrs_field(factory=LeftOutList)
    schedule: EnumerationSchedule | Unset = UNSET
    is_public: bool | Unset = UNSET
    asset_group_filters: AssetFilters | Unset = UNSET
    body: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    agent_tags: list[str] = _attrs_field(factory=LeftOutList)
    agent_networks: list[str] = _attrs_field(factory=LeftOutList)
    agent_behavior: EnumerateDataAgentBehavior | str | Unset = (
        EnumerateDataAgentBehavior.DISTRIBUTE
    )
    agent_auto_discover: bool | Unset = UNSET
    automatic_vuln_scans: bool | Unset = UNSET
    is_internal: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        failure_reason = self.failure_reason

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        enumeration_time = self.enumeration_time

        enumeration_type = self.enumeration_type

        enumeration_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enumeration_stats, Unset):
            enumeration_stats = self.enumeration_stats.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        root_domains: list[str] | Unset = UNSET
        if not isinstance(self.root_domains, Unset):
            root_domains = self.root_domains

        exclusions: list[str] | Unset = UNSET
        if not isinstance(self.exclusions, Unset):
            exclusions = self.exclusions

        enrichment_hosts_count = self.enrichment_hosts_count

        is_rescan = self.is_rescan

        rescan_count = self.rescan_count

        cloudlist_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.cloudlist_config_ids, Unset):
            cloudlist_config_ids = self.cloudlist_config_ids

        cloudlist_provider_name = self.cloudlist_provider_name

        enumeration_time_elapsed = self.enumeration_time_elapsed

        total_assets = self.total_assets

        new_assets = self.new_assets

        domain_names: list[str] | Unset = UNSET
        if not isinstance(self.domain_names, Unset):
            domain_names = self.domain_names

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        is_public = self.is_public

        asset_group_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_group_filters, Unset):
            asset_group_filters = self.asset_group_filters.to_dict()

        body = self.body

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

        agent_auto_discover = self.agent_auto_discover

        automatic_vuln_scans = self.automatic_vuln_scans

        is_internal = self.is_internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("id" in self._left_out and self.id is None):
            id = self.id
            field_dict["id"] = id
        if not ("name" in self._left_out and self.name is None):
            name = self.name
            field_dict["name"] = name
        if not ("status" in self._left_out and self.status is None):
            status = self.status
            field_dict["status"] = status
        if not ("created_at" in self._left_out and self.created_at is None):
            created_at = self.created_at.isoformat()
            field_dict["created_at"] = created_at
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if enumeration_time is not UNSET:
            field_dict["enumeration_time"] = enumeration_time
        if enumeration_type is not UNSET:
            field_dict["enumeration_type"] = enumeration_type
        if enumeration_stats is not UNSET:
            field_dict["enumeration_stats"] = enumeration_stats
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if root_domains is not UNSET and not (
            isinstance(self.root_domains, LeftOutList) and not self.root_domains
        ):
            field_dict["root_domains"] = root_domains
        if exclusions is not UNSET and not (
            isinstance(self.exclusions, LeftOutList) and not self.exclusions
        ):
            field_dict["exclusions"] = exclusions
        if enrichment_hosts_count is not UNSET:
            field_dict["enrichment_hosts_count"] = enrichment_hosts_count
        if is_rescan is not UNSET:
            field_dict["is_rescan"] = is_rescan
        if rescan_count is not UNSET:
            field_dict["rescan_count"] = rescan_count
        if cloudlist_config_ids is not UNSET and not (
            isinstance(self.cloudlist_config_ids, LeftOutList)
            and not self.cloudlist_config_ids
        ):
            field_dict["cloudlist_config_ids"] = cloudlist_config_ids
        if cloudlist_provider_name is not UNSET:
            field_dict["cloudlist_provider_name"] = cloudlist_provider_name
        if enumeration_time_elapsed is not UNSET:
            field_dict["enumeration_time_elapsed"] = enumeration_time_elapsed
        if total_assets is not UNSET:
            field_dict["total_assets"] = total_assets
        if new_assets is not UNSET:
            field_dict["new_assets"] = new_assets
        if domain_names is not UNSET and not (
            isinstance(self.domain_names, LeftOutList) and not self.domain_names
        ):
            field_dict["domain_names"] = domain_names
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if asset_group_filters is not UNSET:
            field_dict["asset_group_filters"] = asset_group_filters
        if body is not UNSET:
            field_dict["body"] = body
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
        if agent_auto_discover is not UNSET:
            field_dict["agent_auto_discover"] = agent_auto_discover
        if automatic_vuln_scans is not UNSET:
            field_dict["automatic_vuln_scans"] = automatic_vuln_scans
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_filters import AssetFilters
        from ..models.enumeration_schedule import EnumerationSchedule
        from ..models.enumeration_stats import EnumerationStats

        d = dict(src_dict)
        if "id" in d:
            id = d.pop("id")
        else:
            id = None

        if "name" in d:
            name = d.pop("name")
        else:
            name = None

        if "status" in d:
            status = d.pop("status")
        else:
            status = None

        if "created_at" in d:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        else:
            created_at = None

        failure_reason = d.pop("failure_reason", UNSET)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        enumeration_time = d.pop("enumeration_time", UNSET)

        enumeration_type = d.pop("enumeration_type", UNSET)

        _enumeration_stats = d.pop("enumeration_stats", UNSET)
        enumeration_stats: EnumerationStats | Unset
        if isinstance(_enumeration_stats, Unset):
            enumeration_stats = UNSET
        else:
            enumeration_stats = EnumerationStats.from_dict(_enumeration_stats)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        root_domains = cast(list[str], d.pop("root_domains", UNSET))

        exclusions = cast(list[str], d.pop("exclusions", UNSET))

        enrichment_hosts_count = d.pop("enrichment_hosts_count", UNSET)

        is_rescan = d.pop("is_rescan", UNSET)

        rescan_count = d.pop("rescan_count", UNSET)

        cloudlist_config_ids = cast(list[str], d.pop("cloudlist_config_ids", UNSET))

        cloudlist_provider_name = d.pop("cloudlist_provider_name", UNSET)

        enumeration_time_elapsed = d.pop("enumeration_time_elapsed", UNSET)

        total_assets = d.pop("total_assets", UNSET)

        new_assets = d.pop("new_assets", UNSET)

        domain_names = cast(list[str], d.pop("domain_names", UNSET))

        _schedule = d.pop("schedule", UNSET)
        schedule: EnumerationSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = EnumerationSchedule.from_dict(_schedule)

        is_public = d.pop("is_public", UNSET)

        _asset_group_filters = d.pop("asset_group_filters", UNSET)
        asset_group_filters: AssetFilters | Unset
        if isinstance(_asset_group_filters, Unset):
            asset_group_filters = UNSET
        else:
            asset_group_filters = AssetFilters.from_dict(_asset_group_filters)

        body = d.pop("body", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        agent_tags = cast(list[str], d.pop("agent_tags", UNSET))

        agent_networks = cast(list[str], d.pop("agent_networks", UNSET))

        _agent_behavior = d.pop("agent_behavior", UNSET)
        agent_behavior: EnumerateDataAgentBehavior | Unset
        if isinstance(_agent_behavior, Unset):
            agent_behavior = UNSET
        else:
            agent_behavior = enum_or_str(EnumerateDataAgentBehavior, _agent_behavior)

        agent_auto_discover = d.pop("agent_auto_discover", UNSET)

        automatic_vuln_scans = d.pop("automatic_vuln_scans", UNSET)

        is_internal = d.pop("is_internal", UNSET)

        enumerate_data = cls(
            id=id,
            name=name,
            status=status,
            created_at=created_at,
            failure_reason=failure_reason,
            completed_at=completed_at,
            enumeration_time=enumeration_time,
            enumeration_type=enumeration_type,
            enumeration_stats=enumeration_stats,
            updated_at=updated_at,
            root_domains=LeftOutList() if root_domains is None else root_domains,
            exclusions=LeftOutList() if exclusions is None else exclusions,
            enrichment_hosts_count=enrichment_hosts_count,
            is_rescan=is_rescan,
            rescan_count=rescan_count,
            cloudlist_config_ids=LeftOutList()
            if cloudlist_config_ids is None
            else cloudlist_config_ids,
            cloudlist_provider_name=cloudlist_provider_name,
            enumeration_time_elapsed=enumeration_time_elapsed,
            total_assets=total_assets,
            new_assets=new_assets,
            domain_names=LeftOutList() if domain_names is None else domain_names,
            schedule=schedule,
            is_public=is_public,
            asset_group_filters=asset_group_filters,
            body=body,
            agent_id=agent_id,
            agent_tags=LeftOutList() if agent_tags is None else agent_tags,
            agent_networks=LeftOutList() if agent_networks is None else agent_networks,
            agent_behavior=agent_behavior,
            agent_auto_discover=agent_auto_discover,
            automatic_vuln_scans=automatic_vuln_scans,
            is_internal=is_internal,
        )
        enumerate_data._left_out = frozenset(
            name
            for name in (
                "id",
                "name",
                "status",
                "created_at",
            )
            if name not in src_dict
        )

        enumerate_data.additional_properties = d
        return enumerate_data

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

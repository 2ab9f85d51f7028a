from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_status import ScanStatus
from ..models.scan_status_item_agent_behavior import ScanStatusItemAgentBehavior
from ..types import UNSET, LeftOutList, Unset, enum_or_str

if TYPE_CHECKING:
    from ..models.scan_schedule import ScanSchedule
    from ..models.scan_status_item_severity import ScanStatusItemSeverity


T = TypeVar("T", bound="ScanStatusItem")


@_attrs_define
class ScanStatusItem:
    """
    Attributes:
        scan_id (str):
        status (ScanStatus | str):
        scan_time_elapsed (str):
        progress (int):
        failure_reason (str):
        created_at (str):
        updated_at (str):
        total_target (int):
        completed_at (str):
        total_scan (int):
        total_template (int):
        name (str):
        is_oss (bool):
        is_cloud (bool):
        total_result (int):
        severity (ScanStatusItemSeverity | Unset):
        asset_ids (list[str] | Unset):
        is_rescan (bool | Unset):
        public_templates (list[str] | Unset):
        report_config_ids (list[str] | Unset):
        rescan_count (int | Unset):
        scan_config_ids (list[str] | Unset):
        template_ids (list[str] | Unset):
        template_urls (list[str] | Unset):
        schedule (ScanSchedule | Unset):
        is_automatic (bool | Unset):
        agent_id (str | Unset):
        agent_tags (list[str] | Unset):
        agent_networks (list[str] | Unset):
        agent_behavior (ScanStatusItemAgentBehavior | Unset):  Default: ScanStatusItemAgentBehavior.DISTRIBUTE.
        is_internal (bool | Unset):
    """

    scan_id: str
    status: ScanStatus | str
    scan_time_elapsed: str
    progress: int
    failure_reason: str
    created_at: str
    updated_at: str
    total_target: int
    completed_at: str
    total_scan: int
    total_template: int
    name: str
    is_oss: bool
    is_cloud: bool
    total_result: int
    severity: ScanStatusItemSeverity | Unset = UNSET
    asset_ids: list[str] = _attrs_field(factory=LeftOutList)
    is_rescan: bool | Unset = UNSET
    public_templates: list[str] = _attrs_field(factory=LeftOutList)
    report_config_ids: list[str] = _attrs_field(factory=LeftOutList)
    rescan_count: int | Unset = UNSET
    scan_config_ids: list[str] = _attrs_field(factory=LeftOutList)
    template_ids: list[str] = _attrs_field(factory=LeftOutList)
    template_urls: list[str] = _attrs_field(factory=LeftOutList)
    schedule: ScanSchedule | Unset = UNSET
    is_automatic: bool | Unset = UNSET
    agent_id: str | Unset = UNSET
    agent_tags: list[str] = _attrs_field(factory=LeftOutList)
    agent_networks: list[str] = _attrs_field(factory=LeftOutList)
    agent_behavior: ScanStatusItemAgentBehavior | str | Unset = (
        ScanStatusItemAgentBehavior.DISTRIBUTE
    )
    is_internal: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        severity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.to_dict()

        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        is_rescan = self.is_rescan

        public_templates: list[str] | Unset = UNSET
        if not isinstance(self.public_templates, Unset):
            public_templates = self.public_templates

        report_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.report_config_ids, Unset):
            report_config_ids = self.report_config_ids

        rescan_count = self.rescan_count

        scan_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.scan_config_ids, Unset):
            scan_config_ids = self.scan_config_ids

        template_ids: list[str] | Unset = UNSET
        if not isinstance(self.template_ids, Unset):
            template_ids = self.template_ids

        template_urls: list[str] | Unset = UNSET
        if not isinstance(self.template_urls, Unset):
            template_urls = self.template_urls

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        is_automatic = self.is_automatic

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

        is_internal = self.is_internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("scan_id" in self._left_out and self.scan_id is None):
            scan_id = self.scan_id
            field_dict["scan_id"] = scan_id
        if not ("status" in self._left_out and self.status is None):
            status: str
            if isinstance(self.status, ScanStatus):
                status = getattr(self.status, "value", self.status)
            else:
                status = self.status
            field_dict["status"] = status
        if not (
            "scan_time_elapsed" in self._left_out and self.scan_time_elapsed is None
        ):
            scan_time_elapsed = self.scan_time_elapsed
            field_dict["scan_time_elapsed"] = scan_time_elapsed
        if not ("progress" in self._left_out and self.progress is None):
            progress = self.progress
            field_dict["progress"] = progress
        if not ("failure_reason" in self._left_out and self.failure_reason is None):
            failure_reason = self.failure_reason
            field_dict["failure_reason"] = failure_reason
        if not ("created_at" in self._left_out and self.created_at is None):
            created_at = self.created_at
            field_dict["created_at"] = created_at
        if not ("updated_at" in self._left_out and self.updated_at is None):
            updated_at = self.updated_at
            field_dict["updated_at"] = updated_at
        if not ("total_target" in self._left_out and self.total_target is None):
            total_target = self.total_target
            field_dict["total_target"] = total_target
        if not ("completed_at" in self._left_out and self.completed_at is None):
            completed_at = self.completed_at
            field_dict["completed_at"] = completed_at
        if not ("total_scan" in self._left_out and self.total_scan is None):
            total_scan = self.total_scan
            field_dict["total_scan"] = total_scan
        if not ("total_template" in self._left_out and self.total_template is None):
            total_template = self.total_template
            field_dict["total_template"] = total_template
        if not ("name" in self._left_out and self.name is None):
            name = self.name
            field_dict["name"] = name
        if not ("is_oss" in self._left_out and self.is_oss is None):
            is_oss = self.is_oss
            field_dict["is_oss"] = is_oss
        if not ("is_cloud" in self._left_out and self.is_cloud is None):
            is_cloud = self.is_cloud
            field_dict["is_cloud"] = is_cloud
        if not ("total_result" in self._left_out and self.total_result is None):
            total_result = self.total_result
            field_dict["total_result"] = total_result
        if severity is not UNSET:
            field_dict["severity"] = severity
        if asset_ids is not UNSET and not (
            isinstance(self.asset_ids, LeftOutList) and not self.asset_ids
        ):
            field_dict["asset_ids"] = asset_ids
        if is_rescan is not UNSET:
            field_dict["is_rescan"] = is_rescan
        if public_templates is not UNSET and not (
            isinstance(self.public_templates, LeftOutList) and not self.public_templates
        ):
            field_dict["public_templates"] = public_templates
        if report_config_ids is not UNSET and not (
            isinstance(self.report_config_ids, LeftOutList)
            and not self.report_config_ids
        ):
            field_dict["report_config_ids"] = report_config_ids
        if rescan_count is not UNSET:
            field_dict["rescan_count"] = rescan_count
        if scan_config_ids is not UNSET and not (
            isinstance(self.scan_config_ids, LeftOutList) and not self.scan_config_ids
        ):
            field_dict["scan_config_ids"] = scan_config_ids
        if template_ids is not UNSET and not (
            isinstance(self.template_ids, LeftOutList) and not self.template_ids
        ):
            field_dict["template_ids"] = template_ids
        if template_urls is not UNSET and not (
            isinstance(self.template_urls, LeftOutList) and not self.template_urls
        ):
            field_dict["template_urls"] = template_urls
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if is_automatic is not UNSET:
            field_dict["is_automatic"] = is_automatic
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
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scan_schedule import ScanSchedule
        from ..models.scan_status_item_severity import ScanStatusItemSeverity

        d = dict(src_dict)
        if "scan_id" in d:
            scan_id = d.pop("scan_id")
        else:
            scan_id = None

        if "status" in d:

            def _parse_status(data: object) -> ScanStatus | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = enum_or_str(ScanStatus, data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ScanStatus | str, data)

            status = _parse_status(d.pop("status"))

        else:
            status = None

        if "scan_time_elapsed" in d:
            scan_time_elapsed = d.pop("scan_time_elapsed")
        else:
            scan_time_elapsed = None

        if "progress" in d:
            progress = d.pop("progress")
        else:
            progress = None

        if "failure_reason" in d:
            failure_reason = d.pop("failure_reason")
        else:
            failure_reason = None

        if "created_at" in d:
            created_at = d.pop("created_at")
        else:
            created_at = None

        if "updated_at" in d:
            updated_at = d.pop("updated_at")
        else:
            updated_at = None

        if "total_target" in d:
            total_target = d.pop("total_target")
        else:
            total_target = None

        if "completed_at" in d:
            completed_at = d.pop("completed_at")
        else:
            completed_at = None

        if "total_scan" in d:
            total_scan = d.pop("total_scan")
        else:
            total_scan = None

        if "total_template" in d:
            total_template = d.pop("total_template")
        else:
            total_template = None

        if "name" in d:
            name = d.pop("name")
        else:
            name = None

        if "is_oss" in d:
            is_oss = d.pop("is_oss")
        else:
            is_oss = None

        if "is_cloud" in d:
            is_cloud = d.pop("is_cloud")
        else:
            is_cloud = None

        if "total_result" in d:
            total_result = d.pop("total_result")
        else:
            total_result = None

        _severity = d.pop("severity", UNSET)
        severity: ScanStatusItemSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = ScanStatusItemSeverity.from_dict(_severity)

        asset_ids = cast(list[str], d.pop("asset_ids", UNSET))

        is_rescan = d.pop("is_rescan", UNSET)

        public_templates = cast(list[str], d.pop("public_templates", UNSET))

        report_config_ids = cast(list[str], d.pop("report_config_ids", UNSET))

        rescan_count = d.pop("rescan_count", UNSET)

        scan_config_ids = cast(list[str], d.pop("scan_config_ids", UNSET))

        template_ids = cast(list[str], d.pop("template_ids", UNSET))

        template_urls = cast(list[str], d.pop("template_urls", UNSET))

        _schedule = d.pop("schedule", UNSET)
        schedule: ScanSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = ScanSchedule.from_dict(_schedule)

        is_automatic = d.pop("is_automatic", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        agent_tags = cast(list[str], d.pop("agent_tags", UNSET))

        agent_networks = cast(list[str], d.pop("agent_networks", UNSET))

        _agent_behavior = d.pop("agent_behavior", UNSET)
        agent_behavior: ScanStatusItemAgentBehavior | Unset
        if isinstance(_agent_behavior, Unset):
            agent_behavior = UNSET
        else:
            agent_behavior = enum_or_str(ScanStatusItemAgentBehavior, _agent_behavior)

        is_internal = d.pop("is_internal", UNSET)

        scan_status_item = cls(
            scan_id=scan_id,
            status=status,
            scan_time_elapsed=scan_time_elapsed,
            progress=progress,
            failure_reason=failure_reason,
            created_at=created_at,
            updated_at=updated_at,
            total_target=total_target,
            completed_at=completed_at,
            total_scan=total_scan,
            total_template=total_template,
            name=name,
            is_oss=is_oss,
            is_cloud=is_cloud,
            total_result=total_result,
            severity=severity,
            asset_ids=LeftOutList() if asset_ids is None else asset_ids,
            is_rescan=is_rescan,
            public_templates=LeftOutList()
            if public_templates is None
            else public_templates,
            report_config_ids=LeftOutList()
            if report_config_ids is None
            else report_config_ids,
            rescan_count=rescan_count,
            scan_config_ids=LeftOutList()
            if scan_config_ids is None
            else scan_config_ids,
            template_ids=LeftOutList() if template_ids is None else template_ids,
            template_urls=LeftOutList() if template_urls is None else template_urls,
            schedule=schedule,
            is_automatic=is_automatic,
            agent_id=agent_id,
            agent_tags=LeftOutList() if agent_tags is None else agent_tags,
            agent_networks=LeftOutList() if agent_networks is None else agent_networks,
            agent_behavior=agent_behavior,
            is_internal=is_internal,
        )
        scan_status_item._left_out = frozenset(
            name
            for name in (
                "scan_id",
                "status",
                "scan_time_elapsed",
                "progress",
                "failure_reason",
                "created_at",
                "updated_at",
                "total_target",
                "completed_at",
                "total_scan",
                "total_template",
                "name",
                "is_oss",
                "is_cloud",
                "total_result",
            )
            if name not in src_dict
        )

        scan_status_item.additional_properties = d
        return scan_status_item

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

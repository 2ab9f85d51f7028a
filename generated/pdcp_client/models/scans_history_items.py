from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scans_history_items_severity import ScansHistoryItemsSeverity


T = TypeVar("T", bound="ScansHistoryItems")


@_attrs_define
class ScansHistoryItems:
    """
    Attributes:
        completed_request (int | Unset):
        name (str | Unset):
        scan_id (str | Unset):
        scan_time (str | Unset):
        severity (ScansHistoryItemsSeverity | Unset):
        status (str | Unset):
        time (str | Unset):
        total_request (int | Unset):
        total_result (int | Unset):
        total_target (int | Unset):
        total_templates (int | Unset):
        error_details (str | Unset):
    """

    completed_request: int | Unset = UNSET
    name: str | Unset = UNSET
    scan_id: str | Unset = UNSET
    scan_time: str | Unset = UNSET
    severity: ScansHistoryItemsSeverity | Unset = UNSET
    status: str | Unset = UNSET
    time: str | Unset = UNSET
    total_request: int | Unset = UNSET
    total_result: int | Unset = UNSET
    total_target: int | Unset = UNSET
    total_templates: int | Unset = UNSET
    error_details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_request = self.completed_request

        name = self.name

        scan_id = self.scan_id

        scan_time = self.scan_time

        severity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.to_dict()

        status = self.status

        time = self.time

        total_request = self.total_request

        total_result = self.total_result

        total_target = self.total_target

        total_templates = self.total_templates

        error_details = self.error_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed_request is not UNSET:
            field_dict["completed_request"] = completed_request
        if name is not UNSET:
            field_dict["name"] = name
        if scan_id is not UNSET:
            field_dict["scan_id"] = scan_id
        if scan_time is not UNSET:
            field_dict["scan_time"] = scan_time
        if severity is not UNSET:
            field_dict["severity"] = severity
        if status is not UNSET:
            field_dict["status"] = status
        if time is not UNSET:
            field_dict["time"] = time
        if total_request is not UNSET:
            field_dict["total_request"] = total_request
        if total_result is not UNSET:
            field_dict["total_result"] = total_result
        if total_target is not UNSET:
            field_dict["total_target"] = total_target
        if total_templates is not UNSET:
            field_dict["total_templates"] = total_templates
        if error_details is not UNSET:
            field_dict["error_details"] = error_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scans_history_items_severity import ScansHistoryItemsSeverity

        d = dict(src_dict)
        completed_request = d.pop("completed_request", UNSET)

        name = d.pop("name", UNSET)

        scan_id = d.pop("scan_id", UNSET)

        scan_time = d.pop("scan_time", UNSET)

        _severity = d.pop("severity", UNSET)
        severity: ScansHistoryItemsSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = ScansHistoryItemsSeverity.from_dict(_severity)

        status = d.pop("status", UNSET)

        time = d.pop("time", UNSET)

        total_request = d.pop("total_request", UNSET)

        total_result = d.pop("total_result", UNSET)

        total_target = d.pop("total_target", UNSET)

        total_templates = d.pop("total_templates", UNSET)

        error_details = d.pop("error_details", UNSET)

        scans_history_items = cls(
            completed_request=completed_request,
            name=name,
            scan_id=scan_id,
            scan_time=scan_time,
            severity=severity,
            status=status,
            time=time,
            total_request=total_request,
            total_result=total_result,
            total_target=total_target,
            total_templates=total_templates,
            error_details=error_details,
        )

        scans_history_items.additional_properties = d
        return scans_history_items

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

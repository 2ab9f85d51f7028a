from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.automation_scan_data import AutomationScanData


T = TypeVar("T", bound="AdminAutomationsItem")


@_attrs_define
class AdminAutomationsItem:
    """
    Attributes:
        name (str):
        status (str):
        created_at (str):
        updated_at (str):
        user_id (int):
        scan_data (AutomationScanData):
    """

    name: str
    status: str
    created_at: str
    updated_at: str
    user_id: int
    scan_data: AutomationScanData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        user_id = self.user_id

        scan_data = self.scan_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
                "user_id": user_id,
                "scan_data": scan_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_scan_data import AutomationScanData

        d = dict(src_dict)
        name = d.pop("name")

        status = d.pop("status")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        user_id = d.pop("user_id")

        scan_data = AutomationScanData.from_dict(d.pop("scan_data"))

        admin_automations_item = cls(
            name=name,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            user_id=user_id,
            scan_data=scan_data,
        )

        admin_automations_item.additional_properties = d
        return admin_automations_item

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

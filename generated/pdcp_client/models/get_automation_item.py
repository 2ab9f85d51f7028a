from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.automation_scan_data import AutomationScanData


T = TypeVar("T", bound="GetAutomationItem")


@_attrs_define
class GetAutomationItem:
    """
    Attributes:
        id (int):
        name (str):
        event (str):
        status (str):
        created_at (str):
        updated_at (str):
        data (AutomationScanData):
    """

    id: int
    name: str
    event: str
    status: str
    created_at: str
    updated_at: str
    data: AutomationScanData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        event = self.event

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "event": event,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_scan_data import AutomationScanData

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        event = d.pop("event")

        status = d.pop("status")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        data = AutomationScanData.from_dict(d.pop("data"))

        get_automation_item = cls(
            id=id,
            name=name,
            event=event,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            data=data,
        )

        get_automation_item.additional_properties = d
        return get_automation_item

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

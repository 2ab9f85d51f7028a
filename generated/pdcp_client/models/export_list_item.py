from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportListItem")


@_attrs_define
class ExportListItem:
    """Export List Item

    Attributes:
        id (str):
        name (str):
        export_status (str):
        item_type (str):
        created_at (datetime.datetime):
        download_signed_url (str | Unset):
    """

    id: str
    name: str
    export_status: str
    item_type: str
    created_at: datetime.datetime
    download_signed_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        export_status = self.export_status

        item_type = self.item_type

        created_at = self.created_at.isoformat()

        download_signed_url = self.download_signed_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "export_status": export_status,
                "item_type": item_type,
                "created_at": created_at,
            }
        )
        if download_signed_url is not UNSET:
            field_dict["download_signed_url"] = download_signed_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        export_status = d.pop("export_status")

        item_type = d.pop("item_type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        download_signed_url = d.pop("download_signed_url", UNSET)

        export_list_item = cls(
            id=id,
            name=name,
            export_status=export_status,
            item_type=item_type,
            created_at=created_at,
            download_signed_url=download_signed_url,
        )

        export_list_item.additional_properties = d
        return export_list_item

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

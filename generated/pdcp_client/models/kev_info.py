from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KevInfo")


@_attrs_define
class KevInfo:
    """
    Attributes:
        added_date (datetime.datetime | Unset):
        due_date (datetime.datetime | Unset):
        known_ransomware_campaign_use (bool | Unset):
        source (str | Unset):
    """

    added_date: datetime.datetime | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    known_ransomware_campaign_use: bool | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_date: str | Unset = UNSET
        if not isinstance(self.added_date, Unset):
            added_date = self.added_date.isoformat()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        known_ransomware_campaign_use = self.known_ransomware_campaign_use

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added_date is not UNSET:
            field_dict["added_date"] = added_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if known_ransomware_campaign_use is not UNSET:
            field_dict["known_ransomware_campaign_use"] = known_ransomware_campaign_use
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _added_date = d.pop("added_date", UNSET)
        added_date: datetime.datetime | Unset
        if isinstance(_added_date, Unset):
            added_date = UNSET
        else:
            added_date = datetime.datetime.fromisoformat(_added_date)

        _due_date = d.pop("due_date", UNSET)
        due_date: datetime.datetime | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.datetime.fromisoformat(_due_date)

        known_ransomware_campaign_use = d.pop("known_ransomware_campaign_use", UNSET)

        source = d.pop("source", UNSET)

        kev_info = cls(
            added_date=added_date,
            due_date=due_date,
            known_ransomware_campaign_use=known_ransomware_campaign_use,
            source=source,
        )

        kev_info.additional_properties = d
        return kev_info

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

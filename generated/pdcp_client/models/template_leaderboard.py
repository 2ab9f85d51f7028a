from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_leaderboard_data_item import TemplateLeaderboardDataItem


T = TypeVar("T", bound="TemplateLeaderboard")


@_attrs_define
class TemplateLeaderboard:
    """
    Attributes:
        data (list[TemplateLeaderboardDataItem] | Unset):
        date (str | Unset):
        result (int | Unset):
        total (int | Unset):
    """

    data: list[TemplateLeaderboardDataItem] | Unset = UNSET
    date: str | Unset = UNSET
    result: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        date = self.date

        result = self.result

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if date is not UNSET:
            field_dict["date"] = date
        if result is not UNSET:
            field_dict["result"] = result
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_leaderboard_data_item import TemplateLeaderboardDataItem

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[TemplateLeaderboardDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = TemplateLeaderboardDataItem.from_dict(data_item_data)

                data.append(data_item)

        date = d.pop("date", UNSET)

        result = d.pop("result", UNSET)

        total = d.pop("total", UNSET)

        template_leaderboard = cls(
            data=data,
            date=date,
            result=result,
            total=total,
        )

        template_leaderboard.additional_properties = d
        return template_leaderboard

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PriceListItem")


@_attrs_define
class PriceListItem:
    """
    Attributes:
        price_id (str):
        amount (int):
        monthly_token (int):
        recurrence (str):
    """

    price_id: str
    amount: int
    monthly_token: int
    recurrence: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_id = self.price_id

        amount = self.amount

        monthly_token = self.monthly_token

        recurrence = self.recurrence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price_id": price_id,
                "amount": amount,
                "monthly_token": monthly_token,
                "recurrence": recurrence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        price_id = d.pop("price_id")

        amount = d.pop("amount")

        monthly_token = d.pop("monthly_token")

        recurrence = d.pop("recurrence")

        price_list_item = cls(
            price_id=price_id,
            amount=amount,
            monthly_token=monthly_token,
            recurrence=recurrence,
        )

        price_list_item.additional_properties = d
        return price_list_item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StripePriceItem")


@_attrs_define
class StripePriceItem:
    """
    Attributes:
        price_id (str): Stripe price ID
        price (float): Price amount in dollars
        name (str): Price display name
        currency (str | Unset): Currency code (e.g., USD)
        interval (str | Unset): Billing interval (month, year, etc.)
        product_id (str | Unset): Associated Stripe product ID
    """

    price_id: str
    price: float
    name: str
    currency: str | Unset = UNSET
    interval: str | Unset = UNSET
    product_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_id = self.price_id

        price = self.price

        name = self.name

        currency = self.currency

        interval = self.interval

        product_id = self.product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price_id": price_id,
                "price": price,
                "name": name,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if interval is not UNSET:
            field_dict["interval"] = interval
        if product_id is not UNSET:
            field_dict["product_id"] = product_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        price_id = d.pop("price_id")

        price = d.pop("price")

        name = d.pop("name")

        currency = d.pop("currency", UNSET)

        interval = d.pop("interval", UNSET)

        product_id = d.pop("product_id", UNSET)

        stripe_price_item = cls(
            price_id=price_id,
            price=price,
            name=name,
            currency=currency,
            interval=interval,
            product_id=product_id,
        )

        stripe_price_item.additional_properties = d
        return stripe_price_item

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceItem")


@_attrs_define
class InvoiceItem:
    """Example response

    Attributes:
        invoice_number (str): The invoice number
        amount (int): Total amount of the invoice in USD
        paid_on (datetime.datetime | None): The date when the invoice was paid
        status (str): The status of the invoice
        invoice_url (str): URL to view the invoice
    """

    invoice_number: str
    amount: int
    paid_on: datetime.datetime | None
    status: str
    invoice_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_number = self.invoice_number

        amount = self.amount

        paid_on: None | str
        if isinstance(self.paid_on, datetime.datetime):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        status = self.status

        invoice_url = self.invoice_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_number": invoice_number,
                "amount": amount,
                "paid_on": paid_on,
                "status": status,
                "invoice_url": invoice_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invoice_number = d.pop("invoice_number")

        amount = d.pop("amount")

        def _parse_paid_on(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.datetime.fromisoformat(data)

                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        paid_on = _parse_paid_on(d.pop("paid_on"))

        status = d.pop("status")

        invoice_url = d.pop("invoice_url")

        invoice_item = cls(
            invoice_number=invoice_number,
            amount=amount,
            paid_on=paid_on,
            status=status,
            invoice_url=invoice_url,
        )

        invoice_item.additional_properties = d
        return invoice_item

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

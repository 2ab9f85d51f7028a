from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1LeaksResponse200Summary")


@_attrs_define
class GetV1LeaksResponse200Summary:
    """
    Attributes:
        total_leaks (float | Unset):
        personal_leaks (float | Unset):
        employee_leaks (float | Unset):
        customer_leaks (float | Unset):
        external_vendor_leaks (float | Unset): Employee leaks on external vendor systems (login URL domain != email
            domain)
        organization_leaks (float | Unset): Employee leaks on organization systems (login URL domain == email domain)
    """

    total_leaks: float | Unset = UNSET
    personal_leaks: float | Unset = UNSET
    employee_leaks: float | Unset = UNSET
    customer_leaks: float | Unset = UNSET
    external_vendor_leaks: float | Unset = UNSET
    organization_leaks: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_leaks = self.total_leaks

        personal_leaks = self.personal_leaks

        employee_leaks = self.employee_leaks

        customer_leaks = self.customer_leaks

        external_vendor_leaks = self.external_vendor_leaks

        organization_leaks = self.organization_leaks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_leaks is not UNSET:
            field_dict["total_leaks"] = total_leaks
        if personal_leaks is not UNSET:
            field_dict["personal_leaks"] = personal_leaks
        if employee_leaks is not UNSET:
            field_dict["employee_leaks"] = employee_leaks
        if customer_leaks is not UNSET:
            field_dict["customer_leaks"] = customer_leaks
        if external_vendor_leaks is not UNSET:
            field_dict["external_vendor_leaks"] = external_vendor_leaks
        if organization_leaks is not UNSET:
            field_dict["organization_leaks"] = organization_leaks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_leaks = d.pop("total_leaks", UNSET)

        personal_leaks = d.pop("personal_leaks", UNSET)

        employee_leaks = d.pop("employee_leaks", UNSET)

        customer_leaks = d.pop("customer_leaks", UNSET)

        external_vendor_leaks = d.pop("external_vendor_leaks", UNSET)

        organization_leaks = d.pop("organization_leaks", UNSET)

        get_v1_leaks_response_200_summary = cls(
            total_leaks=total_leaks,
            personal_leaks=personal_leaks,
            employee_leaks=employee_leaks,
            customer_leaks=customer_leaks,
            external_vendor_leaks=external_vendor_leaks,
            organization_leaks=organization_leaks,
        )

        get_v1_leaks_response_200_summary.additional_properties = d
        return get_v1_leaks_response_200_summary

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

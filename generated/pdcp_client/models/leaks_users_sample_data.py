from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaksUsersSampleData")


@_attrs_define
class LeaksUsersSampleData:
    """
    Attributes:
        password (str | Unset):
        username (str | Unset):
        url (str | Unset):
        country (str | Unset):
        log_date (str | Unset):
    """

    password: str | Unset = UNSET
    username: str | Unset = UNSET
    url: str | Unset = UNSET
    country: str | Unset = UNSET
    log_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        username = self.username

        url = self.url

        country = self.country

        log_date = self.log_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password
        if username is not UNSET:
            field_dict["username"] = username
        if url is not UNSET:
            field_dict["url"] = url
        if country is not UNSET:
            field_dict["country"] = country
        if log_date is not UNSET:
            field_dict["log_date"] = log_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        password = d.pop("password", UNSET)

        username = d.pop("username", UNSET)

        url = d.pop("url", UNSET)

        country = d.pop("country", UNSET)

        log_date = d.pop("log_date", UNSET)

        leaks_users_sample_data = cls(
            password=password,
            username=username,
            url=url,
            country=country,
            log_date=log_date,
        )

        leaks_users_sample_data.additional_properties = d
        return leaks_users_sample_data

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

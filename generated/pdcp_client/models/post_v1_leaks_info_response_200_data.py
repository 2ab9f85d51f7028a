from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1LeaksInfoResponse200Data")


@_attrs_define
class PostV1LeaksInfoResponse200Data:
    """
    Attributes:
        id (str | Unset):
        url (str | Unset):
        username (str | Unset):
        password (str | Unset):
        device_ip (str | Unset):
        hostname (str | Unset):
        os (str | Unset):
        malware_path (str | Unset):
        country (str | Unset):
        log_date (str | Unset):
        hardware_id (str | Unset):
        domain (str | Unset): Domain this leak is associated with - used for filtering
        email_domain (str | Unset): Domain extracted from email addresses
        fetched_at (str | Unset):
        status (str | Unset):
    """

    id: str | Unset = UNSET
    url: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    device_ip: str | Unset = UNSET
    hostname: str | Unset = UNSET
    os: str | Unset = UNSET
    malware_path: str | Unset = UNSET
    country: str | Unset = UNSET
    log_date: str | Unset = UNSET
    hardware_id: str | Unset = UNSET
    domain: str | Unset = UNSET
    email_domain: str | Unset = UNSET
    fetched_at: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        username = self.username

        password = self.password

        device_ip = self.device_ip

        hostname = self.hostname

        os = self.os

        malware_path = self.malware_path

        country = self.country

        log_date = self.log_date

        hardware_id = self.hardware_id

        domain = self.domain

        email_domain = self.email_domain

        fetched_at = self.fetched_at

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if device_ip is not UNSET:
            field_dict["device_ip"] = device_ip
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if os is not UNSET:
            field_dict["os"] = os
        if malware_path is not UNSET:
            field_dict["malware_path"] = malware_path
        if country is not UNSET:
            field_dict["country"] = country
        if log_date is not UNSET:
            field_dict["log_date"] = log_date
        if hardware_id is not UNSET:
            field_dict["hardware_id"] = hardware_id
        if domain is not UNSET:
            field_dict["domain"] = domain
        if email_domain is not UNSET:
            field_dict["email_domain"] = email_domain
        if fetched_at is not UNSET:
            field_dict["fetched_at"] = fetched_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        device_ip = d.pop("device_ip", UNSET)

        hostname = d.pop("hostname", UNSET)

        os = d.pop("os", UNSET)

        malware_path = d.pop("malware_path", UNSET)

        country = d.pop("country", UNSET)

        log_date = d.pop("log_date", UNSET)

        hardware_id = d.pop("hardware_id", UNSET)

        domain = d.pop("domain", UNSET)

        email_domain = d.pop("email_domain", UNSET)

        fetched_at = d.pop("fetched_at", UNSET)

        status = d.pop("status", UNSET)

        post_v1_leaks_info_response_200_data = cls(
            id=id,
            url=url,
            username=username,
            password=password,
            device_ip=device_ip,
            hostname=hostname,
            os=os,
            malware_path=malware_path,
            country=country,
            log_date=log_date,
            hardware_id=hardware_id,
            domain=domain,
            email_domain=email_domain,
            fetched_at=fetched_at,
            status=status,
        )

        post_v1_leaks_info_response_200_data.additional_properties = d
        return post_v1_leaks_info_response_200_data

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

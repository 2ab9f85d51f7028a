from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.leaks_entity_status import LeaksEntityStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaksEntity")


@_attrs_define
class LeaksEntity:
    """
    Attributes:
        id (str | Unset):
        url (str | Unset):
        username (str | Unset):
        password (str | Unset):
        device_ip (str | Unset):
        host_username (str | Unset):
        os (str | Unset):
        malware_path (str | Unset):
        country (str | Unset):
        log_date (str | Unset):
        hardware_id (str | Unset):
        hostname (str | Unset):
        status (LeaksEntityStatus | Unset):
        domain (str | Unset): Domain this leak is associated with - used for filtering
        email_domain (str | Unset): Domain extracted from email addresses
    """

    id: str | Unset = UNSET
    url: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    device_ip: str | Unset = UNSET
    host_username: str | Unset = UNSET
    os: str | Unset = UNSET
    malware_path: str | Unset = UNSET
    country: str | Unset = UNSET
    log_date: str | Unset = UNSET
    hardware_id: str | Unset = UNSET
    hostname: str | Unset = UNSET
    status: LeaksEntityStatus | Unset = UNSET
    domain: str | Unset = UNSET
    email_domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        username = self.username

        password = self.password

        device_ip = self.device_ip

        host_username = self.host_username

        os = self.os

        malware_path = self.malware_path

        country = self.country

        log_date = self.log_date

        hardware_id = self.hardware_id

        hostname = self.hostname

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        domain = self.domain

        email_domain = self.email_domain

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
        if host_username is not UNSET:
            field_dict["host_username"] = host_username
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
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if status is not UNSET:
            field_dict["status"] = status
        if domain is not UNSET:
            field_dict["domain"] = domain
        if email_domain is not UNSET:
            field_dict["email_domain"] = email_domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        device_ip = d.pop("device_ip", UNSET)

        host_username = d.pop("host_username", UNSET)

        os = d.pop("os", UNSET)

        malware_path = d.pop("malware_path", UNSET)

        country = d.pop("country", UNSET)

        log_date = d.pop("log_date", UNSET)

        hardware_id = d.pop("hardware_id", UNSET)

        hostname = d.pop("hostname", UNSET)

        _status = d.pop("status", UNSET)
        status: LeaksEntityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LeaksEntityStatus(_status)

        domain = d.pop("domain", UNSET)

        email_domain = d.pop("email_domain", UNSET)

        leaks_entity = cls(
            id=id,
            url=url,
            username=username,
            password=password,
            device_ip=device_ip,
            host_username=host_username,
            os=os,
            malware_path=malware_path,
            country=country,
            log_date=log_date,
            hardware_id=hardware_id,
            hostname=hostname,
            status=status,
            domain=domain,
            email_domain=email_domain,
        )

        leaks_entity.additional_properties = d
        return leaks_entity

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

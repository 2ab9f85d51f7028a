from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateLeaderboardDataItemProtocol")


@_attrs_define
class TemplateLeaderboardDataItemProtocol:
    """
    Attributes:
        dns (int | Unset):
        file (int | Unset):
        headless (int | Unset):
        http (int | Unset):
        ssl (int | Unset):
        tcp (int | Unset):
    """

    dns: int | Unset = UNSET
    file: int | Unset = UNSET
    headless: int | Unset = UNSET
    http: int | Unset = UNSET
    ssl: int | Unset = UNSET
    tcp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dns = self.dns

        file = self.file

        headless = self.headless

        http = self.http

        ssl = self.ssl

        tcp = self.tcp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dns is not UNSET:
            field_dict["dns"] = dns
        if file is not UNSET:
            field_dict["file"] = file
        if headless is not UNSET:
            field_dict["headless"] = headless
        if http is not UNSET:
            field_dict["http"] = http
        if ssl is not UNSET:
            field_dict["ssl"] = ssl
        if tcp is not UNSET:
            field_dict["tcp"] = tcp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dns = d.pop("dns", UNSET)

        file = d.pop("file", UNSET)

        headless = d.pop("headless", UNSET)

        http = d.pop("http", UNSET)

        ssl = d.pop("ssl", UNSET)

        tcp = d.pop("tcp", UNSET)

        template_leaderboard_data_item_protocol = cls(
            dns=dns,
            file=file,
            headless=headless,
            http=http,
            ssl=ssl,
            tcp=tcp,
        )

        template_leaderboard_data_item_protocol.additional_properties = d
        return template_leaderboard_data_item_protocol

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

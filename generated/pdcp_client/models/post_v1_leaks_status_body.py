from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.leaks_entity_status import LeaksEntityStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1LeaksStatusBody")


@_attrs_define
class PostV1LeaksStatusBody:
    """
    Attributes:
        leakid (str | Unset):
        leakids (list[str] | Unset):
        status (LeaksEntityStatus | Unset):
    """

    leakid: str | Unset = UNSET
    leakids: list[str] | Unset = UNSET
    status: LeaksEntityStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leakid = self.leakid

        leakids: list[str] | Unset = UNSET
        if not isinstance(self.leakids, Unset):
            leakids = self.leakids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if leakid is not UNSET:
            field_dict["leakid"] = leakid
        if leakids is not UNSET:
            field_dict["leakids"] = leakids
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        leakid = d.pop("leakid", UNSET)

        leakids = cast(list[str], d.pop("leakids", UNSET))

        _status = d.pop("status", UNSET)
        status: LeaksEntityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LeaksEntityStatus(_status)

        post_v1_leaks_status_body = cls(
            leakid=leakid,
            leakids=leakids,
            status=status,
        )

        post_v1_leaks_status_body.additional_properties = d
        return post_v1_leaks_status_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.leaks_entity_status import LeaksEntityStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1LeaksStatusResponse200")


@_attrs_define
class PostV1LeaksStatusResponse200:
    """
    Attributes:
        status (str | Unset):
        message (str | Unset):
        leak_id (str | Unset):
        new_status (LeaksEntityStatus | Unset):
    """

    status: str | Unset = UNSET
    message: str | Unset = UNSET
    leak_id: str | Unset = UNSET
    new_status: LeaksEntityStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        leak_id = self.leak_id

        new_status: str | Unset = UNSET
        if not isinstance(self.new_status, Unset):
            new_status = self.new_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if leak_id is not UNSET:
            field_dict["leak_id"] = leak_id
        if new_status is not UNSET:
            field_dict["new_status"] = new_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        leak_id = d.pop("leak_id", UNSET)

        _new_status = d.pop("new_status", UNSET)
        new_status: LeaksEntityStatus | Unset
        if isinstance(_new_status, Unset):
            new_status = UNSET
        else:
            new_status = LeaksEntityStatus(_new_status)

        post_v1_leaks_status_response_200 = cls(
            status=status,
            message=message,
            leak_id=leak_id,
            new_status=new_status,
        )

        post_v1_leaks_status_response_200.additional_properties = d
        return post_v1_leaks_status_response_200

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

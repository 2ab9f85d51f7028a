from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_v1_scans_config_verify_response_200_event import (
        PostV1ScansConfigVerifyResponse200Event,
    )


T = TypeVar("T", bound="PostV1ScansConfigVerifyResponse200")


@_attrs_define
class PostV1ScansConfigVerifyResponse200:
    """
    Attributes:
        is_verified (bool):
        response (str):
        event (PostV1ScansConfigVerifyResponse200Event | Unset):
    """

    is_verified: bool
    response: str
    event: PostV1ScansConfigVerifyResponse200Event | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("is_verified" in self._left_out and self.is_verified is None):
            is_verified = self.is_verified
            field_dict["is_verified"] = is_verified
        if not ("response" in self._left_out and self.response is None):
            response = self.response
            field_dict["response"] = response
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_v1_scans_config_verify_response_200_event import (
            PostV1ScansConfigVerifyResponse200Event,
        )

        d = dict(src_dict)
        if "is_verified" in d:
            is_verified = d.pop("is_verified")
        else:
            is_verified = None

        if "response" in d:
            response = d.pop("response")
        else:
            response = None

        _event = d.pop("event", UNSET)
        event: PostV1ScansConfigVerifyResponse200Event | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = PostV1ScansConfigVerifyResponse200Event.from_dict(_event)

        post_v1_scans_config_verify_response_200 = cls(
            is_verified=is_verified,
            response=response,
            event=event,
        )
        post_v1_scans_config_verify_response_200._left_out = frozenset(
            name
            for name in (
                "is_verified",
                "response",
            )
            if name not in src_dict
        )

        post_v1_scans_config_verify_response_200.additional_properties = d
        return post_v1_scans_config_verify_response_200

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

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_in_response_nats_subjects import AgentInResponseNatsSubjects


T = TypeVar("T", bound="AgentInResponseNats")


@_attrs_define
class AgentInResponseNats:
    """
    Attributes:
        credentials (str | Unset):
        nats_url (str | Unset):
        stream (str | Unset):
        group_prefix (str | Unset):
        subjects (AgentInResponseNatsSubjects | Unset):
        inbox_prefix (str | Unset):
        expires_at (str | Unset):
        debug_upload_url (str | Unset):
        debug_upload_expires_at (str | Unset):
    """

    credentials: str | Unset = UNSET
    nats_url: str | Unset = UNSET
    stream: str | Unset = UNSET
    group_prefix: str | Unset = UNSET
    subjects: AgentInResponseNatsSubjects | Unset = UNSET
    inbox_prefix: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    debug_upload_url: str | Unset = UNSET
    debug_upload_expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credentials = self.credentials

        nats_url = self.nats_url

        stream = self.stream

        group_prefix = self.group_prefix

        subjects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects.to_dict()

        inbox_prefix = self.inbox_prefix

        expires_at = self.expires_at

        debug_upload_url = self.debug_upload_url

        debug_upload_expires_at = self.debug_upload_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if nats_url is not UNSET:
            field_dict["nats_url"] = nats_url
        if stream is not UNSET:
            field_dict["stream"] = stream
        if group_prefix is not UNSET:
            field_dict["group_prefix"] = group_prefix
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if inbox_prefix is not UNSET:
            field_dict["inbox_prefix"] = inbox_prefix
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if debug_upload_url is not UNSET:
            field_dict["debug_upload_url"] = debug_upload_url
        if debug_upload_expires_at is not UNSET:
            field_dict["debug_upload_expires_at"] = debug_upload_expires_at

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_in_response_nats_subjects import AgentInResponseNatsSubjects

        d = dict(src_dict)
        credentials = d.pop("credentials", UNSET)

        nats_url = d.pop("nats_url", UNSET)

        stream = d.pop("stream", UNSET)

        group_prefix = d.pop("group_prefix", UNSET)

        _subjects = d.pop("subjects", UNSET)
        subjects: AgentInResponseNatsSubjects | Unset
        if isinstance(_subjects, Unset):
            subjects = UNSET
        else:
            subjects = AgentInResponseNatsSubjects.from_dict(_subjects)

        inbox_prefix = d.pop("inbox_prefix", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        debug_upload_url = d.pop("debug_upload_url", UNSET)

        debug_upload_expires_at = d.pop("debug_upload_expires_at", UNSET)

        agent_in_response_nats = cls(
            credentials=credentials,
            nats_url=nats_url,
            stream=stream,
            group_prefix=group_prefix,
            subjects=subjects,
            inbox_prefix=inbox_prefix,
            expires_at=expires_at,
            debug_upload_url=debug_upload_url,
            debug_upload_expires_at=debug_upload_expires_at,
        )

        agent_in_response_nats.additional_properties = d
        return agent_in_response_nats

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

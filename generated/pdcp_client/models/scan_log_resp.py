from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScanLogResp")


@_attrs_define
class ScanLogResp:
    """
    Attributes:
        target (str):
        template_id (str):
        matched (bool):
        timestamp (str):
        error (str | Unset):
        severity (str | Unset):
        event (str | Unset):
        vuln_hash (str | Unset):
    """

    target: str
    template_id: str
    matched: bool
    timestamp: str
    error: str | Unset = UNSET
    severity: str | Unset = UNSET
    event: str | Unset = UNSET
    vuln_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        template_id = self.template_id

        matched = self.matched

        timestamp = self.timestamp

        error = self.error

        severity = self.severity

        event = self.event

        vuln_hash = self.vuln_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "template_id": template_id,
                "matched": matched,
                "timestamp": timestamp,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if severity is not UNSET:
            field_dict["severity"] = severity
        if event is not UNSET:
            field_dict["event"] = event
        if vuln_hash is not UNSET:
            field_dict["vuln_hash"] = vuln_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target = d.pop("target")

        template_id = d.pop("template_id")

        matched = d.pop("matched")

        timestamp = d.pop("timestamp")

        error = d.pop("error", UNSET)

        severity = d.pop("severity", UNSET)

        event = d.pop("event", UNSET)

        vuln_hash = d.pop("vuln_hash", UNSET)

        scan_log_resp = cls(
            target=target,
            template_id=template_id,
            matched=matched,
            timestamp=timestamp,
            error=error,
            severity=severity,
            event=event,
            vuln_hash=vuln_hash,
        )

        scan_log_resp.additional_properties = d
        return scan_log_resp

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

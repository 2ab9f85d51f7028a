from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_verification_request_status import DomainVerificationRequestStatus
from ..models.domain_verification_type import DomainVerificationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainVerificationRequest")


@_attrs_define
class DomainVerificationRequest:
    """
    Attributes:
        domain (str): The domain being verified
        status (DomainVerificationRequestStatus): Current verification status
        created_at (datetime.datetime): When the verification request was created
        verification_attempts (int): Number of verification attempts made
        verification_string (str | Unset): TXT record value to add to DNS (only present for pending requests)
        last_attempt_at (datetime.datetime | Unset): When the last verification attempt was made
        verification_type (DomainVerificationType | Unset):
    """

    domain: str
    status: DomainVerificationRequestStatus
    created_at: datetime.datetime
    verification_attempts: int
    verification_string: str | Unset = UNSET
    last_attempt_at: datetime.datetime | Unset = UNSET
    verification_type: DomainVerificationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        status = self.status.value

        created_at = self.created_at.isoformat()

        verification_attempts = self.verification_attempts

        verification_string = self.verification_string

        last_attempt_at: str | Unset = UNSET
        if not isinstance(self.last_attempt_at, Unset):
            last_attempt_at = self.last_attempt_at.isoformat()

        verification_type: str | Unset = UNSET
        if not isinstance(self.verification_type, Unset):
            verification_type = self.verification_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "status": status,
                "created_at": created_at,
                "verification_attempts": verification_attempts,
            }
        )
        if verification_string is not UNSET:
            field_dict["verification_string"] = verification_string
        if last_attempt_at is not UNSET:
            field_dict["last_attempt_at"] = last_attempt_at
        if verification_type is not UNSET:
            field_dict["verification_type"] = verification_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain = d.pop("domain")

        status = DomainVerificationRequestStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        verification_attempts = d.pop("verification_attempts")

        verification_string = d.pop("verification_string", UNSET)

        _last_attempt_at = d.pop("last_attempt_at", UNSET)
        last_attempt_at: datetime.datetime | Unset
        if isinstance(_last_attempt_at, Unset):
            last_attempt_at = UNSET
        else:
            last_attempt_at = datetime.datetime.fromisoformat(_last_attempt_at)

        _verification_type = d.pop("verification_type", UNSET)
        verification_type: DomainVerificationType | Unset
        if isinstance(_verification_type, Unset):
            verification_type = UNSET
        else:
            verification_type = DomainVerificationType(_verification_type)

        domain_verification_request = cls(
            domain=domain,
            status=status,
            created_at=created_at,
            verification_attempts=verification_attempts,
            verification_string=verification_string,
            last_attempt_at=last_attempt_at,
            verification_type=verification_type,
        )

        domain_verification_request.additional_properties = d
        return domain_verification_request

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

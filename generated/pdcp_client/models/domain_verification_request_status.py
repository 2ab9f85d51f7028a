from enum import StrEnum


class DomainVerificationRequestStatus(StrEnum):
    DELETED = "deleted"
    EXPIRED = "expired"
    FAILED = "failed"
    PENDING = "pending"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class GetV1AuditLogSource(StrEnum):
    API = "api"
    PLATFORM = "platform"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)

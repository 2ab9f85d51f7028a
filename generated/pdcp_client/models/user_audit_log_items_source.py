from enum import StrEnum


class UserAuditLogItemsSource(StrEnum):
    API = "api"
    PLATFORM = "platform"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)

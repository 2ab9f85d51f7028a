from enum import StrEnum


class OAuthStatus(StrEnum):
    NOT_CONNECTED = "not_connected"
    PENDING = "pending"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)

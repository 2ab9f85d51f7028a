from enum import StrEnum


class GetV1LeaksStatus(StrEnum):
    FIXED = "fixed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)

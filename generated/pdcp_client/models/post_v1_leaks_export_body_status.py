from enum import StrEnum


class PostV1LeaksExportBodyStatus(StrEnum):
    FIXED = "fixed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)

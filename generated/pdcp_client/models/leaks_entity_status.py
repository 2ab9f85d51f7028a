from enum import StrEnum


class LeaksEntityStatus(StrEnum):
    FIXED = "fixed"
    NA = "NA"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)

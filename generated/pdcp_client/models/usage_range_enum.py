from enum import StrEnum


class UsageRangeEnum(StrEnum):
    CUSTOM = "custom"
    DAILY = "daily"
    MONTHLY = "monthly"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)

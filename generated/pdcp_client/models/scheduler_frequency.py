from enum import StrEnum


class SchedulerFrequency(StrEnum):
    CUSTOM = "custom"
    DAILY = "daily"
    HOURLY = "hourly"
    MONTHLY = "monthly"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)

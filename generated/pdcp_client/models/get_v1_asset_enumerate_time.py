from enum import StrEnum


class GetV1AssetEnumerateTime(StrEnum):
    ALL_TIME = "all_time"
    LAST_12_MONTHS = "last_12_months"
    LAST_3_MONTHS = "last_3_months"
    LAST_6_MONTHS = "last_6_months"
    LAST_DAY = "last_day"
    LAST_MONTH = "last_month"
    LAST_WEEK = "last_week"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class GetV1AssetEnumerateEnumerateIdHistoryTimeRange(StrEnum):
    ALL_TIME = "all_time"
    CURRENT_MONTH = "current_month"
    LAST_12_MONTHS = "last_12_months"
    LAST_3_MONTHS = "last_3_months"
    LAST_6_MONTHS = "last_6_months"
    LAST_MONTH = "last_month"

    def __str__(self) -> str:
        return str(self.value)

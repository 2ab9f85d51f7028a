from enum import StrEnum


class PlanDefaultLimitPlan(StrEnum):
    ENT = "ENT"
    ENT_TRIAL = "ENT_TRIAL"
    FREE = "FREE"
    GROWTH = "GROWTH"
    PRO = "PRO"
    TRIAL = "TRIAL"
    VERIFIED_FREE = "VERIFIED_FREE"

    def __str__(self) -> str:
        return str(self.value)

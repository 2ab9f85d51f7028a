from enum import StrEnum


class MisconfigurationResponseStatus(StrEnum):
    ACCEPTED_RISK = "accepted_risk"
    DUPLICATE = "duplicate"
    FALSE_POSITIVE = "false_positive"
    FIXED = "fixed"
    FIX_IN_PROGRESS = "fix_in_progress"
    OPEN = "open"
    OUT_OF_SCOPE = "out_of_scope"
    TRIAGED = "triaged"

    def __str__(self) -> str:
        return str(self.value)

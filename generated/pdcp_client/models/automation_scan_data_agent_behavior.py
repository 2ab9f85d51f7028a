from enum import StrEnum


class AutomationScanDataAgentBehavior(StrEnum):
    DISTRIBUTE = "distribute"
    MIRROR = "mirror"

    def __str__(self) -> str:
        return str(self.value)

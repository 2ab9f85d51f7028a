from enum import StrEnum


class ScanConfigAgentBehavior(StrEnum):
    DISTRIBUTE = "distribute"
    MIRROR = "mirror"

    def __str__(self) -> str:
        return str(self.value)

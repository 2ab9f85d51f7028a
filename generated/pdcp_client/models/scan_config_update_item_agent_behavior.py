from enum import StrEnum


class ScanConfigUpdateItemAgentBehavior(StrEnum):
    DISTRIBUTE = "distribute"
    MIRROR = "mirror"

    def __str__(self) -> str:
        return str(self.value)

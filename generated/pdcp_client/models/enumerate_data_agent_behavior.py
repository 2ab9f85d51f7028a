from enum import StrEnum


class EnumerateDataAgentBehavior(StrEnum):
    DISTRIBUTE = "distribute"
    MIRROR = "mirror"

    def __str__(self) -> str:
        return str(self.value)

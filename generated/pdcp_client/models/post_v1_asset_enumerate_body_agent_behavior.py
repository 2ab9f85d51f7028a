from enum import StrEnum


class PostV1AssetEnumerateBodyAgentBehavior(StrEnum):
    DISTRIBUTE = "distribute"
    MIRROR = "mirror"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PatchV1AssetEnumerateGroupUpdateType(StrEnum):
    APPEND = "append"
    REPLACE = "replace"

    def __str__(self) -> str:
        return str(self.value)

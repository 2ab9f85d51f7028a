from enum import StrEnum


class PatchScansIdConfigUpdateType(StrEnum):
    APPEND = "append"
    REPLACE = "replace"

    def __str__(self) -> str:
        return str(self.value)

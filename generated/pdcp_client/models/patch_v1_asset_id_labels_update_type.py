from enum import StrEnum


class PatchV1AssetIdLabelsUpdateType(StrEnum):
    APPEND = "append"
    DELETE = "delete"
    REPLACE = "replace"

    def __str__(self) -> str:
        return str(self.value)

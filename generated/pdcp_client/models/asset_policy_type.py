from enum import StrEnum


class AssetPolicyType(StrEnum):
    ALERT = "alert"
    DELETE = "delete"
    REMOVE_LABEL = "remove_label"
    SET_LABEL = "set_label"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class TemplateDataTemplateType(StrEnum):
    PUBLIC = "public"
    SHARED = "shared"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

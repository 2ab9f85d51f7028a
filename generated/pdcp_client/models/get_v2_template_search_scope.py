from enum import StrEnum


class GetV2TemplateSearchScope(StrEnum):
    PRIVATE = "private"
    PUBLIC = "public"
    PUBLIC_PRIVATE = "public_private"

    def __str__(self) -> str:
        return str(self.value)

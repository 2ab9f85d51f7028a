from enum import StrEnum


class PostV1TemplateShareBodyShareType(StrEnum):
    ORGANIZATION = "organization"
    UNLISTED = "unlisted"
    USERS = "users"

    def __str__(self) -> str:
        return str(self.value)

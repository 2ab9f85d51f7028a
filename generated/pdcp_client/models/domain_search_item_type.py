from enum import StrEnum


class DomainSearchItemType(StrEnum):
    DOMAIN = "domain"
    ORGANIZATION = "organization"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PostV1LeaksExportBodySortOrder(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ExcludeConfigRequestType(StrEnum):
    ENUMERATION_TARGET = "enumeration_target"
    SCAN_TARGET = "scan_target"
    TEMPLATE = "template"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class EnumExportFormats(StrEnum):
    CSV = "csv"
    JSON = "json"
    RAW = "raw"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LogExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    RAW = "raw"

    def __str__(self) -> str:
        return str(self.value)

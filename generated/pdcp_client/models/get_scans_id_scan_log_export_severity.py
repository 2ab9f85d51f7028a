from enum import StrEnum


class GetScansIdScanLogExportSeverity(StrEnum):
    ALL_LOGS = "all_logs"
    ERROR = "error"
    INFO = "info"

    def __str__(self) -> str:
        return str(self.value)

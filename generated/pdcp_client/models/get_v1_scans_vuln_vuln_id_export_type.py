from enum import StrEnum


class GetV1ScansVulnVulnIdExportType(StrEnum):
    CSV = "csv"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class VerifyConfigContentsRequestProvider(StrEnum):
    JIRA = "jira"
    LINEAR = "linear"

    def __str__(self) -> str:
        return str(self.value)

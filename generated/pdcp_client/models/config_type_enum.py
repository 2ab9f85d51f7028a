from enum import StrEnum


class ConfigTypeEnum(StrEnum):
    ALERTING = "alerting"
    CLOUDLIST = "cloudlist"
    REPORTING = "reporting"
    SCAN = "scan"
    SUBFINDER = "subfinder"
    TEMPLATE = "template"

    def __str__(self) -> str:
        return str(self.value)

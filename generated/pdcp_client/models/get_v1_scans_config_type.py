from enum import StrEnum


class GetV1ScansConfigType(StrEnum):
    ALERTING = "alerting"
    CLOUDLIST = "cloudlist"
    REMEDIATION = "remediation"
    REPORTING = "reporting"
    SCAN = "scan"
    SUBFINDER = "subfinder"
    TEMPLATE = "template"
    VULN_SCORE = "vuln_score"

    def __str__(self) -> str:
        return str(self.value)

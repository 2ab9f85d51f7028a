from enum import StrEnum


class MisconfigurationResponseFindingType(StrEnum):
    DANGLING_DNS = "dangling_dns"
    ORIGIN_EXPOSURE = "origin_exposure"

    def __str__(self) -> str:
        return str(self.value)

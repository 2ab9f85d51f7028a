from enum import StrEnum


class PostV1LeaksExportBodyGroupBy(StrEnum):
    COUNTRY = "country"
    DEVICE_IP = "device_ip"
    EMAIL = "email"
    HARDWARE_ID = "hardware_id"
    HOSTNAME = "hostname"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PostV1LeaksExportBodySortBy(StrEnum):
    COUNTRY = "country"
    DEVICE_IP = "device_ip"
    HARDWARE_ID = "hardware_id"
    HOSTNAME = "hostname"
    HOST_USERNAME = "host_username"
    LOG_DATE = "log_date"
    MALWARE_PATH = "malware_path"
    OS = "os"
    URL = "url"
    USERNAME = "username"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class EnumerationIDTypesDetailTypesItem(StrEnum):
    ENDPOINTS = "endpoints"
    HOSTS = "hosts"
    HTTP = "http"
    PORTS = "ports"

    def __str__(self) -> str:
        return str(self.value)

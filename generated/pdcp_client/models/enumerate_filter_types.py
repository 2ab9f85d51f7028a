from enum import StrEnum


class EnumerateFilterTypes(StrEnum):
    CNAME = "cname"
    CONTENT_LENGTH = "content_length"
    DOMAIN = "domain"
    FAVICON = "favicon"
    HOST = "host"
    IP = "ip"
    LABELS = "labels"
    PORT = "port"
    STATUS_CODE = "status_code"
    TECHNOLOGIES = "technologies"
    TITLE = "title"
    WEBSERVER = "webserver"

    def __str__(self) -> str:
        return str(self.value)

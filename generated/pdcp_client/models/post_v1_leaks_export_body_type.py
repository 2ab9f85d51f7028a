from enum import StrEnum


class PostV1LeaksExportBodyType(StrEnum):
    ALL = "all"
    CUSTOMER = "customer"
    EMPLOYEE = "employee"
    EXTERNAL_VENDOR_LEAKS = "external_vendor_leaks"
    ORGANIZATION_LEAKS = "organization_leaks"
    PERSONAL = "personal"

    def __str__(self) -> str:
        return str(self.value)

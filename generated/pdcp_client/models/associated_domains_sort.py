from enum import StrEnum


class AssociatedDomainsSort(StrEnum):
    ACTIVE = "active"
    DOMAIN = "domain"
    SOURCE = "source"
    SUBDOMAIN_COUNT = "subdomain_count"
    UPDATE_DATE = "update_date"

    def __str__(self) -> str:
        return str(self.value)

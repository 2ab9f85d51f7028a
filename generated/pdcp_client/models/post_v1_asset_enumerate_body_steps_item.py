from enum import StrEnum


class PostV1AssetEnumerateBodyStepsItem(StrEnum):
    DNS_BRUTEFORCE = "dns_bruteforce"
    DNS_PASSIVE = "dns_passive"
    DNS_PERMUTE = "dns_permute"
    DNS_RESOLVE = "dns_resolve"
    DNS_SCRAPING = "dns_scraping"
    ENDPOINT_CRAWLING = "endpoint_crawling"
    HTTP_PROBE = "http_probe"
    HTTP_SCREENSHOT = "http_screenshot"
    PORT_SCAN = "port_scan"
    TLS_SCAN = "tls_scan"
    UNCOVER_ASSETS = "uncover_assets"

    def __str__(self) -> str:
        return str(self.value)

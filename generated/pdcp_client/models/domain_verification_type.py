from enum import StrEnum


class DomainVerificationType(StrEnum):
    DNS_TEXT_RECORD = "dns_text_record"
    FILE_UPLOAD = "file_upload"
    HTML_META_TAG = "html_meta_tag"

    def __str__(self) -> str:
        return str(self.value)

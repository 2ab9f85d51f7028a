"""What a reader needs to act on a finding, written once for every report: its description,
remediation, references and the definition it came from (the nuclei template or HostedScan risk),
as plain text and as Markdown made inert; and the web addresses fit for a `uri` field."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from ._model import Finding, clean_text

__all__ = [
    "NUCLEI_TEMPLATES",
    "SERVICE_URIS",
    "Help",
    "clean_text",
    "definition_of",
    "help_of",
    "markdown_inline",
    "web_uri",
]

SERVICE_URIS = {
    "pdcp": "https://docs.projectdiscovery.io/cloud/introduction",
    "hostedscan": "https://docs.hostedscan.com/",
}
"""Where a reader learns about the service that found a finding (SARIF's `informationUri`)."""

NUCLEI_TEMPLATES = "https://github.com/projectdiscovery/nuclei-templates/blob/main/"
"""nuclei's public templates; a result's `template` is a path in this repository."""

# RFC 3986 allows these unescaped in a URI; everything else is percent-encoded (a `%` already
# followed by two hex digits is kept, so an encoded address is not encoded twice).
_URI_SAFE = "!#$&'()*+,/:;=?@[]~-._"
_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")


def web_uri(text: str) -> str | None:
    """An http(s) address as a valid URI (percent-encoded: spaces, `{`, non-ASCII), or None when
    it is not an absolute http(s) address with a host."""
    candidate = clean_text(text.strip())
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    encoded = quote(_PERCENT.sub("%25", candidate), safe=_URI_SAFE + "%")
    return encoded if encoded.isascii() else None


@dataclass(frozen=True, slots=True)
class Help:
    """A finding's help: `text` and `markdown` (the same parts), and `uri`, the best page to read."""

    text: str
    markdown: str
    uri: str | None


def definition_of(finding: Finding) -> tuple[str, str | None]:
    """The rule's definition, as a line of text and the address of its page (if any)."""
    raw = finding.raw
    if finding.service == "hostedscan":
        scan_type, _, title = finding.rule_id.partition("/")
        return f"HostedScan {scan_type or 'scanner'} risk definition: {title or finding.title}", (
            SERVICE_URIS["hostedscan"]
        )
    template = raw.get("template")
    page = raw.get("template-url")
    page_uri = web_uri(page) if isinstance(page, str) else None
    if isinstance(template, str) and template.strip().endswith((".yaml", ".yml")):
        path = template.strip().lstrip("/")
        return f"nuclei template {finding.rule_id} ({path})", page_uri or web_uri(
            NUCLEI_TEMPLATES + path
        )
    return f"nuclei template {finding.rule_id}", page_uri


def _references(finding: Finding) -> Iterator[tuple[str, str | None]]:
    for reference in finding.references:
        yield reference, web_uri(reference)


def help_of(finding: Finding) -> Help:
    """The help of `finding`'s rule."""
    definition, definition_uri = definition_of(finding)
    references = list(_references(finding))
    text_parts = [finding.description or finding.title]
    md_parts = [markdown_inline(finding.description or finding.title)]
    if finding.remediation:
        text_parts.append(f"Remediation: {finding.remediation}")
        md_parts.append(f"**Remediation**: {markdown_inline(finding.remediation)}")
    if references:
        text_parts.append("References:\n" + "\n".join(f"- {ref}" for ref, _ in references))
        md_parts.append(
            "**References**:\n\n" + "\n".join(f"- {_md_link(ref, uri)}" for ref, uri in references)
        )
    text_parts.append(f"Definition: {definition}")
    md_parts.append(f"**Definition**: {_md_link(definition, definition_uri)}")
    web = [uri for _, uri in references if uri]
    return Help(
        text=clean_text("\n\n".join(text_parts)),
        markdown=clean_text("\n\n".join(md_parts)),
        uri=web[0] if web else definition_uri,
    )


def _md_link(text: str, uri: str | None) -> str:
    shown = markdown_inline(text)
    return f"[{shown}](<{uri}>)" if uri else shown


def markdown_inline(text: str, *, limit: int | None = None) -> str:
    """Text from scanned hosts, made inert in Markdown (no HTML, links, breaks or table cells
    split), cut to `limit` characters first when given."""
    text = " ".join(clean_text(text).split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    for char in "\\`*_[]|#!":
        text = text.replace(char, f"\\{char}")
    return text.replace("<", "&lt;").replace(">", "&gt;")

"""What a mock HostedScan scanner finds: a small catalog per scan type, rotated run by run.

The n-th scan of a type on a target finds three of the type's four findings, starting at the n-th:
the first scan finds 0, 1, 2; the second 1, 2, 3 (so it closes 0 and opens 3); the third 2, 3, 0.
So a test can predict exactly which risks a scan opens, keeps open and closes. An authenticated
scan (`use_authentication`) also finds what is behind the login. A target containing `clean`
has no findings. Some definitions leave the optional fields out, as real scanners do.
"""

from __future__ import annotations

from typing import Any

__all__ = ["AUTHENTICATED_FINDING", "CATALOG", "findings"]

CLEAN_TARGET = "clean"


def _definition(title: str, threat_level: str, **optional: Any) -> dict[str, Any]:
    return {"title": title, "threat_level": threat_level, **optional}


_TLS = {"references": ["https://www.rfc-editor.org/rfc/rfc8996"], "cvss": "5.3"}
CATALOG: dict[str, list[dict[str, Any]]] = {
    "SSLYZE": [
        _definition(
            "TLS 1.0 enabled",
            "MEDIUM",
            description="The server accepts TLS 1.0.",
            solution="Disable TLS 1.0 and 1.1.",
            **_TLS,
        ),
        _definition("Certificate expires within 30 days", "LOW"),
        _definition("Weak cipher suites", "MEDIUM", additional_info={"ciphers": ["RC4-SHA"]}),
        _definition(
            "Heartbleed",
            "HIGH",
            cvss="7.5",
            references=["https://nvd.nist.gov/vuln/detail/CVE-2014-0160"],
        ),
    ],
    "NMAP": [
        _definition("Open port 22/tcp (ssh)", "LOW", additional_info={"port": 22}),
        _definition(
            "Open port 3306/tcp (mysql)",
            "MEDIUM",
            additional_info={"port": 3306},
            solution="Do not expose databases to the internet.",
        ),
        _definition("Open port 23/tcp (telnet)", "HIGH", additional_info={"port": 23}),
        _definition("Open port 8080/tcp (http-proxy)", "LOW", additional_info={"port": 8080}),
    ],
    "OWASP_ZAP": [
        _definition(
            "Content Security Policy header not set",
            "MEDIUM",
            description="No Content-Security-Policy header.",
            solution="Set one.",
        ),
        _definition("Cookie without SameSite attribute", "LOW"),
        _definition(
            "Cross Site Scripting (reflected)",
            "HIGH",
            cvss="6.1",
            additional_info={"param": "q", "evidence": "<script>alert(1)</script>"},
        ),
        _definition("Server leaks version information", "LOW"),
    ],
}
CATALOG["NMAP_UDP"] = [
    _definition(f"Open port {port}/udp ({name})", level, additional_info={"port": port})
    for port, name, level in (
        (53, "dns", "LOW"),
        (161, "snmp", "HIGH"),
        (123, "ntp", "LOW"),
        (1900, "upnp", "MEDIUM"),
    )
]
CATALOG["OPENVAS"] = [
    _definition(f"OpenVAS: {title}", level, cvss=cvss)
    for title, level, cvss in (
        ("OpenSSH user enumeration", "MEDIUM", "5.3"),
        ("jQuery < 3.5.0 XSS", "MEDIUM", "6.1"),
        ("Apache HTTP Server path traversal", "HIGH", "7.5"),
        ("ICMP timestamp reply", "LOW", "2.1"),
    )
]
CATALOG["OWASP_ZAP_ACTIVE"] = [
    {**definition, "title": f"{definition['title']} (active)"}
    for definition in CATALOG["OWASP_ZAP"]
]

AUTHENTICATED_FINDING = _definition(
    "Session cookie without Secure flag",
    "MEDIUM",
    description="Found behind the login of the Selenium recording.",
)


def findings(scan_type: str, target: str, run: int, authenticated: bool) -> list[dict[str, Any]]:
    """The risk definitions the `run`-th (0-based) scan of `scan_type` on `target` finds."""
    if CLEAN_TARGET in target:
        return []
    catalog = CATALOG.get(scan_type, CATALOG["NMAP"])
    found = [{"scan_type": scan_type, **catalog[(run + i) % len(catalog)]} for i in range(3)]
    if authenticated:
        found.append({"scan_type": scan_type, **AUTHENTICATED_FINDING})
    return found

"""The HTML report as a reader opens it: one self-contained page (nothing fetched), rendered in
a real headless Chromium with its chart and no console error; the filters and help work."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanclients import findings
from scanclients.findings import Finding
from tests.findings.browser import CHROMIUM, Browser
from tests.findings_samples import hostedscan_findings, pdcp_findings

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed: `apt-get install -y chromium`"
)


@pytest.fixture
def browser() -> Iterator[Browser]:
    opened = Browser()
    try:
        yield opened
    finally:
        opened.close()


def page_of(found: list[Finding], tmp_path: Path) -> Path:
    path = tmp_path / "report.html"
    now = datetime(2026, 12, 1, tzinfo=UTC)
    assert findings.to_html(found, path, now=now) == len(found)
    return path


def test_the_page_is_self_contained(tmp_path: Path) -> None:
    text = page_of(pdcp_findings() + hostedscan_findings(), tmp_path).read_text()
    assert "Content-Security-Policy" in text
    assert "default-src 'none'" in text
    # Nothing is loaded from anywhere: no src, no stylesheet link; hrefs are only links to read.
    assert not re.search(r"\ssrc=", text)
    assert "<link" not in text
    assert "<svg" in text
    assert "<style>" in text


def test_text_from_scanned_hosts_is_inert(tmp_path: Path) -> None:
    hostile = Finding(
        service="pdcp",
        rule_id="x",
        title='<img src=x onerror="alert(1)">',
        severity="high",
        target="a.example.com",
        references=("javascript:alert(1)", "https://ok.example/a b"),
    )
    text = page_of([hostile], tmp_path).read_text()
    assert "<img" not in text
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in text
    assert 'href="javascript' not in text
    assert 'href="https://ok.example/a%20b"' in text


@needs_chromium
def test_the_page_renders_in_chromium_with_its_chart_and_no_console_error(
    tmp_path: Path, browser: Browser
) -> None:
    found = pdcp_findings() + hostedscan_findings()
    browser.open(page_of(found, tmp_path).as_uri())
    assert browser.problems == []
    assert browser.evaluate("document.body.dataset.ready") == "true"
    bars = browser.evaluate(
        "Array.from(document.querySelectorAll('#chart rect.bar'))"
        ".map(r => [r.dataset.severity, r.getBBox().width])"
    )
    widths = dict(bars)
    assert list(widths) == ["critical", "high", "medium", "low", "info"]
    assert widths["high"] == 300  # the most open findings: the longest bar
    assert 0 < widths["critical"] < widths["high"]
    browser.screenshot(tmp_path / "report.png")
    assert (tmp_path / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@needs_chromium
def test_the_filters_hide_rows_and_each_finding_opens_on_its_help(
    tmp_path: Path, browser: Browser
) -> None:
    found = pdcp_findings() + hostedscan_findings()
    browser.open(page_of(found, tmp_path).as_uri())
    shown = "document.getElementById('shown').textContent"
    assert browser.evaluate(shown) == str(len(found))
    browser.evaluate(
        "(() => { const box = document.querySelector('input[data-filter=severity][value=high]');"
        " box.click(); })()"
    )
    high = sum(1 for f in found if f.severity.value == "high")
    assert browser.evaluate(shown) == str(len(found) - high)
    browser.evaluate(
        "document.querySelector('input[data-filter=service][value=hostedscan]').click()"
    )
    visible_pdcp = sum(1 for f in found if f.service == "pdcp" and f.severity.value != "high")
    assert browser.evaluate(shown) == str(visible_pdcp)
    assert browser.evaluate(
        "Array.from(document.querySelectorAll('tr[data-severity]')).filter(r => !r.hidden)"
        ".every(r => r.dataset.service === 'pdcp' && r.dataset.severity !== 'high')"
    )
    text = browser.evaluate(
        "(() => { const d = document.querySelector('tr[data-severity] details'); d.open = true;"
        " return d.innerText; })()"
    )
    assert "Remediation: Upgrade to Log4j" in text
    assert "nuclei template CVE-2021-44228" in text
    assert browser.problems == []


@needs_chromium
def test_the_browser_check_can_fail(tmp_path: Path, browser: Browser) -> None:
    bad = tmp_path / "bad.html"
    # Port 9 on loopback: refused at once, and nothing leaves the machine.
    bad.write_text(
        '<html><body><img src="http://127.0.0.1:9/x.png">'
        '<script>console.error("boom"); undefinedFunction();</script></body></html>'
    )
    browser.open(bad.as_uri())
    problems = " ".join(browser.problems)
    assert "request: http://127.0.0.1:9/x.png" in problems
    assert "console:" in problems
    assert "exception:" in problems

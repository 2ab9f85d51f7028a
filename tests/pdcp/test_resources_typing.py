"""mypy checks calls of the generated resource methods: typed from the spec, wrong calls rejected."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import mypy_strict

SNIPPET = """
    import httpx
    from scanclients import PDCP, AsyncPDCP

    pd = PDCP(api_key="k", http_client=httpx.Client())
    scan = pd.scans.get("s1")
    reveal_type(scan)
    for item in pd.scans.list(limit=10, max_items=100):
        reveal_type(item)
    pd.enumerations.create(root_domains=["example.com"], steps=["dns_passive"], name="n")
    pd.scans.export_api("s1", type_="csv", async_=True, extra_headers={"X-A": "b"}, timeout=2.0)
    pd.scans.get(123)
    pd.scans.list(limit="10")
    pd.scans.export_api("s1", type_="xml")
    pd.scans.stop()
    pd.templates.list(offset=1, bogus=2)
    pd.enumerations.create(steps=["dns_everything"])

    async def use(apd: AsyncPDCP) -> None:
        got = await apd.scans.get("s1")
        reveal_type(got)
        async for found in apd.scans.list():
            reveal_type(found)
"""


def test_generated_methods_are_typed_and_wrong_calls_rejected(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    report = mypy_strict(tmp_path, SNIPPET)
    lines: dict[int, str] = {}
    for line in report.splitlines():
        if line.startswith(str(snippet)):
            number = int(line.split(":")[1])
            lines[number] = lines.get(number, "") + line
    assert "note: Revealed type" in lines[7]
    assert "ScanStatusItem" in lines[7]
    assert "ScanStatusItem" in lines[9]
    assert 10 not in lines, report
    assert 11 not in lines, report
    assert 'Argument 1 to "get" of "Scans" has incompatible type "int"; expected "str"' in lines[12]
    assert 'Argument "limit" to "list" of "Scans" has incompatible type "str"' in lines[13]
    assert 'Argument "type_" to "export_api" of "Scans"' in lines[14]
    assert 'Missing positional argument "scan_id" in call to "stop"' in lines[15]
    assert 'Unexpected keyword argument "bogus" for "list" of "Templates"' in lines[16]
    assert "dns_everything" in lines[17]
    assert "ScanStatusItem" in lines[21]
    assert "ScanStatusItem" in lines[23]

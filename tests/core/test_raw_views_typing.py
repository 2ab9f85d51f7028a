"""What mypy --strict says of the raw and streaming views, created scans, literals and hand paging
(issue 26): one snippet per kind of method that type-checks as written, and the misuses that are
type errors (each also an error at run time before any request: tests/core/test_raw_views.py)."""

from __future__ import annotations

from scanclients._generated.hostedscan_models import ReportFormat, ScanType
from scanclients.types import ReportFormatName, ScanTypeName
from tests.helpers import mypy_strict

GOOD = """
    import asyncio
    from typing import Any
    from scanclients import PDCP, AsyncPDCP, HostedScan
    from scanclients.types import (
        CreatedScan, ListPage, RawResponse, ScanStatusItem, StreamedResponse, Target, TargetList
    )

    pd = PDCP(api_key="k")
    hs = HostedScan(api_key="k")

    # a generated method
    raw = pd.scans.with_raw_response.get("s1")
    reveal_type(raw)
    status: int = raw.status_code
    request_id: str | None = raw.request_id
    item: ScanStatusItem = raw.parse()
    # a list: one page, its model
    reveal_type(pd.scans.with_raw_response.list(limit=10).parse())
    # a file
    reveal_type(pd.scans.with_raw_response.export_api("s1").parse())
    with pd.scans.with_streaming_response.export_api("s1") as streamed:
        reveal_type(streamed)
        for line in streamed.iter_lines():
            text: str = line
        for chunk in streamed.iter_bytes():
            data: bytes = chunk
    # the hand-made create
    created_raw: RawResponse[CreatedScan] = pd.scans.with_raw_response.create(targets=["a.com"])
    reveal_type(created_raw.parse().id)
    # HostedScan unwraps its envelopes
    target: Target = hs.targets.with_raw_response.get("t1").parse()
    page: TargetList = hs.targets.with_raw_response.list().parse()
    # created scan -> wait -> findings, on both services
    created = pd.scans.create(targets=["a.com"])
    finished = pd.scans.wait(created)
    pd.scans.wait(created.id)
    pd.scans.wait(finished)
    for finding in pd.scans.findings(created):
        print(finding.template_id)
    scan = hs.scans.create(type="NMAP", targets=["a.com"])
    hs.scans.wait(scan)
    # paging by hand
    pager = pd.scans.list(limit=20)
    while pager.has_next_page():
        one: ListPage[ScanStatusItem, Any] = pager.next_page()
        print(len(one.items), one.model)

    async def main() -> None:
        async with AsyncPDCP(api_key="k") as apd:
            araw = await apd.scans.with_raw_response.get("s1")
            reveal_type(araw)
            async with apd.scans.with_streaming_response.export_api("s1") as astreamed:
                async for aline in astreamed.iter_lines():
                    print(aline)
            apager = apd.scans.list()
            if apager.has_next_page():
                reveal_type((await apager.next_page()).items)

    asyncio.run(main())
"""

BAD = """
    from scanclients import PDCP, HostedScan

    pd = PDCP(api_key="k")
    hs = HostedScan(api_key="k")
    pd.scans.with_raw_response.wait("s1")
    pd.scans.with_raw_response.findings("s1")
    pd.scans.with_raw_response.export("s1", "out.json")
    hs.scans.with_raw_response.wait("s1")
    hs.results.with_raw_response
    hs.scans.create(type="NMAPP", targets=["a.com"])
    hs.reports.create(format="DOCX")
    pd.scans.with_raw_response.list(max_items=3)
    pd.scans.wait(3)
"""


def test_the_obvious_code_type_checks_and_says_what_each_view_gives(tmp_path) -> None:
    report = mypy_strict(tmp_path, GOOD)
    assert ": error:" not in report, report
    assert (
        'snippet.py:14: note: Revealed type is "scanclients._core.operation.RawResponse['
        'scanclients._generated.pdcp_client.models.scan_status_item.ScanStatusItem]"' in report
    )
    assert "get_v1_scans_response_200.GetV1ScansResponse200" in _line(report, 19)
    assert 'Revealed type is "bytes | scanclients._generated' in _line(report, 21)
    assert 'Revealed type is "scanclients._core.files.StreamedResponse[bytes |' in _line(report, 23)
    assert 'snippet.py:30: note: Revealed type is "str"' in report
    assert "RawResponse[scanclients._generated.pdcp_client" in _line(report, 52)
    assert "list[scanclients._generated.pdcp_client.models.scan_status_item" in _line(report, 58)


def _line(report: str, number: int) -> str:
    return next((x for x in report.splitlines() if f"snippet.py:{number}:" in x), "")


def test_the_misuses_are_type_errors(tmp_path) -> None:
    report = mypy_strict(tmp_path, BAD)
    assert '"PDCPScansWithRawResponse" has no attribute "wait"' in _line(report, 6)
    assert '"PDCPScansWithRawResponse" has no attribute "findings"' in _line(report, 7)
    assert '"PDCPScansWithRawResponse" has no attribute "export"' in _line(report, 8)
    assert '"HostedScanScansWithRawResponse" has no attribute "wait"' in _line(report, 9)
    assert '"HostedScanResults" has no attribute "with_raw_response"' in _line(report, 10)
    assert 'Argument "type" to "create" of "HostedScanScans"' in _line(report, 11)
    assert 'Argument "format" to "create" of "HostedScanReports"' in _line(report, 12)
    assert 'Unexpected keyword argument "max_items"' in _line(report, 13)
    assert 'Argument 1 to "wait" of "PDCPScans" has incompatible type "int"' in _line(report, 14)


def test_the_request_literals_are_the_spec_enums() -> None:
    from typing import get_args

    assert set(get_args(ScanTypeName)) == {member.value for member in ScanType}
    assert set(get_args(ReportFormatName)) == {member.value for member in ReportFormat}


def test_every_closed_pdcp_request_enum_takes_its_literal_strings_in_every_view() -> None:
    import importlib
    import inspect

    from tests.pdcp.test_every_operation import METHODS

    checked = 0
    for resource, name, op in METHODS:
        module = importlib.import_module(f"scanclients._generated.pdcp_client.resources.{resource}")
        fields = [*op.params, *(op.body.fields if op.body else ())]
        enums = {f.name: f.values for f in fields if f.kind == "enum" and f.values}
        if not enums:
            continue
        prefix = "".join(part.capitalize() for part in resource.split("_"))
        for cls in (prefix, f"{prefix}WithRawResponse", f"Async{prefix}WithStreamingResponse"):
            parameters = inspect.signature(getattr(getattr(module, cls), name)).parameters
            for keyword, values in enums.items():
                annotation = str(parameters[keyword].annotation)
                assert "Literal[" in annotation, f"{cls}.{name}({keyword}): {annotation}"
                assert all(repr(v) in annotation for v in values), f"{cls}.{name}({keyword})"
                checked += 1
    assert checked >= 30

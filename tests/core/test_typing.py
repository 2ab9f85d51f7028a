"""mypy checks calls into the wrapper: the create keywords come typed from the generated code."""

from __future__ import annotations

from tests.helpers import mypy_strict

GOOD = """
    import httpx
    from scanclients._generated.pdcp_client.models import PrivateTemplates
    from scanclients import PDCP, AsyncHostedScan

    pd = PDCP(api_key="k", http_client=httpx.Client())
    r = pd.scans.create(
        targets=["a.com"], all=True, agent_behavior="mirror", name="n",
        private_templates=[PrivateTemplates(name="a", contents="b"), {"name": "c", "contents": "d"}, "t.yaml"],
        asset_filters={"time": "last_day", "domain": ["a.com"]}, enumeration_ids=[{"id": "e"}],
    )
    count: int = r.truncated_scan_targets or 0
    hs = AsyncHostedScan(api_key="k", http_client=httpx.AsyncClient())
"""

BAD = """
    import httpx
    from scanclients import PDCP, HostedScan

    pd = PDCP(api_key="k", http_client=httpx.AsyncClient())
    pd.scans.create(targets=[1])
    pd.scans.create(agent_behavior="broadcast")
    pd.scans.create(asset_filters={"colour": "red"})
    pd.scans.create(tragets=["a.com"])
    HostedScan(api_key="k").scans.wait(3)
"""


def test_a_correct_call_type_checks(tmp_path) -> None:
    assert "Success: no issues found" in mypy_strict(tmp_path, GOOD)


def test_wrong_calls_are_type_errors(tmp_path) -> None:
    report = mypy_strict(tmp_path, BAD)
    assert (
        'snippet.py:5: error: Argument "http_client" to "PDCP" has incompatible type "AsyncClient"'
        in report
    )
    assert 'snippet.py:6: error: List item 0 has incompatible type "int"; expected "str"' in report
    assert 'snippet.py:7: error: Argument "agent_behavior"' in report
    assert "\"Literal['broadcast']\"; expected \"Literal['distribute', 'mirror']" in report
    assert 'snippet.py:8: error: Argument "asset_filters"' in report
    assert 'snippet.py:9: error: Unexpected keyword argument "tragets"' in report
    assert (
        'snippet.py:10: error: Argument 1 to "wait" of "HostedScanScans" has incompatible type "int"'
        in report
    )

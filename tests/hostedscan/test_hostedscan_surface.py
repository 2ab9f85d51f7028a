"""The HostedScan resources' public surface: the same methods sync and async, typed for mypy."""

from __future__ import annotations

import inspect
from pathlib import Path

from scanclients import AsyncHostedScan, HostedScan
from tests.helpers import mypy_strict

RESOURCES = ["scans", "results", "targets", "risks", "reports"]
VIEWS = {"with_raw_response", "with_streaming_response"}


def test_sync_and_async_resources_have_the_same_methods() -> None:
    sync, asynchronous = HostedScan(api_key="k"), AsyncHostedScan(api_key="k")
    assert [n for n in dir(sync) if not n.startswith("_")] == [
        n for n in dir(asynchronous) if not n.startswith("_")
    ]
    for resource in RESOURCES:
        left, right = getattr(sync, resource), getattr(asynchronous, resource)
        names = {n for n in dir(left) if not n.startswith("_")}
        assert names == {n for n in dir(right) if not n.startswith("_")}, resource
        names -= VIEWS  # the same methods, answering raw or streamed responses
        for name in names:
            assert (
                inspect.signature(getattr(left, name)).parameters
                == inspect.signature(getattr(right, name)).parameters
            ), f"{resource}.{name}"
            assert getattr(left, name).__doc__, f"{resource}.{name} has no docstring"


def test_the_resource_methods() -> None:
    hs = HostedScan(api_key="k")
    methods = {
        r: sorted(n for n in dir(getattr(hs, r)) if not n.startswith("_") and n not in VIEWS)
        for r in RESOURCES
    }
    assert methods == {
        "scans": ["create", "create_and_wait", "get", "list", "risks", "wait"],
        "results": ["download", "read"],
        "targets": ["create", "delete", "get", "list", "update", "upload_recording"],
        "risks": ["get", "list"],
        "reports": ["create", "create_and_download", "download"],
    }


SNIPPET = """
    from scanclients._generated.hostedscan_models import Risk, Target, ThreatLevel
    from scanclients import HostedScan

    hs = HostedScan(api_key="k")
    risks: list[Risk] = list(hs.risks.list(status="OPEN", threat_level=[ThreatLevel.HIGH, "LOW"]))
    target: Target = hs.targets.create(target="a.com", tags=["prod"], upsert=True)
    hs.risks.list(threat_level=3)
    hs.targets.create(target="a.com", upsert="yes")
    hs.targets.update("t1", colour="red")
    hs.reports.create_and_download(format="PDF")
"""


def test_mypy_accepts_right_calls_and_rejects_wrong_ones(tmp_path: Path) -> None:
    report = mypy_strict(tmp_path, SNIPPET)
    errors = sorted({line.split(":")[1] for line in report.splitlines() if ": error:" in line})
    assert errors == ["10", "11", "8", "9"], report  # lines 5-7 are right
    assert (
        'Argument "threat_level" to "list" of "HostedScanRisks" has incompatible type "int"'
        in report
    )
    assert (
        'Argument "upsert" to "create" of "HostedScanTargets" has incompatible type "str"' in report
    )
    assert 'Unexpected keyword argument "colour"' in report
    assert 'Missing positional argument "path" in call to "create_and_download"' in report

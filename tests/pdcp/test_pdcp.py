"""PDCP create: every property of the spec reaches the wire; bad input never leaves the client."""

from __future__ import annotations

import datetime
import json
import platform
import warnings

import httpx
import pytest

from scanclients import PDCP, AsyncPDCP, TruncatedTargetsWarning, errors
from scanclients._generated.pdcp_client.models import (
    AssetFilters,
    CreateScanRequestAgentBehavior,
    EnumerationIds,
    PrivateTemplates,
    TimeRangeQueryParameter,
)
from tests.generators.test_generated import ALL_26
from tests.helpers import KEY, Recorder, only


@pytest.fixture
def pd(mock):
    with PDCP(api_key=KEY, base_url=mock.pdcp_url, team_id="team-7") as client:
        yield client


def _stored(mock) -> dict:
    (scan,) = mock.pdcp.scans.values()
    return scan


def test_all_26_properties_reach_the_wire_unchanged(pd, mock) -> None:
    created = pd.scans.create(**ALL_26)
    assert created.message == "scan created"
    assert created.truncated_scan_targets == 0
    assert _stored(mock)["request"] == ALL_26
    assert _stored(mock)["team_id"] == "team-7"


def test_nested_objects_may_be_generated_models(pd, mock) -> None:
    pd.scans.create(
        targets=["example.com"],
        private_templates=[PrivateTemplates(name="a.yaml", contents="id: a\n")],
        enumeration_ids=[EnumerationIds(id="e-1")],
        asset_filters=AssetFilters(
            time=TimeRangeQueryParameter.LAST_DAY, start_date=datetime.date(2026, 1, 2)
        ),
        agent_behavior=CreateScanRequestAgentBehavior.MIRROR,
    )
    assert _stored(mock)["request"] == {
        "targets": ["example.com"],
        "private_templates": [{"name": "a.yaml", "contents": "id: a\n"}],
        "enumeration_ids": [{"id": "e-1"}],
        "asset_filters": {"time": "last_day", "start_date": "2026-01-02"},
        "agent_behavior": "mirror",
    }


def test_private_templates_may_be_paths_of_template_files(pd, mock, tmp_path) -> None:
    template = tmp_path / "cve-2026-1.yaml"
    template.write_text("id: cve-2026-1\ninfo:\n  name: é\n", encoding="utf-8")
    pd.scans.create(targets=["example.com"], private_templates=[template, str(template)])
    sent = _stored(mock)["request"]["private_templates"]
    assert (
        sent == [{"name": "cve-2026-1.yaml", "contents": "id: cve-2026-1\ninfo:\n  name: é\n"}] * 2
    )


def test_the_request_carries_auth_user_agent_accept_and_team(mock) -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={"id": "x", "message": "ok"}))
    with PDCP(api_key=KEY, team_id="t-1", http_client=recorder.client()) as pd:
        pd.scans.create(targets=["example.com"])
    (request,) = recorder.requests
    assert request.method == "POST"
    assert str(request.url) == "https://api.projectdiscovery.io/v1/scans"
    assert request.headers["X-API-Key"] == KEY
    assert request.headers["X-Team-Id"] == "t-1"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"] == (
        f"scanclients/0.1.0 python/{platform.python_version()} httpx/{httpx.__version__}"
    )
    assert json.loads(request.content) == {"targets": ["example.com"]}


def test_a_truncated_scan_warns_how_many_targets_were_dropped(pd, mock) -> None:
    mock.settings.max_targets = 2
    with pytest.warns(
        TruncatedTargetsWarning, match=r"PDCP dropped 3 targets from scan \w+"
    ) as caught:
        created = pd.scans.create(targets=[f"h{i}.example.com" for i in range(5)])
    assert created.truncated_scan_targets == 3
    assert (
        only(caught, TruncatedTargetsWarning).filename == __file__
    )  # the warning points at the caller's line


async def test_the_async_warning_points_at_the_caller_too(mock) -> None:
    mock.settings.max_targets = 0
    async with AsyncPDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        with pytest.warns(TruncatedTargetsWarning, match="PDCP dropped 1 target from") as caught:
            await pd.scans.create(targets=["example.com"])
    assert only(caught, TruncatedTargetsWarning).filename == __file__


def test_create_and_wait_warns_at_the_callers_line_also_when_the_scan_then_fails(pd, mock) -> None:
    mock.settings.max_targets, mock.settings.scan_seconds = 1, 0
    with (
        pytest.warns(TruncatedTargetsWarning, match="PDCP dropped 1 target from") as caught,
        pytest.raises(errors.ScanFailedError) as failed,
    ):
        pd.scans.create_and_wait(targets=["x.fail.invalid", "b.example.com"], poll_interval=0.05)
    assert only(caught, TruncatedTargetsWarning).filename == __file__
    assert failed.value.created_id == only(caught, TruncatedTargetsWarning).message.scan_id


async def test_async_create_and_wait_warns_at_the_callers_line(mock) -> None:
    mock.settings.max_targets, mock.settings.scan_seconds = 0, 0
    async with AsyncPDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        with pytest.warns(TruncatedTargetsWarning, match="PDCP dropped 1 target from") as caught:
            scan = await pd.scans.create_and_wait(targets=["example.com"], poll_interval=0.05)
    assert only(caught, TruncatedTargetsWarning).filename == __file__
    assert scan.scan_id == only(caught, TruncatedTargetsWarning).message.scan_id


def test_no_warning_when_nothing_was_truncated(pd) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pd.scans.create(targets=["example.com"])


async def test_async_create_sends_the_same(mock) -> None:
    async with AsyncPDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        created = await pd.scans.create(**ALL_26)
    assert created.id in mock.pdcp.scans
    assert _stored(mock)["request"] == ALL_26


def test_an_injected_http_client_keeps_auth_retries_and_errors(mock) -> None:
    with httpx.Client() as own, PDCP(api_key=KEY, base_url=mock.pdcp_url, http_client=own) as pd:
        assert pd.scans.create(targets=["example.com"]).id
        mock.settings.fault = "fail-first:1:unavailable"
        assert pd.scans.create(targets=["example.com"]).id
        mock.settings.fault = None
    with (
        httpx.Client() as own,
        PDCP(api_key="wrong", base_url=mock.pdcp_url, http_client=own) as pd,
    ):
        mock.settings.api_key = KEY
        try:
            with pytest.raises(errors.AuthenticationError, match="401 invalid API key"):
                pd.scans.create(targets=["example.com"])
        finally:
            mock.settings.api_key = None


BAD_INPUT = [
    ({"targets": []}, "targets", "must not be empty"),
    ({"targets": "example.com"}, "targets", "'str' instances are not allowed"),
    ({"targets": ["ok.com", 7]}, "targets[1]", "valid string, got int 7"),
    ({"targets": ["  "]}, "targets[0]", "must not be blank"),
    ({"name": 3}, "name", "valid string"),
    ({"recommended": "yes"}, "recommended", "valid boolean"),
    ({"all": 1}, "all", "valid boolean"),
    ({"agent_behavior": "broadcast"}, "agent_behavior", "'distribute' or 'mirror'"),
    ({"asset_filters": {"colour": "red"}}, "asset_filters.colour", "unknown argument"),
    ({"asset_filters": {"time": "yesterday"}}, "asset_filters.time", "'all_time'"),
    ({"enumeration_ids": [{}]}, "enumeration_ids[0].id", "Field required"),
    ({"private_templates": [{"name": "a"}]}, "private_templates[0].contents", "Field required"),
    ({"exclusions": ["10.0.0.0/33"]}, "exclusions[0]", "not a valid IP address or CIDR"),
    ({"exclusions": [""]}, "exclusions[0]", "empty pattern"),
    ({"exclusions": ["+"]}, "exclusions[0]", "a bare '+'"),
    ({"target": ["typo.com"]}, "target", "unknown argument"),
]


@pytest.mark.parametrize(("params", "field", "problem"), BAD_INPUT)
def test_bad_input_is_refused_before_anything_is_sent(params, field, problem) -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={"message": "ok"}))
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        with pytest.raises(errors.ValidationError) as caught:
            pd.scans.create(**params)
    assert caught.value.field == field
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{field}: ")
    assert recorder.requests == []


def test_template_files_that_cannot_be_used_are_refused(tmp_path) -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={"message": "ok"}))
    empty = tmp_path / "empty.yaml"
    empty.write_text("  \n")
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00id")
    unreadable = tmp_path / "a-directory.yaml"
    unreadable.mkdir()
    cases = [
        (tmp_path / "missing.yaml", "no such template file"),
        (empty, "is empty"),
        (binary, "is not UTF-8 text"),
        (unreadable, "cannot read template file"),
    ]
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        for path, problem in cases:
            with pytest.raises(errors.ValidationError, match=problem) as caught:
                pd.scans.create(targets=["example.com"], private_templates=[path])
            assert caught.value.field == "private_templates[0]"
    assert recorder.requests == []

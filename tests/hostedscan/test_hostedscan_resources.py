"""HostedScan targets, risks, reports and authenticated scans, end to end against the mock service.

Each scenario is written once and run with the sync and the async client: `_` awaits what the
async client returns and collects what a list returns, so both clients take the same steps.
"""

from __future__ import annotations

import inspect
import json
import os
from typing import Any

import pytest

from scanclients import AsyncHostedScan, HostedScan, errors
from scanclients._core.paging import AsyncPager, SyncPager
from tests.helpers import KEY, fast_retries

RECORDING = json.dumps(
    {
        "id": "r1",
        "name": "login",
        "url": "https://example.com",
        "tests": [
            {"id": "t1", "name": "log in", "commands": [{"command": "open", "target": "/login"}]}
        ],
    }
).encode()


async def _(value: Any) -> Any:
    """The value the sync client would have returned (a list: every item)."""
    if isinstance(value, AsyncPager):
        return [item async for item in value]
    if inspect.isawaitable(value):
        return await value
    if isinstance(value, SyncPager):
        return list(value)
    return value


@pytest.fixture(params=["sync", "async"])
async def hs(request, mock):
    client_class = HostedScan if request.param == "sync" else AsyncHostedScan
    client = client_class(api_key=KEY, base_url=mock.hostedscan_url)
    yield client
    await _(client.close())


def _titles(risks) -> list[str]:
    return sorted(r.risk_definition.title for r in risks)


async def test_target_lifecycle_with_upsert(hs, mock) -> None:
    created = await _(hs.targets.create(target="example.com", label="Web", tags=["prod"]))
    assert (created.target, created.label, created.tags) == ("example.com", "Web", ["prod"])
    with pytest.raises(errors.BadRequestError, match="already exists"):
        await _(hs.targets.create(target="example.com"))
    upserted = await _(hs.targets.create(target="example.com", label="Site", upsert=True))
    assert (upserted.id, upserted.label, upserted.tags) == (created.id, "Site", ["prod"])
    other = await _(hs.targets.create(target="203.0.113.5", tags=["lab"]))
    assert (await _(hs.targets.get(created.id))).label == "Site"
    updated = await _(hs.targets.update(created.id, tags=["prod", "eu"]))
    assert (updated.label, updated.tags) == ("Site", ["prod", "eu"])
    assert [t.id for t in await _(hs.targets.list())] == [created.id, other.id]
    assert [t.id for t in await _(hs.targets.list(tags=["eu", "nowhere"]))] == [created.id]
    assert [t.id for t in await _(hs.targets.list(target="203.0.113.5"))] == [other.id]
    await _(hs.targets.delete(created.id))
    with pytest.raises(errors.NotFoundError, match=f"no target {created.id}"):
        await _(hs.targets.get(created.id))
    with pytest.raises(errors.NotFoundError):
        await _(hs.targets.delete(created.id))
    assert [t.id for t in await _(hs.targets.list())] == [other.id]


async def test_targets_list_pages(hs, mock) -> None:
    mock.settings.page_size = 2
    ids = [(await _(hs.targets.create(target=f"h{i}.example.com"))).id for i in range(5)]
    assert [t.id for t in await _(hs.targets.list())] == ids


async def test_a_second_scan_closes_some_risks_and_scans_risks_groups_them(hs, mock) -> None:
    target = await _(hs.targets.create(target="shop.example.com", tags=["shop"]))
    first = await _(
        hs.scans.create_and_wait(type="SSLYZE", target_ids=[target.id], poll_interval=0.01)
    )
    groups = await _(hs.scans.risks(first.id))
    assert _titles(groups.new_open) == [
        "Certificate expires within 30 days",
        "TLS 1.0 enabled",
        "Weak cipher suites",
    ]
    assert (groups.still_open, groups.closed) == ([], [])
    assert {r.status for r in groups.new_open} == {"OPEN"}
    assert {r.target_id for r in groups.new_open} == {target.id}

    second = await _(
        hs.scans.create_and_wait(type="SSLYZE", targets=["shop.example.com"], poll_interval=0.01)
    )
    groups = await _(hs.scans.risks(second))  # a Scan already fetched: not fetched again
    assert _titles(groups.new_open) == ["Heartbleed"]
    assert _titles(groups.still_open) == [
        "Certificate expires within 30 days",
        "Weak cipher suites",
    ]
    assert _titles(groups.closed) == ["TLS 1.0 enabled"]
    assert [r.status for r in groups.closed] == ["CLOSED"]
    assert [r.status for r in groups.still_open] == ["OPEN", "OPEN"]
    # The first scan's risks are the same risks, as they are now.
    again = await _(hs.scans.risks(first.id))
    assert sorted(r.id for r in again.new_open) == sorted(
        r.id for r in [*groups.still_open, *groups.closed]
    )


async def test_scans_risks_of_a_scan_that_has_not_run(hs, mock) -> None:
    mock.settings.scan_seconds = 60
    scan = await _(hs.scans.create(type="NMAP", targets=["example.com"]))
    with pytest.raises(errors.ValidationError, match=f"scan {scan.id} is QUEUED"):
        await _(hs.scans.risks(scan.id))


async def test_risk_filters_combined(hs, mock) -> None:
    web = await _(hs.targets.create(target="web.example.com", tags=["prod"]))
    db = await _(hs.targets.create(target="db.example.com", tags=["internal"]))
    for scan_type, target_ids in (("NMAP", [web.id, db.id]), ("SSLYZE", [web.id])):
        await _(hs.scans.create_and_wait(type=scan_type, target_ids=target_ids, poll_interval=0.01))
    everything = await _(hs.risks.list())
    assert len(everything) == 9
    high_or_medium_nmap_on_db = await _(
        hs.risks.list(
            target_id=db.id,
            status="OPEN",
            scan_type="NMAP",
            threat_level=["HIGH", "MEDIUM"],
        )
    )
    assert _titles(high_or_medium_nmap_on_db) == [
        "Open port 23/tcp (telnet)",
        "Open port 3306/tcp (mysql)",
    ]
    prod_tls = await _(hs.risks.list(tags="prod", title=["TLS 1.0 enabled", "Heartbleed"]))
    assert [(r.target, r.risk_definition.title) for r in prod_tls] == [
        ("web.example.com", "TLS 1.0 enabled")
    ]
    assert prod_tls[0].tags == ["prod"]
    assert await _(hs.risks.list(status="CLOSED")) == []
    one = prod_tls[0]
    fetched = await _(hs.risks.get(one.id))
    assert fetched == one
    assert fetched.risk_definition.references == ["https://www.rfc-editor.org/rfc/rfc8996"]
    # Deleting a target deletes its risks.
    await _(hs.targets.delete(web.id))
    assert {r.target_id for r in await _(hs.risks.list())} == {db.id}
    with pytest.raises(errors.NotFoundError):
        await _(hs.risks.get(one.id))


async def test_risks_list_pages(hs, mock) -> None:
    mock.settings.page_size = 4
    await _(
        hs.scans.create_and_wait(
            type="NMAP",
            targets=["a.example.com", "b.example.com", "c.example.com"],
            poll_interval=0.01,
        )
    )
    risks = await _(hs.risks.list())
    assert len(risks) == 9
    assert len({r.id for r in risks}) == 9


async def test_scans_list_filters(hs, mock) -> None:
    nmap = await _(
        hs.scans.create_and_wait(type="NMAP", targets=["a.example.com"], poll_interval=0.01)
    )
    failed = await _(hs.scans.create(type="SSLYZE", targets=["x.fail.invalid"]))
    assert [s.id for s in await _(hs.scans.list(state="SUCCEEDED"))] == [nmap.id]
    assert [s.id for s in await _(hs.scans.list(state=["FAILED", "RUNNING"], type="SSLYZE"))] == [
        failed.id
    ]
    assert [s.id for s in await _(hs.scans.list(scheduled_by="API", type=["NMAP", "SSLYZE"]))] == [
        nmap.id,
        failed.id,
    ]
    assert await _(hs.scans.list(scheduled_by="SCHEDULE")) == []


async def test_a_report_downloaded_atomically(hs, mock, tmp_path) -> None:
    web = await _(hs.targets.create(target="web.example.com", tags=["prod"]))
    await _(hs.targets.create(target="lab.example.com", tags=["lab"]))
    await _(
        hs.scans.create_and_wait(
            type="NMAP", targets=["web.example.com", "lab.example.com"], poll_interval=0.01
        )
    )
    pdf = await _(
        hs.reports.create_and_download(tmp_path / "risks.pdf", tags=["prod"], threat_level="HIGH")
    )
    assert pdf == tmp_path / "risks.pdf"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-1.4")
    assert data.rstrip().endswith(b"%%EOF")
    assert b"risks found: 1; by threat level: 1 HIGH" in data
    report = await _(hs.reports.create(format="HTML", target_ids=[web.id], status=["OPEN"]))
    html = await _(hs.reports.download(report.id, tmp_path / "risks.html"))
    text = html.read_text()
    assert text.startswith("<!doctype html>")
    assert "risks found: 3" in text
    assert "web.example.com" in text
    assert "lab.example.com" not in text
    assert sorted(os.listdir(tmp_path)) == ["risks.html", "risks.pdf"]
    # Cut short: nothing at the path, no temp file, the older file kept whole.
    mock.settings.fault = "truncated"
    with pytest.raises(errors.APIConnectionError):
        await _(hs.reports.download(report.id, tmp_path / "risks.pdf"))
    mock.settings.fault = None
    assert pdf.read_bytes() == data
    assert sorted(os.listdir(tmp_path)) == ["risks.html", "risks.pdf"]
    with pytest.raises(errors.NotFoundError, match="no report nope"):
        await _(hs.reports.download("nope", tmp_path / "nope.pdf"))
    assert not (tmp_path / "nope.pdf").exists()


async def test_create_and_download_checks_the_path_before_creating(hs, mock, tmp_path) -> None:
    with pytest.raises(errors.ValidationError, match="does not exist"):
        await _(hs.reports.create_and_download(tmp_path / "no" / "r.pdf"))
    assert mock.hostedscan.resources.reports == {}
    assert mock.requests()["hostedscan"] == 0


async def test_an_authenticated_scan_after_an_upload(hs, mock, tmp_path) -> None:
    target = await _(hs.targets.create(target="app.example.com"))
    with pytest.raises(errors.BadRequestError, match="has no Selenium recording"):
        await _(hs.scans.create(type="OWASP_ZAP", target_ids=[target.id], use_authentication=True))
    side = tmp_path / "login.side"
    side.write_bytes(RECORDING)
    assert await _(hs.targets.upload_recording(target.id, side)) is None
    assert mock.hostedscan.state.recordings[target.id] == RECORDING
    scan = await _(
        hs.scans.create_and_wait(
            type="OWASP_ZAP", target_ids=[target.id], use_authentication=True, poll_interval=0.01
        )
    )
    found = _titles((await _(hs.scans.risks(scan))).new_open)
    assert "Session cookie without Secure flag" in found
    plain = await _(
        hs.scans.create_and_wait(
            type="OWASP_ZAP", targets=["plain.example.com"], poll_interval=0.01
        )
    )
    assert "Session cookie without Secure flag" not in _titles(
        (await _(hs.scans.risks(plain))).new_open
    )


async def test_the_mock_refuses_an_upload_that_is_not_a_recording(hs, mock) -> None:
    target = await _(hs.targets.create(target="app.example.com"))
    with pytest.raises(errors.BadRequestError, match="not a Selenium IDE recording"):
        await _(hs.targets.upload_recording(target.id, b'{"name": "no tests"}'))
    with pytest.raises(errors.NotFoundError):
        await _(hs.targets.upload_recording("missing", RECORDING))
    assert mock.hostedscan.state.recordings == {}


# What a fault of the mock ends in, for the new operations: reads and idempotent writes (PUT,
# DELETE) are retried through a server error; creates are not, and say they may have been applied.
FAULT_CELLS = {
    "fail-first:2:server-error": {"read": None, "create": errors.InternalServerError},
    "fail-first:2:unavailable": {"read": None, "create": None},
    "disconnect": {"read": errors.APIConnectionError, "create": errors.APIConnectionError},
}
OPERATIONS = {
    "targets.list": ("read", lambda hs, t: hs.targets.list()),
    "targets.get": ("read", lambda hs, t: hs.targets.get(t)),
    "targets.update": ("read", lambda hs, t: hs.targets.update(t, label="x")),
    "risks.list": ("read", lambda hs, t: hs.risks.list(status="OPEN")),
    "targets.create": ("create", lambda hs, t: hs.targets.create(target="new.example.com")),
    "reports.create": ("create", lambda hs, t: hs.reports.create()),
    "targets.upload_recording": ("create", lambda hs, t: hs.targets.upload_recording(t, RECORDING)),
}


@pytest.mark.parametrize("fault", sorted(FAULT_CELLS))
@pytest.mark.parametrize("operation", sorted(OPERATIONS))
async def test_faults_on_the_new_operations(hs, mock, monkeypatch, fault, operation) -> None:
    fast_retries(monkeypatch)
    target = await _(hs.targets.create(target="example.com"))
    kind, call = OPERATIONS[operation]
    expected = FAULT_CELLS[fault][kind]
    mock.settings.fault = fault
    try:
        if expected is None:
            await _(call(hs, target.id))
        else:
            with pytest.raises(expected) as caught:
                await _(call(hs, target.id))
            assert caught.value.maybe_applied is (kind == "create" and fault != "unavailable")
    finally:
        mock.settings.fault = None
    if operation == "targets.create":
        # Done once, whatever the client saw: never twice.
        names = [t.target for t in await _(hs.targets.list())]
        assert names.count("new.example.com") == 1

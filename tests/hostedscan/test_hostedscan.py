"""HostedScan against the mock service: create, get, list, wait, download; sync and async."""

from __future__ import annotations

import asyncio
import os

import httpx
import pytest

from scanclients import AsyncHostedScan, HostedScan, errors
from tests.helpers import KEY, Recorder


@pytest.fixture
def hs(mock):
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as client:
        yield client


def test_create_with_targets_and_get(hs, mock) -> None:
    scan = hs.scans.create(type="NMAP", targets=["example.com", "203.0.113.5"])
    assert scan.type == "NMAP"
    assert [t.target for t in scan.requested_targets] == ["example.com", "203.0.113.5"]
    assert hs.scans.get(scan.id).id == scan.id
    assert mock.stats() == {"pdcp": 0, "hostedscan": 1}


def test_create_with_saved_target_ids(hs, mock) -> None:
    scan = hs.scans.create(type="OPENVAS", target_ids=["123", "456"])
    assert [t.target_id for t in scan.requested_targets] == ["123", "456"]


@pytest.mark.parametrize(
    ("arguments", "field", "problem"),
    [
        ({"type": "NMAP"}, "targets", "give targets or target_ids"),
        ({"type": "NMAP", "targets": []}, "targets", "give targets or target_ids"),
        ({"type": "NUCLEI", "targets": ["a.com"]}, "type", "valid types: NMAP, NMAP_UDP, SSLYZE"),
        ({"type": "NMAP", "targets": "a.com"}, "targets", "expected a list of strings"),
        ({"type": "NMAP", "targets": ["a.com", None]}, "targets[1]", "non-empty string"),
        ({"type": "NMAP", "target_ids": [""]}, "target_ids[0]", "non-empty string"),
    ],
)
def test_bad_create_input_sends_nothing(arguments, field, problem) -> None:
    recorder = Recorder(lambda r: httpx.Response(500))
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        with pytest.raises(errors.ValidationError, match=problem) as caught:
            hs.scans.create(**arguments)
    assert caught.value.field == field
    assert recorder.requests == []


def test_get_of_an_unknown_scan_is_not_found(hs) -> None:
    with pytest.raises(errors.NotFoundError, match="404 no scan nope"):
        hs.scans.get("nope")


def test_ids_are_escaped_into_the_path() -> None:
    recorder = Recorder(lambda r: httpx.Response(404, json={"message": "no"}))
    with (
        HostedScan(api_key=KEY, http_client=recorder.client()) as hs,
        pytest.raises(errors.NotFoundError),
    ):
        hs.scans.get("../results/x")
    assert recorder.requests[0].url.raw_path == b"/v1/scans/..%2Fresults%2Fx"


@pytest.mark.parametrize(
    ("scan_id", "raw_path"), [(".", b"/v1/scans/%2E"), ("..", b"/v1/scans/%2E%2E")]
)
def test_a_dot_id_is_not_resolved_away(scan_id, raw_path) -> None:
    recorder = Recorder(lambda r: httpx.Response(404, json={"message": "no"}))
    with (
        HostedScan(api_key=KEY, http_client=recorder.client()) as hs,
        pytest.raises(errors.NotFoundError),
    ):
        hs.scans.get(scan_id)
    assert recorder.requests[0].url.raw_path == raw_path
    assert recorder.requests[0].url.path == f"/v1/scans/{scan_id}"


def test_list_follows_next_page_token(hs, mock) -> None:
    mock.settings.page_size = 2
    created = [hs.scans.create(type="NMAP", targets=[f"h{i}.example.com"]).id for i in range(5)]
    assert [s.id for s in hs.scans.list()] == created


def test_list_of_nothing_is_empty(hs) -> None:
    assert list(hs.scans.list()) == []


def test_list_stops_on_a_repeated_page_token() -> None:
    page = {"data": [{"id": "a", "state": "QUEUED"}], "next_page_token": "same"}
    recorder = Recorder(lambda r: httpx.Response(200, json=page))
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        with pytest.raises(errors.UnexpectedResponseError, match="already followed"):
            list(hs.scans.list())
    assert [r.url.params.get("page_token") for r in recorder.requests] == [None, "same"]


def test_wait_returns_on_succeeded_and_reports_each_change(hs, mock) -> None:
    mock.settings.scan_seconds = 0.4
    scan = hs.scans.create(type="SSLYZE", targets=["example.com"])
    seen: list[tuple[str, int]] = []
    done = hs.scans.wait(
        scan.id, poll_interval=0.02, on_progress=lambda s: seen.append((s.state, s.progress))
    )
    assert done.state == "SUCCEEDED"
    assert seen[-1] == ("SUCCEEDED", 100)
    assert len(seen) == len(set(seen))  # only changes are reported
    assert any(state == "RUNNING" for state, _ in seen)
    order = {"QUEUED": 0, "RUNNING": 1, "SUCCEEDED": 2}
    assert seen == sorted(seen, key=lambda change: (order[change[0]], change[1]))  # never backwards


def test_wait_raises_scan_failed_with_the_scan(hs) -> None:
    scan = hs.scans.create(type="NMAP", targets=["host.fail.invalid"])
    with pytest.raises(errors.ScanFailedError, match=f"scan {scan.id} ended FAILED") as caught:
        hs.scans.wait(scan.id, poll_interval=0.01)
    assert caught.value.scan.id == scan.id


def test_wait_raises_scan_failed_on_over_limit() -> None:
    body = {"data": {"id": "s1", "state": "OVER_LIMIT", "progress": 0}}
    recorder = Recorder(lambda r: httpx.Response(200, json=body))
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        with pytest.raises(errors.ScanFailedError, match="ended OVER_LIMIT"):
            hs.scans.wait("s1", poll_interval=0.01)


def test_wait_times_out_with_the_last_scan(hs, mock) -> None:
    mock.settings.scan_seconds = 60
    scan = hs.scans.create(type="NMAP", targets=["example.com"])
    with pytest.raises(errors.WaitTimeoutError, match=r"still QUEUED \(0%\) after 1 s") as caught:
        hs.scans.wait(scan.id, timeout=1.0, poll_interval=0.2)
    assert caught.value.scan.id == scan.id


def test_wait_keeps_polling_through_an_unknown_state() -> None:
    states = iter(["PAUSED", "RUNNING", "SUCCEEDED"])
    recorder = Recorder(
        lambda r: httpx.Response(200, json={"data": {"id": "s", "state": next(states)}})
    )
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        assert hs.scans.wait("s", poll_interval=0.001).state == "SUCCEEDED"
    assert len(recorder.requests) == 3


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": -5}, "timeout"),
        ({"poll_interval": 0}, "poll_interval"),
        ({"poll_interval": -1}, "poll_interval"),
        ({"poll_interval": float("inf")}, "poll_interval"),
    ],
)
def test_wait_refuses_bad_timings_before_polling(arguments, field) -> None:
    recorder = Recorder(lambda r: httpx.Response(500))
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        with pytest.raises(errors.ValidationError) as caught:
            hs.scans.wait("s1", **arguments)
        with pytest.raises(errors.ValidationError):
            hs.scans.create_and_wait(type="NMAP", targets=["a.com"], **arguments)
    assert caught.value.field == field
    assert recorder.requests == []


def test_create_and_wait_then_download_every_result(hs, tmp_path) -> None:
    scan = hs.scans.create_and_wait(type="SSLYZE", targets=["example.com"], poll_interval=0.01)
    assert {r.content_type for r in scan.results} == {
        "application/pdf",
        "text/html",
        "application/json",
    }
    for result in scan.results:
        path = hs.results.download(result.result_id, tmp_path / result.result_id)
        assert path.read_bytes() == hs.results.read(result.result_id)
    pdf = next(r for r in scan.results if r.content_type == "application/pdf")
    data = (tmp_path / pdf.result_id).read_bytes()
    assert data.startswith(b"%PDF-1.4")
    assert data.rstrip().endswith(b"%%EOF")
    assert sorted(os.listdir(tmp_path)) == sorted(r.result_id for r in scan.results)


def test_a_download_cut_short_leaves_no_file_and_no_temp_file(hs, mock, tmp_path) -> None:
    scan = hs.scans.create_and_wait(type="NMAP", targets=["example.com"], poll_interval=0.01)
    mock.settings.fault = "truncated"
    target = tmp_path / "report.pdf"
    with pytest.raises(errors.APIConnectionError):
        hs.results.download(scan.results[0].result_id, target)
    assert os.listdir(tmp_path) == []


def test_a_failed_download_keeps_an_older_file_whole(hs, tmp_path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")
    with pytest.raises(errors.NotFoundError):
        hs.results.download("missing-pdf", target)
    assert target.read_bytes() == b"old report"
    assert os.listdir(tmp_path) == ["report.pdf"]


@pytest.mark.parametrize(
    ("make_path", "problem"),
    [(lambda p: p, "is a directory"), (lambda p: p / "no" / "x.pdf", "does not exist")],
)
def test_download_refuses_a_bad_path_before_sending(make_path, problem, tmp_path) -> None:
    recorder = Recorder(lambda r: httpx.Response(200, content=b"x"))
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        with pytest.raises(errors.ValidationError, match=problem):
            hs.results.download("r1", make_path(tmp_path))
    assert recorder.requests == []


async def test_async_client_does_the_same(mock, tmp_path) -> None:
    mock.settings.page_size = 1
    async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        first = await hs.scans.create(type="NMAP", targets=["a.example.com"])
        done = await hs.scans.create_and_wait(
            type="SSLYZE", targets=["b.example.com"], poll_interval=0.01
        )
        assert (await hs.scans.get(first.id)).id == first.id
        assert [s.id async for s in hs.scans.list()] == [first.id, done.id]
        pdf = next(r for r in done.results if r.content_type == "application/pdf")
        path = await hs.results.download(pdf.result_id, tmp_path / "r.pdf")
        assert path.read_bytes() == await hs.results.read(pdf.result_id)
        failing = await hs.scans.create(type="NMAP", targets=["x.fail.invalid"])
        with pytest.raises(errors.ScanFailedError):
            await hs.scans.wait(failing.id, poll_interval=0.01)


async def test_cancelling_an_async_wait_leaves_nothing_pending(mock) -> None:
    mock.settings.scan_seconds = 60
    async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        scan = await hs.scans.create(type="NMAP", targets=["example.com"])
        task = asyncio.create_task(hs.scans.wait(scan.id, poll_interval=0.05))
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        assert others == []
    assert hs._http.is_closed

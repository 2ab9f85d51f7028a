"""What `scans.create` returns lets the next call be written as it reads (issue 26): a created scan
whose `id` is a `str`, which `wait`, `findings` and `export` take as it is, on both services."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from scanclients import PDCP, AsyncPDCP, HostedScan
from scanclients.errors import UnexpectedResponseError, ValidationError
from scanclients.types import CreatedScan, CreateScanResponse
from tests.helpers import KEY, Recorder


def test_the_created_scan_has_its_id_and_is_a_create_scan_response(mock) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        created = pd.scans.create(targets=["example.com"])
    assert isinstance(created, CreatedScan)
    assert isinstance(created, CreateScanResponse)
    assert isinstance(created.id, str)
    assert created.id


@pytest.mark.parametrize(
    "answer",
    [{"message": "ok"}, {"message": "ok", "id": ""}, {"message": "ok", "id": 7}],
    ids=["no id", "empty id", "not a string"],
)
def test_a_create_answer_without_an_id_says_the_scan_may_exist(answer: object) -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=answer))
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        with pytest.raises(UnexpectedResponseError, match="'id'") as caught:
            pd.scans.create(targets=["example.com"])
        raw = pd.scans.with_raw_response.create(targets=["example.com"])
        with pytest.raises(UnexpectedResponseError, match="'id'") as parsed:
            raw.parse()
    assert caught.value.maybe_created is True
    assert parsed.value.maybe_created is True
    assert len(recorder.requests) == 2  # one each, never retried


def test_wait_findings_and_export_take_the_created_scan_itself(mock, tmp_path: Path) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        created = pd.scans.create(targets=["example.com"])
        finished = pd.scans.wait(created, poll_interval=0.01)
        assert finished.scan_id == created.id
        assert pd.scans.wait(finished, poll_interval=0.01).scan_id == created.id  # `.scan_id`
        by_object = [f.template_id for f in pd.scans.findings(created)]
        assert by_object == [f.template_id for f in pd.scans.findings(created.id)]
        assert by_object
        saved = pd.scans.export(finished, tmp_path / "scan.json")
    assert saved.read_bytes().startswith(b"[")


async def test_the_async_client_takes_the_created_scan_too(mock, tmp_path: Path) -> None:
    async with AsyncPDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        created = await pd.scans.create(targets=["example.com"])
        finished = await pd.scans.wait(created, poll_interval=0.01)
        assert finished.scan_id == created.id
        assert [f async for f in pd.scans.findings(created)]
        assert (await pd.scans.export(created, tmp_path / "scan.csv", format="csv")).exists()


def test_a_hostedscan_scan_is_waited_for_as_it_is(mock) -> None:
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        scan = hs.scans.create(type="NMAP", targets=["example.com"])
        assert hs.scans.wait(scan, poll_interval=0.01).id == scan.id


@pytest.mark.parametrize("scan", [object(), "", 7, None], ids=["object", "blank", "int", "none"])
def test_a_scan_that_is_neither_an_id_nor_a_scan_is_refused_before_any_request(
    mock, tmp_path: Path, scan: object
) -> None:
    before = mock.requests()
    with (
        PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd,
        HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs,
    ):
        for call in (
            lambda: pd.scans.wait(scan),  # type: ignore[arg-type]
            lambda: pd.scans.findings(scan),  # type: ignore[arg-type]
            lambda: pd.scans.export(scan, tmp_path / "x.json"),  # type: ignore[arg-type]
            lambda: hs.scans.wait(scan),  # type: ignore[arg-type]
        ):
            with pytest.raises(ValidationError, match="scan_id: expected a non-empty id"):
                call()
    assert mock.requests() == before

"""Issue 16's and 17's promises on the HostedScan operations of issue 15 (targets, risks, reports):
every list stops, every call ends by its deadline, bad text fails before any I/O, any iterable is
taken, and a compound helper that created something says so. Hostile servers: tests/hostile.py."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest

from scanclients import AsyncHostedScan, HostedScan, errors
from tests.helpers import KEY
from tests.hostile import SCAN, HostileServer, answer, fixed, settle, slow_body, slow_headers

LONE = "\udcff"
TARGET = {"id": "t1", "target": "a.example.com", "tags": []}
RISK = {"id": "r1", "target_id": "t1", "status": "OPEN"}


def _fresh_tokens(item: dict[str, Any]) -> Any:
    counter = iter(range(10**9))

    def behave(connection: Any, head: bytes, server: HostileServer) -> None:
        # A new item on every page too: it is the bound that stops this list, not a cycle.
        number = next(counter)
        page = {"data": [{**item, "id": f"i{number}"}], "next_page_token": f"t{number}"}
        connection.sendall(answer(200, json.dumps(page).encode()))

    return behave


LISTS = {
    "targets": (TARGET, lambda hs, **kw: hs.targets.list(**kw)),
    "risks": (RISK, lambda hs, **kw: hs.risks.list(**kw)),
}


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("name", LISTS)
def test_every_list_stops_at_max_pages(name, asynchronous) -> None:
    item, listing = LISTS[name]
    with HostileServer(_fresh_tokens(item)) as server:
        client = (AsyncHostedScan if asynchronous else HostedScan)(api_key=KEY, base_url=server.url)

        async def go() -> object:
            try:
                return await settle(listing(client, max_pages=3))
            finally:
                await settle(client.close())

        with pytest.raises(errors.UnexpectedResponseError, match="pass a larger max_pages"):
            asyncio.run(go())
    assert len(server.requests) == 3


@pytest.mark.parametrize("name", LISTS)
def test_a_bad_max_pages_fails_before_any_request(name, mock) -> None:
    _, listing = LISTS[name]
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        for bad in (0, -1, True, 2.5):
            with pytest.raises(errors.ValidationError) as caught:
                list(listing(hs, max_pages=bad))
            assert caught.value.field == "max_pages"
    assert mock.requests()["hostedscan"] == 0


BAD_TEXT = [
    ("target id", lambda hs, p: hs.targets.get(LONE), "target_id"),
    ("risk id", lambda hs, p: hs.risks.get(f"r{LONE}"), "risk_id"),
    ("report id", lambda hs, p: hs.reports.download(LONE, p / "r.pdf"), "report_id"),
    ("target", lambda hs, p: hs.targets.create(target=LONE), "target"),
    ("tag", lambda hs, p: hs.targets.create(target="a.com", tags=["ok", LONE]), "tags[1]"),
    ("label", lambda hs, p: hs.targets.update("t1", label=LONE), "label"),
    ("risk filter", lambda hs, p: list(hs.risks.list(title=["x", LONE])), "title[1]"),
    ("scan filter", lambda hs, p: list(hs.scans.list(scheduled_by=LONE)), "scheduled_by"),
    ("report tag", lambda hs, p: hs.reports.create(tags=[LONE]), "tags[0]"),
]


@pytest.mark.parametrize(("case", "call", "field"), BAD_TEXT, ids=[c for c, _, _ in BAD_TEXT])
def test_a_lone_surrogate_is_a_validation_error_before_any_request(
    case, call, field, mock, tmp_path
) -> None:
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        with pytest.raises(errors.ValidationError) as caught:
            call(hs, tmp_path)
    assert caught.value.field == field
    assert mock.requests()["hostedscan"] == 0


def test_any_iterable_of_strings_is_taken_once(mock) -> None:
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        saved = hs.targets.create(target="gen.example.com", tags=(t for t in ("prod", "web")))
        assert saved.tags == ["prod", "web"]
        updated = hs.targets.update(saved.id, tags={"only"})
        assert updated.tags == ["only"]
        found = list(hs.targets.list(tags=(t for t in ["only"])))
        assert [t.id for t in found] == [saved.id]
        assert list(hs.risks.list(threat_level=("HIGH",), target_id={saved.id})) == []
        with pytest.raises(errors.ValidationError) as caught:
            hs.targets.create(target="a.com", tags={"a": "b"})  # a mapping is no list of tags
        assert caught.value.field == "tags"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_report_download_sent_a_byte_at_a_time_ends_at_the_deadline(
    asynchronous, tmp_path
) -> None:
    with HostileServer(slow_body()) as server:
        settings = {"api_key": KEY, "base_url": server.url, "deadline": 0.3}
        client = AsyncHostedScan(**settings) if asynchronous else HostedScan(**settings)

        async def go() -> object:
            try:
                return await settle(client.reports.download("rep1", tmp_path / "r.pdf"))
            finally:
                await settle(client.close())

        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError, match=r"overall deadline of 0\.3 s"):
            asyncio.run(go())
    assert time.monotonic() - started < 1.3
    assert not list(tmp_path.iterdir())  # nothing half-written is left


def test_a_result_read_is_bounded_by_max_body_size() -> None:
    body = b"%PDF" + b"x" * (2 * 1024 * 1024)
    with HostileServer(fixed(200, body, {"content-type": "application/pdf"})) as server:
        hs = HostedScan(api_key=KEY, base_url=server.url, max_body_size=1024 * 1024)
        with pytest.raises(errors.UnexpectedResponseError, match="max_body_size"):
            hs.results.read("r1")


def _report_then_failure(connection: Any, head: bytes, server: HostileServer) -> None:
    if head.startswith(b"POST /v1/reports"):
        connection.sendall(answer(201, b'{"data": {"id": "rep1"}}'))
    else:
        connection.sendall(answer(500, b'{"message": "storage down", "status": 500}'))


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_report_created_then_not_downloaded_carries_its_id(asynchronous, tmp_path) -> None:
    with HostileServer(_report_then_failure) as server:
        settings = {"api_key": KEY, "base_url": server.url, "max_retries": 0}
        client = AsyncHostedScan(**settings) if asynchronous else HostedScan(**settings)

        async def go() -> object:
            try:
                return await settle(client.reports.create_and_download(tmp_path / "r.pdf"))
            finally:
                await settle(client.close())

        with pytest.raises(errors.InternalServerError) as caught:
            asyncio.run(go())
    assert caught.value.created_id == "rep1"
    assert "The report rep1 was created" in str(caught.value)
    assert [h.split(b" ")[0] for h in server.requests] == [b"POST", b"GET"]
    assert not list(tmp_path.iterdir())


def _answers_once_then_hangs(connection: Any, head: bytes, server: HostileServer) -> None:
    if len(server.requests) == 1:
        connection.sendall(answer(200, SCAN))
        return
    slow_headers()(connection, head, server)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_poll_cut_at_the_wait_deadline_is_a_wait_timeout_with_the_last_scan(
    asynchronous,
) -> None:
    with HostileServer(_answers_once_then_hangs) as server:
        settings = {"api_key": KEY, "base_url": server.url}
        client = AsyncHostedScan(**settings) if asynchronous else HostedScan(**settings)

        async def go() -> object:
            try:
                return await settle(client.scans.wait("s1", timeout=0.5, poll_interval=0.1))
            finally:
                await settle(client.close())

        started = time.monotonic()
        with pytest.raises(errors.WaitTimeoutError) as caught:
            asyncio.run(go())
    assert time.monotonic() - started < 1.5
    assert caught.value.scan.id == "s1"
    assert len(server.requests) == 2

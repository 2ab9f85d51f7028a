"""HostedScan requests on the wire: filters encoded into one JSON parameter, bodies as the spec
says, bad input refused before anything is sent, retries by method, and the async join bounded."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from scanclients import AsyncHostedScan, HostedScan, errors
from scanclients._generated.hostedscan_models import RiskStatus, ScanState, ThreatLevel
from scanclients._hostedscan.scans import RISK_FETCH_CONCURRENCY
from tests.helpers import KEY, Recorder, fast_retries

EMPTY_PAGE = {"data": []}
TARGET = {"id": "t1", "target": "example.com", "label": None, "tags": []}


def _client(
    answer: Any = EMPTY_PAGE, status: int = 200, **options: Any
) -> tuple[Recorder, HostedScan]:
    recorder = Recorder(lambda request: httpx.Response(status, json=answer))
    return recorder, HostedScan(api_key=KEY, http_client=recorder.client(), **options)


def _filters(request: httpx.Request) -> Any:
    raw = request.url.params.get("filters")
    return None if raw is None else json.loads(raw)


@pytest.mark.parametrize(
    ("call", "path", "filters"),
    [
        (lambda hs: hs.scans.list(), "/v1/scans", None),
        (lambda hs: hs.scans.list(state="RUNNING"), "/v1/scans", {"state": ["RUNNING"]}),
        (
            lambda hs: hs.scans.list(
                state=[ScanState.QUEUED, "RUNNING"], type="OPENVAS", scheduled_by=("API",)
            ),
            "/v1/scans",
            {"state": ["QUEUED", "RUNNING"], "type": ["OPENVAS"], "scheduled_by": ["API"]},
        ),
        (lambda hs: hs.targets.list(tags=["prod", "eu"]), "/v1/targets", {"tags": ["prod", "eu"]}),
        (lambda hs: hs.targets.list(target="a.com"), "/v1/targets", {"target": ["a.com"]}),
        (
            lambda hs: hs.risks.list(
                target_id="t1",
                status=RiskStatus.OPEN,
                tags=["prod"],
                scan_type="SSLYZE",
                threat_level=[ThreatLevel.HIGH, "MEDIUM"],
                title="Heartbleed",
            ),
            "/v1/risks",
            {
                "target_id": ["t1"],
                "status": ["OPEN"],
                "tags": ["prod"],
                "risk_definition.scan_type": ["SSLYZE"],
                "risk_definition.threat_level": ["HIGH", "MEDIUM"],
                "risk_definition.title": ["Heartbleed"],
            },
        ),
    ],
)
def test_filters_go_out_as_one_json_parameter(call, path, filters) -> None:
    recorder, hs = _client()
    assert list(call(hs)) == []
    (request,) = recorder.requests
    assert request.url.path == path
    assert _filters(request) == filters
    assert list(request.url.params) == ([] if filters is None else ["filters"])


def test_filters_stay_on_every_page_with_the_token() -> None:
    pages = iter([{"data": [TARGET], "next_page_token": "p2"}, {"data": [TARGET]}])
    recorder = Recorder(lambda request: httpx.Response(200, json=next(pages)))
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        assert len(list(hs.targets.list(tags="prod"))) == 2
    assert [dict(r.url.params) for r in recorder.requests] == [
        {"filters": '{"tags":["prod"]}'},
        {"filters": '{"tags":["prod"]}', "page_token": "p2"},
    ]


@pytest.mark.parametrize(
    ("call", "field", "problem"),
    [
        (
            lambda hs: hs.scans.list(state="DONE"),
            "state",
            "unknown value 'DONE'; valid values: QUEUED",
        ),
        (lambda hs: hs.scans.list(type=["NMAP", "NUCLEI"]), "type[1]", "unknown value 'NUCLEI'"),
        (lambda hs: hs.scans.list(scheduled_by=[]), "scheduled_by", "at least one value"),
        (
            lambda hs: hs.risks.list(threat_level="CRITICAL"),
            "threat_level",
            "valid values: LOW, MEDIUM, HIGH",
        ),
        (lambda hs: hs.risks.list(status=["OPEN", ""]), "status[1]", "non-empty string"),
        (
            lambda hs: hs.risks.list(target_id=7),
            "target_id",
            "a string or a list of strings, got int",
        ),
        (lambda hs: hs.targets.list(tags=[None]), "tags[0]", "non-empty string"),
        (lambda hs: hs.targets.get(""), "target_id", "non-empty id"),
        (lambda hs: hs.targets.create(target=" "), "target", "non-empty string"),
        (
            lambda hs: hs.targets.create(target="a.com", tags="prod"),
            "tags",
            "list of strings, got str",
        ),
        (
            lambda hs: hs.targets.create(target="a.com", tags=[str(i) for i in range(11)]),
            "tags",
            "at most 10",
        ),
        (lambda hs: hs.targets.create(target="a.com", label=5), "label", "valid string, got 5"),
        (lambda hs: hs.targets.create(target="a.com", upsert="yes"), "upsert", "True or False"),
        (lambda hs: hs.targets.update("t1"), "label", "nothing to update"),
        (lambda hs: hs.targets.update("t1", tags=[1]), "tags[0]", "valid string, got 1"),
        (lambda hs: hs.targets.delete(None), "target_id", "non-empty id"),
        (
            lambda hs: hs.targets.upload_recording("t1", b"not json"),
            "recording",
            "a .side file is JSON",
        ),
        (lambda hs: hs.targets.upload_recording("t1", b"[]"), "recording", "not a JSON object"),
        (
            lambda hs: hs.targets.upload_recording("t1", "/nowhere/x.side"),
            "recording",
            "is not a file",
        ),
        (lambda hs: hs.targets.upload_recording("t1", 3), "recording", "path to a .side file"),
        (lambda hs: hs.risks.get(" "), "risk_id", "non-empty id"),
        (lambda hs: hs.reports.create(format="DOCX"), "format", "valid formats: PDF, HTML"),
        (lambda hs: hs.reports.create(target_ids=[]), "target_ids", "at least one value"),
        (lambda hs: hs.reports.create(status="GONE"), "status", "valid values: OPEN, CLOSED"),
        (lambda hs: hs.reports.download("", "r.pdf"), "report_id", "non-empty id"),
        (
            lambda hs: hs.scans.create(type="NMAP", targets=["a"], use_authentication=1),
            "use_authentication",
            "True or False",
        ),
        (lambda hs: hs.scans.risks(""), "scan_id", "non-empty id"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(
    call, field, problem, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    recorder, hs = _client(status=500)
    with pytest.raises(errors.ValidationError, match=problem) as caught:
        call(hs)  # a list is checked when called, not when first iterated
    assert caught.value.field == field
    assert recorder.requests == []


def test_target_create_and_update_bodies_on_the_wire() -> None:
    recorder, hs = _client({"data": TARGET})
    hs.targets.create(target="example.com", label="Web", tags=("prod", "eu"), upsert=True)
    hs.targets.create(target="example.com")
    hs.targets.update("t/1", label="Shop", tags=[])
    create, plain, update = recorder.requests
    assert (create.method, create.url.path, dict(create.url.params)) == (
        "POST",
        "/v1/targets",
        {"upsert": "true"},
    )
    assert json.loads(create.content) == {
        "target": "example.com",
        "label": "Web",
        "tags": ["prod", "eu"],
    }
    assert (plain.url.params, json.loads(plain.content)) == (
        httpx.QueryParams(),
        {"target": "example.com"},
    )
    assert (update.method, update.url.raw_path) == ("PUT", b"/v1/targets/t%2F1")
    assert json.loads(update.content) == {"label": "Shop", "tags": []}


def test_the_recording_goes_out_as_one_multipart_file_part(tmp_path) -> None:
    side = tmp_path / "login.side"
    side.write_bytes(b'{"tests": []}')
    recorder, hs = _client({"data": {}})
    hs.targets.upload_recording("t1", side)
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("POST", "/v1/targets/t1/auth/selenium")
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'Content-Disposition: form-data; name="file"; filename="login.side"' in request.content
    assert b'\r\n\r\n{"tests": []}\r\n' in request.content


def test_report_body_on_the_wire(tmp_path) -> None:
    recorder, hs = _client({"data": {"id": "rep1"}})
    report = hs.reports.create(
        format="HTML",
        target_ids=["t1"],
        tags=["prod"],
        status="OPEN",
        scan_type=["NMAP"],
        threat_level="HIGH",
        title="Heartbleed",
    )
    assert report.id == "rep1"
    assert json.loads(recorder.requests[0].content) == {
        "report_format": "HTML",
        "targets_filter": {"target_ids": ["t1"], "tag": ["prod"]},
        "risks_filter": {
            "status": ["OPEN"],
            "risk_definition.scan_type": ["NMAP"],
            "risk_definition.threat_level": ["HIGH"],
            "risk_definition.title": ["Heartbleed"],
        },
    }
    hs.reports.create()
    assert json.loads(recorder.requests[1].content) == {"report_format": "PDF"}


@pytest.mark.parametrize(
    ("call", "attempts"),
    [
        (lambda hs: hs.targets.get("t1"), 3),
        (lambda hs: list(hs.targets.list()), 3),
        (lambda hs: hs.targets.update("t1", label="x"), 3),
        (lambda hs: hs.targets.delete("t1"), 3),
        (lambda hs: hs.risks.get("r1"), 3),
        (lambda hs: hs.targets.create(target="a.com"), 1),
        (lambda hs: hs.targets.upload_recording("t1", b"{}"), 1),
        (lambda hs: hs.reports.create(), 1),
    ],
)
def test_writes_that_may_have_been_applied_are_not_retried(call, attempts, monkeypatch) -> None:
    fast_retries(monkeypatch)
    recorder, hs = _client({"message": "boom"}, status=500)
    with pytest.raises(errors.InternalServerError) as caught:
        call(hs)
    assert len(recorder.requests) == attempts
    assert caught.value.maybe_applied is (attempts == 1)


async def test_the_async_join_fetches_concurrently_and_bounded() -> None:
    ids = [f"r{i}" for i in range(20)]
    scan = {
        "id": "s1",
        "state": "SUCCEEDED",
        "risks": {
            "new_open": [{"risk_id": i} for i in ids[:10]],
            "still_open": [{"risk_id": i} for i in ids[10:15]],
            "closed": [{"risk_id": i} for i in ids[15:]] + [{"risk_id": "r0"}],
        },
    }
    in_flight, most = 0, 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most
        if request.url.path == "/v1/scans/s1":
            return httpx.Response(200, json={"data": scan})
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        risk_id = request.url.path.rsplit("/", 1)[1]
        return httpx.Response(200, json={"data": {"id": risk_id, "status": "OPEN"}})

    transport = httpx.MockTransport(answer)
    async with AsyncHostedScan(
        api_key=KEY, http_client=httpx.AsyncClient(transport=transport)
    ) as hs:
        groups = await hs.scans.risks("s1")
    assert [r.id for r in groups.new_open] == ids[:10]
    assert [r.id for r in groups.still_open] == ids[10:15]
    assert [r.id for r in groups.closed] == [*ids[15:], "r0"]
    assert most == RISK_FETCH_CONCURRENCY


async def test_a_failed_fetch_in_the_async_join_raises_it_and_leaves_nothing_running() -> None:
    scan = {
        "id": "s1",
        "state": "SUCCEEDED",
        "risks": {"new_open": [{"risk_id": f"r{i}"} for i in range(5)]},
    }

    async def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/scans/s1":
            return httpx.Response(200, json={"data": scan})
        if request.url.path.endswith("/r3"):
            return httpx.Response(404, json={"message": "no risk r3"})
        await asyncio.sleep(0.05)
        return httpx.Response(200, json={"data": {"id": "x"}})

    transport = httpx.MockTransport(answer)
    async with AsyncHostedScan(
        api_key=KEY, max_retries=0, http_client=httpx.AsyncClient(transport=transport)
    ) as hs:
        with pytest.raises(errors.NotFoundError, match="no risk r3"):
            await hs.scans.risks("s1")
        assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []


def test_lists_page_through_the_shared_pager() -> None:
    pages = {
        None: {"data": [TARGET, {**TARGET, "id": "t2"}], "next_page_token": "b"},
        "b": {"data": [{**TARGET, "id": "t3"}], "next_page_token": "c"},
        "c": {"data": [{**TARGET, "id": "t4"}], "next_page_token": None},
    }

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/targets/t1":
            return httpx.Response(200, json={"data": TARGET})
        return httpx.Response(200, json=pages[request.url.params.get("page_token")])

    recorder = Recorder(answer)
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        assert [t.id for t in hs.targets.list(max_items=3)] == ["t1", "t2", "t3"]
        assert len(recorder.requests) == 2  # the third page is never asked for
        envelopes = list(hs.targets.list().pages())
        assert [[t.id for t in page.data] for page in envelopes] == [["t1", "t2"], ["t3"], ["t4"]]
        raw = hs.targets.with_raw_response.get("t1")
        # What the plain method returns (the envelope unwrapped), not the envelope.
        assert (raw.status_code, raw.parse().id) == (200, "t1")


def test_the_escape_hatches_reach_the_wire() -> None:
    recorder, hs = _client({"data": TARGET})
    hs.targets.create(
        target="a.com",
        extra_headers={"X-Trace": "t-1"},
        extra_query={"dry_run": "true"},
        extra_body={"x_new": 1},
        timeout=5,
    )
    (request,) = recorder.requests
    assert request.headers["x-trace"] == "t-1"
    assert dict(request.url.params) == {"dry_run": "true"}
    assert json.loads(request.content) == {"target": "a.com", "x_new": 1}
    assert request.extensions["timeout"]["read"] == 5
    with pytest.raises(errors.ValidationError, match="extra_query: expected a mapping"):
        hs.risks.get("k1", extra_query=["nope"])
    assert len(recorder.requests) == 1

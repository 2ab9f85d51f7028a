"""The mock as outside validators see it (schemathesis, Prism): its checks are the spec's, no
stricter; a 405 lists every method of the path; times carry their offset; no content means no
content type; lists page to their end; and each PDCP team sees its own scans only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scanclients import PDCP, HostedScan
from scanclients.mock import MockService
from tests.helpers import KEY

PD = {"X-API-Key": KEY}
HS = {"X-HOSTEDSCAN-API-KEY": KEY}
# RFC 3339 full-time, which OpenAPI 3.1's `format: time` is: the offset is part of it.
FULL_TIME = re.compile(r"\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


@pytest.fixture
def api(mock: MockService) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock.pdcp_url, headers=PD) as client:
        yield client


def _scan(api: httpx.Client, **headers: str) -> str:
    created = api.post("/v1/scans", json={"targets": ["example.com"]}, headers=headers)
    assert created.status_code == 200, created.text
    return str(created.json()["id"])


# --- empty query values: the parameter's schema decides ------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/v2/vulnerability/id-1?fields=",
        "/v1/template?fields=&offset=0",
        "/v1/user?utm_source=",
        "/v1/scans?search=&sort_asc=&sort_desc=",
        "/v1/team/audit_log?email=&action=",
        # An array parameter (form, not exploded): an empty value is the empty array.
        "/v2/vulnerability/id-1/timeline?event_type=",
    ],
)
def test_an_empty_query_value_its_schema_accepts_is_accepted(api: httpx.Client, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 200, response.text


def test_an_empty_query_value_its_schema_refuses_is_refused_naming_it(api: httpx.Client) -> None:
    response = api.get("/v1/template?limit=")  # an integer: "" is none
    assert response.status_code == 400
    assert response.json()["param"] == "limit"
    timeline = api.get("/v2/vulnerability/id-1/timeline?event_type=nope")
    assert timeline.status_code == 400


def test_an_empty_name_imports_and_any_bytes_are_an_upload(api: httpx.Client) -> None:
    upload = {"Content-Type": "application/octet-stream"}
    response = api.post("/v1/scans/import?name=", content=b"\x00\x01", headers=upload)
    assert response.status_code == 200, response.text
    template = api.post("/v1/template?filename=&dir=", json={"template": "", "prompt": ""})
    assert template.status_code == 200, template.text


def test_a_zero_length_upload_is_a_body_and_no_body_is_none(api: httpx.Client) -> None:
    # POST /v1/assets requires its octet-stream body: an empty file is one, no body at all is not.
    upload = {"Content-Type": "application/octet-stream"}
    assert api.post("/v1/assets?name=", content=b"", headers=upload).status_code == 200
    missing = api.post("/v1/assets")
    assert missing.status_code == 400
    assert missing.json()["message"] == "Missing required request body"


# --- 405 and unknown paths ------------------------------------------------------------------------


def test_a_405_lists_every_method_of_the_path_in_the_error_shape(
    api: httpx.Client, mock: MockService
) -> None:
    scan_id = _scan(api)
    response = api.request("OPTIONS", f"/v1/scans/{scan_id}")
    assert response.status_code == 405
    allowed = {m.strip() for m in response.headers["allow"].split(",")}
    assert allowed == {"GET", "HEAD", "PATCH", "DELETE"}
    assert response.json()["kind"] == "server_error"
    assert response.json()["status"] == 405
    team = api.put("/v1/user/team")
    assert {m.strip() for m in team.headers["allow"].split(",")} == {
        "GET",
        "HEAD",
        "POST",
        "PATCH",
        "DELETE",
    }
    hosted = httpx.put(f"{mock.hostedscan_url}/v1/targets", headers=HS)
    assert hosted.status_code == 405
    assert {m.strip() for m in hosted.headers["allow"].split(",")} == {"GET", "HEAD", "POST"}
    assert hosted.json()["status"] == 405


def test_an_unknown_path_is_a_404_in_the_error_shape(api: httpx.Client) -> None:
    response = api.get("/v1/no/such/thing")
    assert response.status_code == 404
    assert response.json()["kind"] == "not_found"
    assert "/v1/no/such/thing" in response.json()["message"]


# --- format: time is RFC 3339 full-time ---------------------------------------------------------


@pytest.mark.parametrize("start_time", ["12:00:00Z", "00:00:00+02:00", "23:59:59.5-05:30"])
def test_schedules_accept_a_time_with_its_offset(api: httpx.Client, start_time: str) -> None:
    scan_id = _scan(api)
    scan = {"scan_id": scan_id, "scan_frequency": "daily", "start_time": start_time}
    assert api.post("/v1/scans/schedule", json=scan).status_code == 200
    enumeration = {"enumeration_id": "e1", "scan_frequency": "daily", "start_time": start_time}
    assert api.post("/v1/enumeration/schedule", json=enumeration).status_code == 200


@pytest.mark.parametrize("start_time", ["12:00:00", "25:00:00Z", "noon"])
def test_schedules_refuse_a_time_that_is_not_one(api: httpx.Client, start_time: str) -> None:
    body = {"scan_id": _scan(api), "scan_frequency": "daily", "start_time": start_time}
    response = api.post("/v1/scans/schedule", json=body)
    assert response.status_code == 400
    assert response.json()["param"] == "start_time"


def _start_times(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "start_time":
                yield item
            yield from _start_times(item)
    elif isinstance(value, list):
        for item in value:
            yield from _start_times(item)


@pytest.mark.parametrize(
    "path",
    # GET /v1/scans and /v1/scans/{scan_id} are the store's own views (tests/mock/
    # test_pdcp_mock_scans.py), which hold no schedule: the generic answers do.
    [
        "/v1/scans/schedule",
        "/v1/asset/enumerate",
        "/v1/asset/enumerate/e1",
        "/v1/enumeration/schedule",
    ],
)
def test_times_are_answered_with_their_offset(api: httpx.Client, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 200, response.text
    times = list(_start_times(response.json()))
    assert times, response.text
    assert all(FULL_TIME.fullmatch(t) for t in times), times


# --- an answer without content has no content type ----------------------------------------------


def test_no_content_is_sent_without_a_content_type(api: httpx.Client, mock: MockService) -> None:
    team = api.request("DELETE", "/v1/user/team", json={"team_id": "t1"})
    assert (team.status_code, team.content) == (200, b"")
    assert "content-type" not in team.headers
    hs = HostedScan(api_key=KEY, base_url=mock.hostedscan_url)
    target = hs.targets.create(target="example.com")
    deleted = httpx.delete(f"{mock.hostedscan_url}/v1/targets/{target.id}", headers=HS)
    assert (deleted.status_code, deleted.content) == (200, b"")
    assert "content-type" not in deleted.headers


# --- lists page to their end --------------------------------------------------------------------


def test_vulnerability_search_answers_each_offset_its_own_page(
    api: httpx.Client, mock: MockService
) -> None:
    pages = [
        api.get("/v2/vulnerability/search", params={"limit": 3, "offset": o}) for o in (0, 3, 6)
    ]
    ids = [[item["id"] for item in page.json()["results"]] for page in pages]
    assert [len(page) for page in ids] == [3, 3, 1]
    assert len({i for page in ids for i in page}) == 7
    assert {page.json()["total"] for page in pages} == {7}
    pd = PDCP(api_key=KEY, base_url=mock.pdcp_url)
    before = mock.requests()["pdcp"]
    found = [item.id for item in pd.vulnerabilities.search(limit=2)]
    assert found == [i for page in ids for i in page]
    assert mock.requests()["pdcp"] - before == 4  # 2, 2, 2, 1: the last page is short


# --- HostedScan's lists keep what the mock sent ---------------------------------------------------


def test_parsed_targets_and_risks_keep_every_field_the_mock_sent(mock: MockService) -> None:
    hs = HostedScan(api_key=KEY, base_url=mock.hostedscan_url)
    hs.targets.create(target="example.com", label="Web site", tags=["prod"])
    hs.scans.create_and_wait(type="NMAP", targets=["example.com"], timeout=10, poll_interval=0.05)
    sent_targets = httpx.get(f"{mock.hostedscan_url}/v1/targets", headers=HS).json()["data"]
    sent_risks = httpx.get(f"{mock.hostedscan_url}/v1/risks", headers=HS).json()["data"]
    assert sent_targets[0]["label"] == "Web site"
    assert sent_risks
    assert all(r["target_label"] == "Web site" for r in sent_risks)

    def sent(record: dict[str, Any]) -> dict[str, Any]:
        # to_dict leaves out what the service sent as null (as on the PDCP models).
        return {k: v for k, v in record.items() if v is not None}

    assert [t.to_dict() for t in hs.targets.list()] == [sent(t) for t in sent_targets]
    assert [r.to_dict() for r in hs.risks.list()] == [sent(r) for r in sent_risks]


# --- PDCP teams ---------------------------------------------------------------------------------


def test_a_scan_is_seen_by_its_own_team_only(api: httpx.Client) -> None:
    of_a = _scan(api, **{"X-Team-Id": "a"})
    of_default = _scan(api)
    for team, own, other in (("a", of_a, of_default), (None, of_default, of_a)):
        headers = {"X-Team-Id": team} if team else {}
        listed = api.get("/v1/scans", headers=headers).json()
        assert [s["scan_id"] for s in listed["data"]] == [own]
        assert listed["total_results"] == 1
        assert api.get(f"/v1/scans/{own}", headers=headers).status_code == 200
        hidden = api.get(f"/v1/scans/{other}", headers=headers)
        assert hidden.status_code == 404
        assert (hidden.json()["kind"], hidden.json()["status"]) == ("not_found", 404)
        assert hidden.json()["message"] == f"scan not found: {other}"
    of_b = {"X-Team-Id": "b"}
    assert api.get("/v1/scans", headers=of_b).json()["data"] == []
    for method, path in (
        ("GET", f"/v1/scans/{of_a}/export"),
        ("GET", f"/v1/scans/{of_a}/config"),
        ("POST", f"/v1/scans/{of_a}/stop"),
        ("DELETE", f"/v1/scans/{of_a}"),
    ):
        assert api.request(method, path, headers=of_b).status_code == 404, (method, path)
    # Team b's delete did not reach team a's scan.
    assert api.get(f"/v1/scans/{of_a}", headers={"X-Team-Id": "a"}).status_code == 200


def test_the_client_s_team_scopes_what_it_sees(mock: MockService) -> None:
    team_a = PDCP(api_key=KEY, base_url=mock.pdcp_url, team_id="a")
    team_b = PDCP(api_key=KEY, base_url=mock.pdcp_url, team_id="b")
    created = team_a.scans.create(targets=["example.com"], name="of a")
    assert [s.scan_id for s in team_a.scans.list()] == [created.id]
    assert list(team_b.scans.list()) == []


# --- malformed uploads are refusals, not crashes (found by schemathesis over HostedScan) ------


@pytest.mark.parametrize(
    "body",
    [
        # A multipart part with no Content-Disposition name: openapi-core's reader asserts one.
        b"--b\r\nFalse--b--\r\n",
        # A "recording" nested past any Selenium IDE file.
        b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.side"\r\n\r\n'
        + b"[" * 100_000
        + b"\r\n--b--\r\n",
    ],
    ids=["part-without-a-name", "deeply-nested"],
)
def test_a_malformed_recording_upload_is_a_400_not_a_500(mock: MockService, body: bytes) -> None:
    with httpx.Client(base_url=mock.hostedscan_url, headers=HS) as http:
        target = http.post("/v1/targets", json={"target": "upload.example.com"}).json()["data"]
        answer = http.post(
            f"/v1/targets/{target['id']}/auth/selenium",
            content=body,
            headers={"Content-Type": "multipart/form-data; boundary=b"},
        )
    assert answer.status_code == 400, answer.text
    assert answer.json()["status"] == 400

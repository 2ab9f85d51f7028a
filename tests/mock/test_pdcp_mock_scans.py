"""The mock PDCP's scans keep state: lifecycle, failure, findings, exports, imports, actions."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator

import httpx
import pytest

from scanclients.mock import MockService
from tests.helpers import KEY

UPLOAD = {"X-API-Key": KEY, "Content-Type": "application/octet-stream"}


@pytest.fixture
def api(mock: MockService) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock.pdcp_url, headers={"X-API-Key": KEY}) as client:
        yield client


def create(api: httpx.Client, *targets: str) -> str:
    response = api.post("/v1/scans", json={"targets": list(targets), "name": "nightly"})
    assert response.status_code == 200
    return str(response.json()["id"])


def test_a_scan_moves_queued_running_finished_over_scan_seconds(
    api: httpx.Client, mock: MockService
) -> None:
    mock.settings.scan_seconds = 1.0
    scan_id = create(api, "example.com")
    seen = []
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        view = api.get(f"/v1/scans/{scan_id}").json()
        if not seen or seen[-1] != view["status"]:
            seen.append(view["status"])
        if view["status"] == "finished":
            break
        time.sleep(0.05)
    assert seen == ["queued", "running", "finished"]
    assert view["progress"] == 100
    assert view["total_result"] == 3
    assert view["name"] == "nightly"


def test_a_target_with_fail_invalid_ends_failed_with_a_reason(api: httpx.Client) -> None:
    view = api.get(f"/v1/scans/{create(api, 'x.fail.invalid')}").json()
    assert view["status"] == "failed"
    assert "fail.invalid" in view["failure_reason"]


def test_findings_are_deterministic_and_nuclei_shaped(api: httpx.Client) -> None:
    first = api.get(f"/v1/scans/{create(api, 'a.example', 'b.example')}/export").content
    second = api.get(f"/v1/scans/{create(api, 'a.example', 'b.example')}/export").content
    assert first == second
    findings = json.loads(first)
    assert len(findings) == 6
    assert {"template-id", "info", "host", "matched-at", "timestamp"} <= set(findings[0])
    assert findings[0]["info"]["severity"] in {"info", "low", "medium", "high", "critical"}


def test_a_target_asks_for_many_findings(api: httpx.Client) -> None:
    scan_id = create(api, "2500.findings.invalid")
    assert api.get(f"/v1/scans/{scan_id}").json()["total_result"] == 2500
    assert len(json.loads(api.get(f"/v1/scans/{scan_id}/export").content)) == 2500


def test_exports_in_json_csv_and_pdf(api: httpx.Client) -> None:
    scan_id = create(api, "example.com")
    as_csv = api.get(f"/v1/scans/{scan_id}/export", params={"type": "csv"})
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert [row["host"] for row in rows] == ["example.com"] * 3
    assert set(rows[0]) == {"template-id", "name", "severity", "host", "matched-at", "timestamp"}
    as_pdf = api.get(f"/v1/scans/{scan_id}/export", params={"type": "pdf"}).content
    assert as_pdf.startswith(b"%PDF-1.4")
    assert as_pdf.rstrip().endswith(b"%%EOF")
    assert b"3 findings" in as_pdf


def test_an_import_creates_a_scan_and_appends_add_to_its_findings(api: httpx.Client) -> None:
    lines = [json.dumps({"template-id": f"t{n}", "host": "h.example"}) for n in range(3)]
    created = api.post(
        "/v1/scans/import",
        params={"name": "local"},
        headers=UPLOAD,
        content="\n".join(lines[:2]) + "\n",
    )
    assert created.status_code == 200
    scan_id = created.json()["id"]
    appended = api.patch(f"/v1/scans/{scan_id}/import", headers=UPLOAD, content=lines[2] + "\n")
    assert appended.status_code == 200
    exported = json.loads(api.get(f"/v1/scans/{scan_id}/export").content)
    assert [f["template-id"] for f in exported] == ["t0", "t1", "t2"]
    view = api.get(f"/v1/scans/{scan_id}").json()
    assert (view["name"], view["is_oss"], view["total_result"]) == ("local", True, 3)


def test_an_upload_takes_any_bytes_and_skips_lines_that_are_not_json_objects(
    api: httpx.Client,
) -> None:
    # The spec's body is any bytes (`format: binary`): nothing in it is refused.
    content = b'{"a": 1}\nnope\n[1]\n\xff\xfe\n{"b": 2}\n'
    response = api.post("/v1/scans/import", headers=UPLOAD, content=content)
    assert response.status_code == 200
    assert response.json()["message"] == (
        "imported 2 results; skipped 3 lines that are not JSON objects (line 2, 3, 4)"
    )
    scan_id = response.json()["id"]
    appended = api.patch(f"/v1/scans/{scan_id}/import", headers=UPLOAD, content=b"\x00\n")
    assert appended.status_code == 200
    assert "skipped 1 lines" in appended.json()["message"]
    exported = json.loads(api.get(f"/v1/scans/{scan_id}/export").content)
    assert exported == [{"a": 1}, {"b": 2}]


def test_results_append_to_a_scan_the_mock_ran_after_its_own(api: httpx.Client) -> None:
    scan_id = create(api, "example.com")
    line = b'{"template-id": "added", "host": "example.com"}\n'
    appended = api.patch(f"/v1/scans/{scan_id}/import", headers=UPLOAD, content=line)
    assert (appended.status_code, appended.json()["message"]) == (200, "appended 1 results")
    exported = json.loads(api.get(f"/v1/scans/{scan_id}/export").content)
    assert [f["template-id"] for f in exported][3:] == ["added"]
    assert len(exported) == api.get(f"/v1/scans/{scan_id}").json()["total_result"] == 4


def test_stop_rescan_and_delete_act_on_the_store(api: httpx.Client, mock: MockService) -> None:
    mock.settings.scan_seconds = 60
    scan_id = create(api, "example.com")
    assert api.post(f"/v1/scans/{scan_id}/stop").json()["ok"] is True
    assert api.get(f"/v1/scans/{scan_id}").json()["status"] == "stopped"
    assert api.post(f"/v1/scans/{scan_id}/stop").json()["ok"] is False
    rescan = api.post(f"/v1/scans/{scan_id}/rescan").json()
    assert rescan["id"] == scan_id
    view = api.get(f"/v1/scans/{scan_id}").json()
    assert (view["status"], view["rescan_count"]) == ("queued", 1)
    assert api.delete(f"/v1/scans/{scan_id}").json()["ok"] is True
    assert api.get(f"/v1/scans/{scan_id}").status_code == 404
    assert mock.stats()["pdcp"] == 0


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/scans/{id}"),
        ("DELETE", "/v1/scans/{id}"),
        ("POST", "/v1/scans/{id}/stop"),
        ("POST", "/v1/scans/{id}/rescan"),
        ("GET", "/v1/scans/{id}/export"),
        ("GET", "/v1/scans/{id}/config"),
        ("GET", "/v1/scans/{id}/history"),
        ("GET", "/v1/scans/{id}/scan_log/export"),
    ],
)
def test_an_id_the_store_does_not_hold_is_a_404_in_pdcps_error_shape(
    api: httpx.Client, method: str, path: str
) -> None:
    response = api.request(method, path.format(id="never-made"))
    assert response.status_code == 404
    body = response.json()
    assert body["kind"] == "not_found"
    assert body["status"] == 404
    assert "never-made" in body["message"]


def test_other_operations_on_a_held_scan_keep_their_generic_answer(api: httpx.Client) -> None:
    scan_id = create(api, "a.example")
    assert api.get(f"/v1/scans/{scan_id}/config").status_code == 200
    assert api.delete(f"/v1/scans/{scan_id}").status_code == 200
    assert api.get(f"/v1/scans/{scan_id}/config").status_code == 404


def test_the_list_is_the_scans_created_newest_first_with_totals(api: httpx.Client) -> None:
    assert api.get("/v1/scans").json()["data"] == []
    first = create(api, "a.example")
    imported = api.post(
        "/v1/scans/import",
        headers=UPLOAD,
        params={"name": "from ci"},
        content=b'{"template-id": "x", "host": "b.example"}\n',
    ).json()["id"]
    body = api.get("/v1/scans").json()
    assert [scan["scan_id"] for scan in body["data"]] == [imported, first]
    assert body["data"][0] == api.get(f"/v1/scans/{imported}").json() | {
        "updated_at": body["data"][0]["updated_at"],
        "scan_time_elapsed": body["data"][0]["scan_time_elapsed"],
    }
    assert (body["total_results"], body["result_count"], body["total_pages"]) == (2, 2, 1)
    api.delete(f"/v1/scans/{first}")
    assert [scan["scan_id"] for scan in api.get("/v1/scans").json()["data"]] == [imported]


def test_the_list_filters_by_status_and_search_and_pages(api: httpx.Client) -> None:
    ids = [create(api, f"{n}.example") for n in range(5)]
    failed = create(api, "x.fail.invalid")
    by_status = api.get("/v1/scans", params={"status": "failed"}).json()
    assert [scan["scan_id"] for scan in by_status["data"]] == [failed]
    assert api.get("/v1/scans", params={"status": "bogus"}).json()["total_results"] == 0
    assert api.get("/v1/scans", params={"search": failed[:8].upper()}).json()["total_results"] in (
        1,
        2,  # an id prefix is hex: another scan's id may share it only by chance
    )
    assert api.get("/v1/scans", params={"is_internal": "true"}).json()["data"] == []
    pages = [
        api.get("/v1/scans", params={"limit": 4, "offset": offset}).json() for offset in (0, 4, 8)
    ]
    assert [len(page["data"]) for page in pages] == [4, 2, 0]
    assert [page["current_page"] for page in pages] == [1, 2, 3]
    assert {page["total_pages"] for page in pages} == {2}
    assert {page["total_results"] for page in pages} == {6}
    listed = [scan["scan_id"] for page in pages for scan in page["data"]]
    assert listed == [failed, *reversed(ids)]
    oldest = api.get("/v1/scans", params={"sort_asc": "created_at", "limit": 1}).json()
    assert oldest["data"][0]["scan_id"] in ids


def test_a_large_export_streams_while_other_requests_are_answered(api: httpx.Client) -> None:
    scan_id = create(api, "600000.findings.invalid")
    started = time.monotonic()
    with api.stream("GET", f"/v1/scans/{scan_id}/export") as export:
        assert export.status_code == 200
        assert "content-length" not in export.headers  # sent as it is made, not built first
        pieces = export.iter_bytes()
        first = next(pieces)
        assert first.startswith(b"[")
        assert time.monotonic() - started < 2  # building 600,000 findings first takes far longer
        other = api.get(f"/v1/scans/{scan_id}")
        assert other.status_code == 200
        assert other.json()["total_result"] == 600_000


def test_a_small_export_is_whole_json_across_chunks(api: httpx.Client) -> None:
    scan_id = create(api, "1200.findings.invalid")  # more than two chunks of 500
    exported = json.loads(api.get(f"/v1/scans/{scan_id}/export").content)
    assert len(exported) == 1200
    assert len({finding["matched-at"] for finding in exported}) == 1200

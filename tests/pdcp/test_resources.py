"""Generated resource methods: what goes on the wire, what comes back, and what fails before I/O."""

from __future__ import annotations

import json

import httpx
import pytest

from scanclients import PDCP, AsyncPDCP
from scanclients._core.request import load_model
from scanclients.errors import (
    APIConnectionError,
    InternalServerError,
    ValidationError,
)
from tests.helpers import Recorder, fast_retries
from tests.resource_tools import KEY, instance, operations

NOTHING_SENT = "nothing may be sent"


def _scan(scan_id: str = "s1") -> dict[str, object]:
    op = next(o for o in operations() if o.operation_id == "get-v1-scans-scan_id")
    made = instance(load_model(op, op.answers[0].model)).to_dict()
    return {**made, "scan_id": scan_id}


def _refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(NOTHING_SENT)


def _pdcp(recorder: Recorder, **options: object) -> PDCP:
    return PDCP(api_key=KEY, team_id="team-1", http_client=recorder.client(), **options)  # type: ignore[arg-type]


def test_get_sends_its_path_parameter_and_team_and_returns_the_model() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=_scan("a/b")))
    with _pdcp(recorder) as pd:
        scan = pd.scans.get("a/b")
    (request,) = recorder.requests
    assert request.method == "GET"
    assert request.url.raw_path == b"/v1/scans/a%2Fb"
    assert request.headers["X-Team-Id"] == "team-1"
    assert request.headers["X-API-Key"] == KEY
    assert scan.scan_id == "a/b"
    assert type(scan).__name__ == "ScanStatusItem"


async def test_async_get_returns_the_same_model() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=_scan()))
    async with AsyncPDCP(api_key=KEY, http_client=recorder.async_client()) as pd:
        scan = await pd.scans.get("s1")
    assert scan.scan_id == "s1"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda pd: pd.scans.get(123), "scan_id: expected str, got int 123"),
        (lambda pd: pd.scans.get("  "), "scan_id: must not be blank"),
        (lambda pd: pd.scans.get(None), "scan_id: is required"),
        (lambda pd: pd.scans.export_api("s1", type_="xml"), "type_: expected one of"),
        (lambda pd: pd.scans.list(limit="10"), "limit: expected int, got str '10'"),
        (lambda pd: pd.scans.list(limit=True), "limit: expected int, got bool True"),
        (lambda pd: pd.scans.get("s1", extra_headers=["x"]), "extra_headers: expected a mapping"),
    ],
)
def test_bad_arguments_fail_before_any_request(call, message: str) -> None:
    with _pdcp(Recorder(_refuse)) as pd, pytest.raises(ValidationError, match=message):
        call(pd)


def test_a_required_team_is_asked_for_before_any_request() -> None:
    with PDCP(api_key=KEY, http_client=Recorder(_refuse).client()) as pd:
        with pytest.raises(ValidationError, match=r"team_id: .* needs a team"):
            pd.teams.list_default_members()


def test_body_properties_are_keywords_taking_models_or_dicts() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={"message": "ok", "id": "e1"}))
    with _pdcp(recorder) as pd:
        pd.enumerations.create(root_domains=["example.com"], name="n", steps=["dns_passive"])
    assert recorder.json() == {
        "root_domains": ["example.com"],
        "name": "n",
        "steps": ["dns_passive"],
    }
    assert recorder.requests[0].headers["content-type"] == "application/json"


def test_a_wrong_body_keyword_type_names_the_keyword() -> None:
    with _pdcp(Recorder(_refuse)) as pd, pytest.raises(ValidationError, match=r"root_domains\[0\]"):
        pd.enumerations.create(root_domains=[1])


def test_escape_hatches_reach_the_wire() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={"message": "ok", "id": "e1"}))
    with _pdcp(recorder) as pd:
        pd.enumerations.create(
            name="n",
            extra_headers={"X-Trace": "t1"},
            extra_query={"dry_run": True},
            extra_body={"future_field": [1, 2]},
            timeout=3.5,
        )
    (request,) = recorder.requests
    assert request.headers["X-Trace"] == "t1"
    assert request.url.params["dry_run"] == "true"
    assert json.loads(request.content) == {"name": "n", "future_field": [1, 2]}
    assert request.headers["content-length"] == str(len(request.content))
    assert request.extensions["timeout"]["read"] == 3.5


def test_with_raw_response_gives_status_headers_request_id_and_parse() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(200, json=_scan(), headers={"x-request-id": "req-9"})
    )
    with _pdcp(recorder) as pd:
        raw = pd.scans.with_raw_response.get("s1")
    assert raw.status_code == 200
    assert raw.request_id == "req-9"
    assert raw.headers["content-type"] == "application/json"
    assert raw.parse().scan_id == "s1"


# --- retries by method ---------------------------------------------------------------------------


def _failing(first: list[object], then: httpx.Response) -> Recorder:
    def answer(request: httpx.Request) -> httpx.Response:
        if first:
            outcome = first.pop(0)
            if isinstance(outcome, Exception):
                raise outcome
            assert isinstance(outcome, httpx.Response)
            return outcome
        return then

    return Recorder(answer)


FAST = {"max_retries": 2}


@pytest.fixture(autouse=True)
def _no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_retries(monkeypatch)


def test_a_get_is_retried_after_a_500() -> None:
    recorder = _failing(
        [httpx.Response(500, json={"message": "boom"})], httpx.Response(200, json=_scan())
    )
    with _pdcp(recorder) as pd:
        assert pd.scans.get("s1").scan_id == "s1"
    assert len(recorder.requests) == 2


def test_a_delete_is_retried_after_a_dropped_connection() -> None:
    recorder = _failing([httpx.ReadError("reset")], httpx.Response(200, json={"message": "ok"}))
    with _pdcp(recorder) as pd:
        pd.scans.delete("s1")
    assert [r.method for r in recorder.requests] == ["DELETE", "DELETE"]


def test_a_post_is_not_retried_after_a_500_and_says_it_may_have_been_applied() -> None:
    recorder = _failing(
        [httpx.Response(500, json={"message": "boom"})], httpx.Response(200, json={"message": "ok"})
    )
    with _pdcp(recorder) as pd, pytest.raises(InternalServerError) as caught:
        pd.scans.stop("s1")
    assert len(recorder.requests) == 1
    assert caught.value.maybe_applied is True
    assert caught.value.maybe_created is False
    assert "may have been applied" in str(caught.value)


def test_a_patch_is_not_retried_after_a_read_timeout() -> None:
    recorder = _failing([httpx.ReadTimeout("slow")], httpx.Response(200, json={"message": "ok"}))
    with _pdcp(recorder) as pd, pytest.raises(APIConnectionError) as caught:
        pd.scans.update("s1", name="n")
    assert len(recorder.requests) == 1
    assert caught.value.maybe_applied is True


@pytest.mark.parametrize(
    "first",
    [
        httpx.Response(503, json={"message": "later"}),
        httpx.Response(429, json={"message": "slow down"}),
        httpx.ConnectError("refused"),
    ],
    ids=["503", "429", "refused"],
)
def test_a_post_is_retried_where_the_server_cannot_have_acted(first: object) -> None:
    recorder = _failing([first], httpx.Response(200, json={"message": "ok"}))
    with _pdcp(recorder) as pd:
        pd.scans.stop("s1")
    assert len(recorder.requests) == 2


def test_a_get_error_never_says_maybe_applied() -> None:
    recorder = _failing([], httpx.Response(500, json={"message": "boom"}))
    with _pdcp(recorder) as pd, pytest.raises(InternalServerError) as caught:
        pd.scans.get("s1")
    assert len(recorder.requests) == 3
    assert caught.value.maybe_applied is False

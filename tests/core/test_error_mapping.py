"""Error mapping: how an answer that is not a success becomes the typed error the caller gets (its
class by status, message, request id, the body and fields kept), how an answer that does not parse
becomes UnexpectedResponseError keeping the response, and how a transport failure is wrapped.
Pinned with httpx.MockTransport (and a hostile server on loopback for a problem+json page)."""

from __future__ import annotations

import httpx
import pytest

from scanclients import PDCP, HostedScan, errors
from scanclients.errors import UnexpectedResponseError
from tests.helpers import KEY, Recorder, answering
from tests.hostile import HostileServer, fixed


def _pdcp(recorder: Recorder, **options) -> PDCP:
    return PDCP(api_key=KEY, http_client=recorder.client(), **options)


def _hostedscan(recorder: Recorder, **options) -> HostedScan:
    return HostedScan(api_key=KEY, http_client=recorder.client(), **options)


# --- status -> class, message, request id, body ---------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (418, errors.APIStatusError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (502, errors.InternalServerError),
        (599, errors.InternalServerError),
    ],
)
def test_every_status_maps_to_its_class(status, cls, sleeps) -> None:
    recorder = answering(
        httpx.Response(status, json={"message": "nope"}, headers={"x-request-id": "req-9"})
    )
    with pytest.raises(cls) as caught:
        _hostedscan(recorder, max_retries=0).scans.get("s1")
    assert type(caught.value) is cls
    assert caught.value.status_code == status
    assert caught.value.message == "nope"
    assert caught.value.request_id == "req-9"
    assert str(caught.value) == f"HostedScan: {status} nope (request id req-9)"


def test_pdcp_error_response_fields_are_attributes(sleeps) -> None:
    body = {
        "message": "invalid target",
        "kind": "validation",
        "code": "E42",
        "error": "bad input",
        "error_id": "err-1",
        "param": "targets",
        "status": 400,
    }
    recorder = answering(httpx.Response(400, json=body))
    with pytest.raises(errors.BadRequestError) as caught:
        _pdcp(recorder).scans.create(targets=["example.com"])
    error = caught.value
    assert (error.kind, error.code, error.error, error.error_id, error.param) == (
        "validation",
        "E42",
        "bad input",
        "err-1",
        "targets",
    )
    assert error.body == body


def test_an_html_error_page_keeps_its_class_and_text(sleeps) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    recorder = answering(httpx.Response(502, text=page, headers={"content-type": "text/html"}))
    with pytest.raises(errors.InternalServerError) as caught:
        _hostedscan(recorder, max_retries=0).scans.get("s1")
    assert caught.value.body == page
    assert caught.value.message == "Bad Gateway (nginx)"
    assert str(caught.value) == "HostedScan: 502 Bad Gateway (nginx)"


def test_a_problem_json_title_and_detail_are_the_message() -> None:
    problem = (
        b'{"type": "about:blank", "title": "Invalid scan", "detail": "no such type", "status": 400}'
    )
    headers = {"content-type": "application/problem+json"}
    with HostileServer(fixed(400, problem, headers)) as server:
        hs = HostedScan(api_key=KEY, base_url=server.url)
        with pytest.raises(errors.BadRequestError) as caught:
            hs.scans.get("s1")
    assert caught.value.message == "Invalid scan: no such type"


# --- an answer that does not parse ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "problem"),
    [
        (
            httpx.Response(200, text="{not json", headers={"content-type": "application/json"}),
            "not valid JSON",
        ),
        (
            httpx.Response(200, text="<a/>", headers={"content-type": "application/xml"}),
            "got application/xml",
        ),
        (httpx.Response(200, json=["a"]), "not a JSON object"),
        (httpx.Response(200, json={"id": "x"}), "no 'message' string"),
        (httpx.Response(200, json={"message": "m"}), "no 'id' string"),
        (
            httpx.Response(200, json={"message": "m", "id": "s1", "truncated-scan-targets": "3"}),
            "not an integer",
        ),
    ],
)
def test_an_unparseable_create_answer_keeps_the_response_and_may_have_created(
    response, problem
) -> None:
    recorder = answering(response)
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        _pdcp(recorder).scans.create(targets=["example.com"])
    assert problem in str(caught.value)
    assert caught.value.response.content == response.content
    assert caught.value.maybe_created is True


def test_an_unparseable_scan_names_the_field() -> None:
    recorder = answering(httpx.Response(200, json={"data": {"id": "s1", "progress": 5}}))
    with pytest.raises(errors.UnexpectedResponseError, match=r"data.state: Field required"):
        _hostedscan(recorder).scans.get("s1")


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (
            httpx.Response(200, content=b"{not json", headers={"content-type": "application/json"}),
            "not valid JSON",
        ),
        (
            httpx.Response(200, text="<html>hi</html>", headers={"content-type": "text/html"}),
            "expected a JSON body",
        ),
        (httpx.Response(200, json=[1, 2]), "expected a JSON object, got list"),
        # A nested object sent as a string (a "required" field left out reads as None instead).
        (
            httpx.Response(200, json={"scan_id": "s1", "schedule": "weekly"}),
            "is not a ScanStatusItem: ValueError",
        ),
    ],
)
def test_an_answer_that_does_not_parse_is_a_typed_error(
    answer: httpx.Response, message: str
) -> None:
    with (
        _pdcp(Recorder(lambda r: answer)) as pd,
        pytest.raises(UnexpectedResponseError, match=message) as caught,
    ):
        pd.scans.get("s1")
    assert caught.value.response.status_code == 200


# --- a transport failure --------------------------------------------------------------------------


def test_a_connection_error_is_wrapped_with_its_cause(sleeps) -> None:
    recorder = answering(httpx.ConnectError("connection refused"))
    with pytest.raises(errors.APIConnectionError) as caught:
        _hostedscan(recorder).scans.get("s1")
    assert "GET /v1/scans/s1 failed: connection refused" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(recorder.requests) == 3

"""Retries and timeouts, pinned with httpx.MockTransport (error mapping: test_error_mapping.py)."""

from __future__ import annotations

import dataclasses
import email.utils

import httpx
import pytest

from scanclients import PDCP, HostedScan, errors
from scanclients._core.retry import RetryPolicy, retry_after_seconds
from tests.helpers import KEY, Recorder
from tests.helpers import answering as _answers

SCAN = {"data": {"id": "s1", "state": "RUNNING", "progress": 10}}
CREATED = {"id": "p1", "message": "ok"}


def _pdcp(recorder: Recorder, **options) -> PDCP:
    return PDCP(api_key=KEY, http_client=recorder.client(), **options)


def _hostedscan(recorder: Recorder, **options) -> HostedScan:
    return HostedScan(api_key=KEY, http_client=recorder.client(), **options)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_get_is_retried_twice_on_a_retryable_status_then_raises(status, sleeps) -> None:
    recorder = _answers(httpx.Response(status, json={"message": "busy"}))
    with pytest.raises(errors.APIStatusError) as caught:
        _hostedscan(recorder).scans.get("s1")
    assert len(recorder.requests) == 3
    assert sleeps == [0.5, 1.0]
    assert caught.value.status_code == status
    assert caught.value.maybe_created is False


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_get_is_not_retried_on_a_client_error(status, sleeps) -> None:
    recorder = _answers(httpx.Response(status, json={"message": "no"}))
    with pytest.raises(errors.APIStatusError):
        _hostedscan(recorder).scans.get("s1")
    assert len(recorder.requests) == 1
    assert sleeps == []


def test_get_succeeds_after_a_retry(sleeps) -> None:
    recorder = _answers(httpx.Response(503), httpx.Response(200, json=SCAN))
    assert _hostedscan(recorder).scans.get("s1").id == "s1"
    assert len(recorder.requests) == 2
    assert sleeps == [0.5]


def test_backoff_doubles_to_an_eight_second_cap(sleeps) -> None:
    recorder = _answers(httpx.Response(500))
    with pytest.raises(errors.InternalServerError):
        _hostedscan(recorder, max_retries=6).scans.get("s1")
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_jitter_takes_off_at_most_a_quarter() -> None:
    policy = RetryPolicy()
    assert policy.delay(1, random_fraction=lambda: 0.999999) == pytest.approx(0.375, abs=1e-5)
    assert policy.delay(3, random_fraction=lambda: 0.0) == 2.0


def test_a_client_waits_as_its_retry_policy_says(sleeps) -> None:
    recorder = _answers(
        httpx.Response(500),
        httpx.Response(503, headers={"Retry-After": "30"}),
        httpx.Response(500),
    )
    hs = _hostedscan(recorder, max_retries=3)
    policy = RetryPolicy(initial_delay=0.1, max_delay=0.15, max_retry_after=2.0, jitter=0.5)
    hs._options = dataclasses.replace(hs._options, retry_policy=policy)
    with pytest.raises(errors.InternalServerError):
        hs.scans.get("s1")
    # random.random is 0 here (no jitter taken): doubling to its cap, and Retry-After capped.
    assert sleeps == [0.1, 2.0, 0.15]
    assert len(recorder.requests) == 4


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (httpx.ConnectError("refused"), True),
        (httpx.ConnectTimeout("slow connect"), True),
        (httpx.ReadTimeout("slow read"), True),
        (httpx.RemoteProtocolError("reset"), True),
        (httpx.ReadError("reset by peer"), True),
    ],
)
def test_get_is_retried_on_connection_errors_and_timeouts(error, retried, sleeps) -> None:
    recorder = _answers(error, httpx.Response(200, json=SCAN))
    assert _hostedscan(recorder).scans.get("s1").state == "RUNNING"
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("status", [429, 503])
def test_create_is_retried_where_the_service_cannot_have_acted(status, sleeps) -> None:
    recorder = _answers(httpx.Response(status), httpx.Response(200, json=CREATED))
    assert _pdcp(recorder).scans.create(targets=["example.com"]).id == "p1"
    assert len(recorder.requests) == 2


def test_create_is_retried_when_the_connection_is_never_established(sleeps) -> None:
    recorder = _answers(httpx.ConnectError("refused"), httpx.Response(200, json=CREATED))
    assert _pdcp(recorder).scans.create(targets=["example.com"]).id == "p1"
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("status", [500, 502, 504])
def test_create_is_not_retried_after_a_server_error_and_may_have_created(status, sleeps) -> None:
    recorder = _answers(httpx.Response(status, text="oops"), httpx.Response(200, json=CREATED))
    with pytest.raises(errors.InternalServerError) as caught:
        _pdcp(recorder).scans.create(targets=["example.com"])
    assert len(recorder.requests) == 1
    assert caught.value.maybe_created is True
    assert "may have been created" in str(caught.value)


@pytest.mark.parametrize(
    "error",
    [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("reset"), httpx.ReadError("reset")],
)
def test_create_is_not_retried_after_the_request_may_have_arrived(error, sleeps) -> None:
    recorder = _answers(error, httpx.Response(200, json=CREATED))
    with pytest.raises(errors.APIConnectionError) as caught:
        _hostedscan(recorder).scans.create(type="NMAP", targets=["example.com"])
    assert len(recorder.requests) == 1
    assert caught.value.maybe_created is True
    assert isinstance(caught.value, errors.APITimeoutError) == isinstance(
        error, httpx.TimeoutException
    )


def test_create_is_not_retried_after_a_read_timeout(sleeps) -> None:
    recorder = _answers(httpx.ReadTimeout("slow"))
    with pytest.raises(errors.APITimeoutError) as caught:
        _pdcp(recorder).scans.create(targets=["example.com"])
    assert caught.value.maybe_created is True
    assert len(recorder.requests) == 1


def test_a_rejected_create_did_not_create(sleeps) -> None:
    recorder = _answers(httpx.Response(400, json={"message": "bad", "param": "targets"}))
    with pytest.raises(errors.BadRequestError) as caught:
        _pdcp(recorder).scans.create(targets=["example.com"])
    assert caught.value.maybe_created is False
    assert caught.value.param == "targets"


def test_retry_after_is_honoured(sleeps) -> None:
    recorder = _answers(
        httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json=SCAN)
    )
    _hostedscan(recorder).scans.get("s1")
    assert sleeps == [3.0]


def test_retry_after_ms_wins_over_retry_after(sleeps) -> None:
    recorder = _answers(
        httpx.Response(429, headers={"retry-after-ms": "250", "Retry-After": "3"}),
        httpx.Response(200, json=SCAN),
    )
    _hostedscan(recorder).scans.get("s1")
    assert sleeps == [0.25]


def test_retry_after_is_capped_at_sixty_seconds(sleeps) -> None:
    recorder = _answers(
        httpx.Response(503, headers={"Retry-After": "3600"}), httpx.Response(200, json=SCAN)
    )
    _hostedscan(recorder).scans.get("s1")
    assert sleeps == [60.0]


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"retry-after": "5"}, 5.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"retry-after": " 7 "}, 7.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "-3"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after-ms": "x", "retry-after": "2"}, 2.0),
        ({}, None),
    ],
)
def test_retry_after_parsing(headers, seconds) -> None:
    assert retry_after_seconds(httpx.Headers(headers)) == seconds


def test_retry_after_as_an_http_date() -> None:
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 42, usegmt=True)
    assert retry_after_seconds(httpx.Headers({"retry-after": date}), now=now) == 42.0
    past = email.utils.formatdate(now - 42, usegmt=True)
    assert retry_after_seconds(httpx.Headers({"retry-after": past}), now=now) == 0.0


def test_max_retries_zero_sends_once(sleeps) -> None:
    recorder = _answers(httpx.Response(503))
    with pytest.raises(errors.InternalServerError):
        _hostedscan(recorder, max_retries=0).scans.get("s1")
    assert len(recorder.requests) == 1


def test_with_options_changes_retries_and_timeout_and_shares_the_pool(sleeps) -> None:
    recorder = _answers(httpx.Response(503))
    client = _hostedscan(recorder)
    patient = client.with_options(max_retries=4, timeout=5)
    with pytest.raises(errors.InternalServerError):
        patient.scans.get("s1")
    assert len(recorder.requests) == 5
    assert recorder.requests[0].extensions["timeout"] == {
        "connect": 5.0,
        "read": 5.0,
        "write": 5.0,
        "pool": 5.0,
    }
    assert patient._http is client._http
    assert client.max_retries == 2
    patient.close()
    assert not client._http.is_closed

"""Waiting for a PDCP scan, as a flow: every final status, unknown ones, backoff, the deadline."""

from __future__ import annotations

import inspect
import json
import time
from types import SimpleNamespace

import httpx
import pytest

from scanclients._core import send as _send
from scanclients._core.options import ClientOptions, Secret
from scanclients._core.polling import WaitPlan
from scanclients._pdcp.options import SERVICE
from scanclients._pdcp.scans import PDCPScans
from scanclients._pdcp.wait import wait_flow, wait_for_created
from scanclients.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InternalServerError,
    ScanFailedError,
    ValidationError,
    WaitTimeoutError,
)
from tests.flow_driver import Driver

OPTIONS = ClientOptions(
    service=SERVICE,
    api_key=Secret("k"),
    base_url="http://127.0.0.1:9",
    timeout=httpx.Timeout(5),
    max_retries=0,
)


def fetch(time_left: float):
    request = _send.build_request(OPTIONS, "GET", "/v1/scans/s1")
    response = yield from _send.send(request, OPTIONS)
    return SimpleNamespace(**json.loads(response.content))


def scan(status: str, progress: int = 0, reason: str = "") -> dict[str, object]:
    return {"scan_id": "s1", "status": status, "progress": progress, "failure_reason": reason}


def answers(*documents: dict[str, object]):
    queue = list(documents)

    def answer(request: httpx.Request) -> httpx.Response:
        document = queue.pop(0) if len(queue) > 1 else queue[0]
        return httpx.Response(200, json=document, request=request)

    return answer


def wait(driver: Driver, timeout: float = 60, interval: float = 1, cap: float = 60, seen=None):
    plan = WaitPlan.checked(timeout, interval, cap)
    return driver.run(wait_flow(plan, fetch, seen.append if seen is not None else None))


def test_finished_returns_the_scan_after_waiting_through_every_other_status() -> None:
    statuses = ["scheduled", "queued", "starting", "uploaded", "running", "indexing", "finished"]
    driver = Driver(answers(*(scan(s, 10 * n) for n, s in enumerate(statuses))))
    seen: list[SimpleNamespace] = []
    final = wait(driver, seen=seen)
    assert final.status == "finished"
    assert [s.status for s in seen] == statuses  # "indexing" is unknown: kept, waited through
    assert len(driver.requests) == len(statuses)


@pytest.mark.parametrize("status", ["failed", "stopped", "FAILED", "cancelled"])
def test_a_failed_or_stopped_scan_raises_with_its_failure_reason(status: str) -> None:
    driver = Driver(answers(scan("running"), scan(status, 40, "template compile error")))
    with pytest.raises(ScanFailedError) as caught:
        wait(driver)
    error = caught.value
    assert error.failure_reason == "template compile error"
    assert error.scan.scan_id == "s1"
    assert str(error) == f"PDCP scan s1 ended {status.lower()}: template compile error"


def test_a_failure_without_a_reason_says_so() -> None:
    with pytest.raises(ScanFailedError, match="no reason given") as caught:
        wait(Driver(answers(scan("failed"))))
    assert caught.value.failure_reason is None


def test_by_default_the_first_poll_is_after_a_second_and_the_interval_grows_to_30_s() -> None:
    # The facade's own defaults, read from its signature: what a caller who passes nothing gets.
    parameters = inspect.signature(PDCPScans.wait).parameters
    timings = (
        parameters[name].default for name in ("timeout", "poll_interval", "max_poll_interval")
    )
    driver = Driver(answers(*[scan("running")] * 12, scan("finished")))
    driver.run(wait_flow(WaitPlan.checked(*timings), fetch, None))
    grown = [1, 1.5, 2.25, 3.375, 5.0625, 7.59375, 11.390625, 17.0859375, 25.62890625]
    assert driver.sleeps == [*grown, 30, 30, 30]


def test_the_interval_backs_off_politely_up_to_its_ceiling() -> None:
    driver = Driver(answers(*[scan("running")] * 8, scan("finished")))
    wait(driver, interval=2, cap=5)
    assert driver.sleeps == [2, 3, 4.5, 5, 5, 5, 5, 5]


def test_progress_is_reported_only_when_it_changes() -> None:
    driver = Driver(
        answers(
            scan("running", 10), scan("running", 10), scan("running", 50), scan("finished", 100)
        )
    )
    seen: list[SimpleNamespace] = []
    wait(driver, seen=seen)
    assert [(s.status, s.progress) for s in seen] == [
        ("running", 10),
        ("running", 50),
        ("finished", 100),
    ]


def test_the_deadline_is_exact_and_the_error_carries_the_last_scan() -> None:
    driver = Driver(answers(scan("running", 30)), sleep=True)
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError) as caught:
        wait(driver, timeout=0.5, interval=0.2, cap=0.2)
    elapsed = time.monotonic() - started
    assert 0.5 <= elapsed < 0.8
    assert sum(driver.sleeps) == pytest.approx(0.5, abs=0.05)
    assert caught.value.scan.progress == 30
    assert str(caught.value) == "PDCP scan s1 is still running (30%) after 0.5 s"


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ((0, 1, 1), "timeout"),
        ((1, -1, 1), "poll_interval"),
        ((1, 1, float("nan")), "max_poll_interval"),
        ((True, 1, 1), "timeout"),
        (("5", 1, 1), "timeout"),
    ],
)
def test_bad_wait_arguments_are_refused_before_anything_is_sent(arguments, field) -> None:
    with pytest.raises(ValidationError) as caught:
        WaitPlan.checked(*arguments)
    assert caught.value.field == field


def created(scan_id: str | None = "s1") -> SimpleNamespace:
    """What `create` returned (create_and_wait runs it first, then waits for the scan)."""
    return SimpleNamespace(id=scan_id)


def test_create_and_wait_names_the_created_scan_when_a_poll_fails() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="bad gateway", request=request)

    driver = Driver(answer)
    plan = WaitPlan.checked(60, 1, 60)
    flow = wait_for_created(created(), lambda scan_id: wait_flow(plan, fetch, None))
    with pytest.raises(InternalServerError) as caught:
        driver.run(flow)
    error = caught.value
    assert error.created_id == "s1"
    assert error.maybe_created is True
    assert "The scan s1 was created: follow it with its id" in str(error)


def test_create_and_wait_names_the_created_scan_when_it_fails_or_times_out() -> None:
    plan = WaitPlan.checked(60, 1, 60)
    flow = wait_for_created(created(), lambda scan_id: wait_flow(plan, fetch, None))
    with pytest.raises(ScanFailedError) as caught:
        Driver(answers(scan("failed"))).run(flow)
    assert caught.value.created_id == "s1"


def test_create_and_wait_without_an_id_says_the_scan_may_exist() -> None:
    flow = wait_for_created(created(scan_id=None), lambda scan_id: iter(()))
    with pytest.raises(APIError) as caught:
        Driver(answers(scan("running"))).run(flow)
    assert caught.value.maybe_created is True
    assert not isinstance(caught.value, APIConnectionError)


def test_a_poll_timing_out_at_the_deadline_is_the_wait_timing_out() -> None:
    calls = {"n": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] > 1:
            raise httpx.ReadTimeout("slow", request=request)
        return httpx.Response(200, json=scan("running", 20), request=request)

    with pytest.raises(WaitTimeoutError) as caught:
        wait(Driver(answer, sleep=True), timeout=0.3, interval=1, cap=1)
    assert caught.value.scan.progress == 20


def test_a_poll_timing_out_before_the_deadline_is_a_timeout_error() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(APITimeoutError):
        wait(Driver(answer), timeout=60)


def test_each_poll_may_take_no_longer_than_the_time_left() -> None:
    allowed: list[float] = []

    def fetch_noting(time_left: float):
        allowed.append(time_left)
        return (yield from fetch(time_left))

    driver = Driver(answers(scan("running"), scan("finished")), sleep=True)
    plan = WaitPlan.checked(0.5, 0.2, 0.2)
    driver.run(wait_flow(plan, fetch_noting, None))
    assert 0.45 < allowed[0] <= 0.5
    assert allowed[1] <= 0.3

"""Waiting for a HostedScan scan: the polling flow PDCP's is, with its backoff and defaults."""

from __future__ import annotations

import asyncio
import inspect
import time

import httpx
import pytest

from scanclients import AsyncHostedScan, HostedScan, errors
from scanclients._core.polling import WaitPlan
from scanclients._hostedscan.flows import wait
from scanclients._hostedscan.scans import AsyncHostedScanScans, HostedScanScans
from scanclients._pdcp.scans import AsyncPDCPScans, PDCPScans
from scanclients.mock import MockService
from tests.flow_driver import Driver
from tests.helpers import KEY

# The facades' defaults, read from their signatures: what a caller who passes nothing gets.
_DEFAULTS = inspect.signature(HostedScanScans.wait).parameters
TIMEOUT = _DEFAULTS["timeout"].default
POLL_INTERVAL = _DEFAULTS["poll_interval"].default


def answers(*states: tuple[str, int]):
    queue = list(states)

    def answer(request: httpx.Request) -> httpx.Response:
        state, progress = queue.pop(0) if len(queue) > 1 else queue[0]
        body = {"data": {"id": "s1", "state": state, "progress": progress}}
        return httpx.Response(200, json=body, request=request)

    return answer


def run_wait(driver: Driver, **timings: float):
    with HostedScan(api_key=KEY, base_url="http://127.0.0.1:9") as hs:
        options = hs._options
    arguments = {"timeout": TIMEOUT, "poll_interval": POLL_INTERVAL, **timings}
    return driver.run(
        wait(
            options,
            "s1",
            arguments.pop("timeout"),
            arguments.pop("poll_interval"),
            None,
            **arguments,
        )
    )


def test_the_default_first_poll_is_after_a_second_growing_by_half_to_30_s() -> None:
    driver = Driver(answers(*[("RUNNING", 5)] * 12, ("SUCCEEDED", 100)))
    assert run_wait(driver).state == "SUCCEEDED"
    grown = [1, 1.5, 2.25, 3.375, 5.0625, 7.59375, 11.390625, 17.0859375, 25.62890625]
    assert driver.sleeps == [*grown, 30, 30, 30]


def test_the_interval_stops_growing_at_its_ceiling() -> None:
    driver = Driver(answers(*[("RUNNING", 5)] * 12, ("SUCCEEDED", 100)))
    run_wait(driver, poll_interval=2, max_poll_interval=5)
    assert driver.sleeps == [2, 3, 4.5, 5, 5, 5, 5, 5, 5, 5, 5, 5]


def test_both_services_and_both_clients_default_to_the_same_timings() -> None:
    methods = (HostedScanScans.wait, AsyncHostedScanScans.wait, PDCPScans.wait, AsyncPDCPScans.wait)
    for method in methods:
        parameters = inspect.signature(method).parameters
        assert (parameters["timeout"].default, parameters["poll_interval"].default) == (3600, 1)
        assert parameters["max_poll_interval"].default == 30


def test_a_poll_interval_above_the_ceiling_raises_the_ceiling() -> None:
    assert WaitPlan.checked(60, 45, 30).max_poll_interval == 45
    driver = Driver(answers(("RUNNING", 5), ("RUNNING", 6), ("SUCCEEDED", 100)))
    run_wait(driver, poll_interval=45)
    assert driver.sleeps == [45, 45]


def test_a_bad_ceiling_is_refused_naming_it_before_polling() -> None:
    driver = Driver(answers(("RUNNING", 5)))
    with pytest.raises(errors.ValidationError) as caught:
        run_wait(driver, max_poll_interval=0)
    assert caught.value.field == "max_poll_interval"
    assert driver.requests == []


@pytest.mark.parametrize("method", ["wait", "create_and_wait"])
def test_the_facades_pass_the_ceiling_on_and_a_bad_one_is_refused_before_any_request(
    method: str,
) -> None:
    # Nothing listens on port 9: a request sent would be a connection error, not this refusal.
    with HostedScan(api_key=KEY, base_url="http://127.0.0.1:9", allow_insecure_http=True) as hs:
        call = getattr(hs.scans, method)
        arguments = (
            {"scan_id": "s1"}
            if method == "wait"
            else {"type": "SSLYZE", "targets": ["example.com"]}
        )
        with pytest.raises(errors.ValidationError) as caught:
            call(**arguments, max_poll_interval=-1)
    assert caught.value.field == "max_poll_interval"


class _Seen(Exception):
    """Raised from on_progress once the scan is seen on its way: the test need not wait longer."""


def _stop_once_running(seen: list[tuple[str, int]]):
    def on_progress(scan) -> None:
        seen.append((str(scan.state), scan.progress or 0))
        if scan.state == "RUNNING" and 0 < (scan.progress or 0) < 100:
            raise _Seen

    return on_progress


def test_a_five_second_scan_shows_its_progress_with_the_default_polling(
    mock: MockService,
) -> None:
    mock.settings.scan_seconds = 5
    seen: list[tuple[str, int]] = []
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        scan = hs.scans.create(type="SSLYZE", targets=["example.com"])
        started = time.monotonic()
        with pytest.raises(_Seen):
            hs.scans.wait(scan.id, on_progress=_stop_once_running(seen))
    # The first poll at once, the second about a second later: the scan is running, 20% or so
    # (a first poll after 10 s would have seen QUEUED, then SUCCEEDED).
    assert 0.9 <= time.monotonic() - started < 2.0
    assert len({state for state, _ in seen}) > 1
    assert seen[0] == ("QUEUED", 0)


def test_the_async_client_polls_alike(mock: MockService) -> None:
    mock.settings.scan_seconds = 5
    seen: list[tuple[str, int]] = []

    async def go() -> None:
        async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
            scan = await hs.scans.create(type="SSLYZE", targets=["example.com"])
            await hs.scans.wait(scan.id, on_progress=_stop_once_running(seen))

    started = time.monotonic()
    with pytest.raises(_Seen):
        asyncio.run(go())
    assert time.monotonic() - started < 2.5
    assert [state for state, _ in seen][:1] == ["QUEUED"]
    assert seen[-1][0] == "RUNNING"

"""The mock service: contract checks, auth, faults (through the wrapper), and its command."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import httpx
import pytest

from scanclients import PDCP, AsyncHostedScan, AsyncPDCP, HostedScan, errors
from scanclients.mock import serve
from tests.faults import OUTCOMES, STEADY
from tests.helpers import KEY, ROOT, fast_retries


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_retries(monkeypatch)


def test_a_request_that_breaks_the_spec_gets_400_naming_the_field(mock) -> None:
    response = httpx.post(
        f"{mock.pdcp_url}/v1/scans", json={"targets": "x"}, headers={"X-API-Key": KEY}
    )
    assert response.status_code == 400
    body = response.json()
    assert body["param"] == "targets"
    assert "'x' is not of type 'array'" in body["message"]
    response = httpx.post(
        f"{mock.pdcp_url}/v1/scans", json={"asset_filters": {"nope": 1}}, headers={"X-API-Key": KEY}
    )
    assert response.status_code == 400
    assert response.json()["param"] == "asset_filters"
    response = httpx.post(
        f"{mock.hostedscan_url}/v1/scans",
        json={"targets": ["a"]},
        headers={"X-HOSTEDSCAN-API-KEY": KEY},
    )
    assert response.status_code == 400
    assert "'type' is a required property" in response.json()["message"]
    assert mock.stats() == {"pdcp": 0, "hostedscan": 0}


def test_a_missing_key_gets_401(mock) -> None:
    response = httpx.post(f"{mock.pdcp_url}/v1/scans", json={})
    assert response.status_code == 401
    assert response.json()["message"] == "missing x-api-key header"
    assert httpx.get(f"{mock.hostedscan_url}/v1/scans").status_code == 401


def test_only_the_configured_key_is_accepted() -> None:
    with serve(api_key=KEY) as svc:
        with (
            PDCP(api_key="other", base_url=svc.pdcp_url) as pd,
            pytest.raises(errors.AuthenticationError),
        ):
            pd.scans.create(targets=["example.com"])
        with PDCP(api_key=KEY, base_url=svc.pdcp_url) as pd:
            assert pd.scans.create(targets=["example.com"]).id
        assert svc.stats() == {"pdcp": 1, "hostedscan": 0}


# fault -> (exception class or None for success, maybe_created, scans stored) for a create
CREATE_OUTCOMES = {
    fault: (OUTCOMES[fault].create, OUTCOMES[fault].maybe_created, OUTCOMES[fault].scans_created)
    for fault in [
        *STEADY,
        "fail-first:2:rate-limit:0",
        "fail-first:1:unavailable",
        "fail-first:1:server-error",
    ]
}


def _create(service: str, client):
    if service == "pdcp":
        return client.scans.create(targets=["example.com"])
    return client.scans.create(type="NMAP", targets=["example.com"])


def _client(service: str, mock, asynchronous: bool = False):
    classes = {
        ("pdcp", False): PDCP,
        ("pdcp", True): AsyncPDCP,
        ("hostedscan", False): HostedScan,
        ("hostedscan", True): AsyncHostedScan,
    }
    cls = classes[service, asynchronous]
    url = mock.pdcp_url if service == "pdcp" else mock.hostedscan_url
    # Well under the 1 s of the `slow:1` fault, well over a normal answer on a loaded machine.
    return cls(api_key=KEY, base_url=url, timeout=0.6)


@pytest.mark.parametrize("service", ["pdcp", "hostedscan"])
@pytest.mark.parametrize("fault", list(CREATE_OUTCOMES))
def test_create_under_each_fault_never_creates_twice(service, fault, mock) -> None:
    expected, maybe_created, stored = CREATE_OUTCOMES[fault]
    mock.settings.fault = fault
    with _client(service, mock) as client:
        if expected is None:
            assert _create(service, client)
        else:
            with pytest.raises(expected) as caught:
                _create(service, client)
            assert caught.value.maybe_created is maybe_created
            assert ("may have been created" in str(caught.value)) is maybe_created
    assert mock.stats()[service] == stored


@pytest.mark.parametrize("service", ["pdcp", "hostedscan"])
@pytest.mark.parametrize(
    "fault", ["server-error", "disconnect", "unavailable", "fail-first:2:rate-limit:0"]
)
async def test_async_create_under_faults_matches_sync(service, fault, mock) -> None:
    expected, maybe_created, stored = CREATE_OUTCOMES[fault]
    mock.settings.fault = fault
    async with _client(service, mock, asynchronous=True) as client:
        if expected is None:
            assert await _create(service, client)
        else:
            with pytest.raises(expected) as caught:
                await _create(service, client)
            assert caught.value.maybe_created is maybe_created
    assert mock.stats()[service] == stored


# fault -> the error a read (get) ends in after its retries, or None when a retry succeeds
READ_OUTCOMES = {
    fault: OUTCOMES[fault].read
    for fault in [
        *STEADY,
        "fail-first:2:server-error",
        "fail-first:2:disconnect",
        "fail-first:2:slow:1",
    ]
}


@pytest.mark.parametrize("fault", list(READ_OUTCOMES))
def test_reads_retry_through_transient_faults(fault, mock) -> None:
    with _client("hostedscan", mock) as hs:
        scan = hs.scans.create(type="NMAP", targets=["example.com"])
        mock.settings.fault = fault
        expected = READ_OUTCOMES[fault]
        if expected is None:
            assert hs.scans.get(scan.id).id == scan.id
            assert [s.id for s in hs.scans.list()] == [scan.id]
        else:
            with pytest.raises(expected) as caught:
                hs.scans.get(scan.id)
            assert caught.value.maybe_created is False


def test_a_per_request_fault_header(mock) -> None:
    response = httpx.get(
        f"{mock.hostedscan_url}/v1/scans",
        headers={"X-HOSTEDSCAN-API-KEY": KEY, "X-Mock-Fault": "rate-limit:7"},
    )
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    response = httpx.get(
        f"{mock.hostedscan_url}/v1/scans",
        headers={"X-HOSTEDSCAN-API-KEY": KEY, "X-Mock-Fault": "bogus"},
    )
    assert response.status_code == 400
    assert "unknown fault 'bogus'" in response.json()["message"]


def test_a_scan_moves_queued_running_succeeded(mock) -> None:
    mock.settings.scan_seconds = 0.5
    with _client("hostedscan", mock) as hs:
        scan = hs.scans.create(type="NMAP", targets=["example.com"])
        assert scan.state == "QUEUED"
        time.sleep(0.2)
        running = hs.scans.get(scan.id)
        assert running.state == "RUNNING"
        assert 0 < running.progress < 100
        assert running.results == []
        time.sleep(0.4)
        done = hs.scans.get(scan.id)
        assert (done.state, done.progress, len(done.results)) == ("SUCCEEDED", 100, 3)


def test_reset_forgets_scans(mock) -> None:
    with _client("pdcp", mock) as pd:
        pd.scans.create(targets=["example.com"])
    assert mock.stats()["pdcp"] == 1
    mock.reset()
    assert mock.stats() == {"pdcp": 0, "hostedscan": 0}


def _start_command(*arguments: str) -> tuple[subprocess.Popen[str], dict[str, str], float]:
    started = time.monotonic()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scanclients.mock",
            "--pdcp-port",
            "0",
            "--hostedscan-port",
            "0",
            "--scan-seconds",
            "0",
            *arguments,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    urls: dict[str, str] = {}
    assert process.stdout is not None
    while len(urls) < 2:
        line = process.stdout.readline()
        assert line, process.stderr.read() if process.stderr else "no output"
        found = re.match(r"(PDCP|HostedScan) mock:\s+(\S+)", line)
        if found:
            urls[found[1]] = found[2]
    return process, urls, time.monotonic() - started


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_the_command_serves_both_apis_and_stops_cleanly(stop_signal) -> None:
    process, urls, startup = _start_command("--api-key", KEY)
    try:
        assert startup < 5  # the goal is 2 s; leave room for a loaded CI machine
        with PDCP(api_key=KEY, base_url=urls["PDCP"]) as pd:
            assert pd.scans.create(targets=["example.com"]).id
        with HostedScan(api_key=KEY, base_url=urls["HostedScan"]) as hs:
            scan = hs.scans.create_and_wait(
                type="NMAP", targets=["example.com"], poll_interval=0.01
            )
            assert scan.state == "SUCCEEDED"
    finally:
        process.send_signal(stop_signal)
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    assert "stopped" in out


def test_the_command_refuses_an_unknown_fault() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scanclients.mock", "--fault", "explode"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "unknown fault 'explode'" in result.stderr


def test_the_command_says_when_a_port_is_taken(mock) -> None:
    port = mock.pdcp_url.rsplit(":", 1)[1]
    result = subprocess.run(
        [sys.executable, "-m", "scanclients.mock", "--pdcp-port", port, "--hostedscan-port", "0"],
        capture_output=True,
        text=True,
        timeout=20,
        env={**os.environ},
    )
    assert result.returncode == 1
    assert "cannot start" in result.stderr


def test_the_command_serves_the_complete_document_and_starts_fast() -> None:
    complete = ROOT / "tests" / "data" / "pdcp-complete.yaml"
    process, urls, startup = _start_command("--pdcp-spec", str(complete))
    try:
        assert startup < 5  # 125 operations; the document is loaded, not re-validated
        url = f"{urls['PDCP']}/v1/template/public?limit=3"
        response = httpx.get(url, headers={"X-API-Key": KEY})
        assert response.status_code == 200
        assert (len(response.json()["results"]), response.json()["total"]) == (3, 7)
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)
    assert process.returncode == 0

"""Configuration: arguments, then the environment; insecure URLs refused; the key never shown."""

from __future__ import annotations

import logging
import socket
import time

import httpx
import pytest

from scanclients import PDCP, AsyncHostedScan, AsyncPDCP, HostedScan, errors
from tests.helpers import KEY, Recorder
from tests.hostile import HostileServer

ENVIRONMENT = (
    "PDCP_API_KEY",
    "PDCP_TEAM_ID",
    "PDCP_API_SERVER",
    "HOSTEDSCAN_API_KEY",
    "HOSTEDSCAN_BASE_URL",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.pdcp/credentials.yaml of the machine's
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    ("cls", "variable"), [(PDCP, "PDCP_API_KEY"), (HostedScan, "HOSTEDSCAN_API_KEY")]
)
@pytest.mark.parametrize("key", [None, "", "   "])
def test_a_missing_or_blank_key_names_the_argument_and_the_variable(cls, variable, key) -> None:
    def build_and_call() -> None:
        client = cls(api_key=key)
        # PDCP is built without a key (its vulnerability database needs none): the first call
        # that needs one says so, before anything is sent (tests/pdcp/test_pdcp_keyless.py).
        assert (cls, key) == (PDCP, None)
        client.scans.get("s1")

    with pytest.raises(errors.ConfigurationError) as caught:
        build_and_call()
    assert "api_key=" in str(caught.value)
    assert variable in str(caught.value)


def test_the_environment_supplies_key_team_and_server(monkeypatch) -> None:
    monkeypatch.setenv("PDCP_API_KEY", KEY)
    monkeypatch.setenv("PDCP_TEAM_ID", "team-env")
    monkeypatch.setenv("PDCP_API_SERVER", "http://127.0.0.1:9/")
    recorder = Recorder(lambda r: httpx.Response(200, json={"message": "ok", "id": "s1"}))
    with PDCP(http_client=recorder.client()) as pd:
        assert pd.base_url == "http://127.0.0.1:9"
        pd.scans.create(targets=["example.com"])
    request = recorder.requests[0]
    assert request.headers["X-API-Key"] == KEY
    assert request.headers["X-Team-Id"] == "team-env"
    assert str(request.url) == "http://127.0.0.1:9/v1/scans"


def test_arguments_win_over_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("HOSTEDSCAN_API_KEY", "from-env")
    monkeypatch.setenv("HOSTEDSCAN_BASE_URL", "https://env.example")
    client = HostedScan(api_key="from-arg", base_url="https://arg.example")
    assert client.base_url == "https://arg.example"
    assert client._options.api_key.reveal() == "from-arg"
    client.close()


def test_default_base_urls_are_the_production_servers_of_the_specs() -> None:
    assert PDCP(api_key=KEY).base_url == "https://api.projectdiscovery.io"
    assert HostedScan(api_key=KEY).base_url == "https://api.hostedscan.com"


@pytest.mark.parametrize(
    "url", ["http://api.example.com", "http://10.0.0.5:8080", "http://[2001:db8::1]"]
)
def test_plain_http_to_a_remote_host_is_refused(url) -> None:
    with pytest.raises(errors.ConfigurationError, match="plain HTTP to a remote host"):
        PDCP(api_key=KEY, base_url=url)
    PDCP(api_key=KEY, base_url=url, allow_insecure_http=True).close()


@pytest.mark.parametrize(
    "url", ["http://localhost:8085", "http://127.0.0.1:1", "http://[::1]:8086"]
)
def test_plain_http_to_loopback_is_allowed(url) -> None:
    HostedScan(api_key=KEY, base_url=url).close()


@pytest.mark.parametrize("url", ["ftp://example.com", "example.com", "https://"])
def test_a_base_url_that_is_not_http_is_refused(url) -> None:
    with pytest.raises(errors.ConfigurationError, match="is not an http"):
        HostedScan(api_key=KEY, base_url=url)


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"timeout": 0}, "positive"),
        ({"timeout": -1}, "positive"),
        ({"timeout": float("nan")}, "positive"),
        ({"timeout": "10"}, "expected seconds"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
    ],
)
def test_bad_options_are_refused(options, problem) -> None:
    with pytest.raises(errors.ConfigurationError, match=problem):
        PDCP(api_key=KEY, **options)


def test_default_timeout_is_ten_seconds_to_connect_and_sixty_overall() -> None:
    timeout = PDCP(api_key=KEY).timeout
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (10.0, 60.0, 60.0, 60.0)


def test_the_key_never_shows_in_reprs_strs_or_errors(caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="scanclients")
    recorder = Recorder(lambda r: httpx.Response(401, json={"message": "bad key"}))
    clients = [
        PDCP(api_key=KEY, http_client=recorder.client()),
        HostedScan(api_key=KEY, http_client=recorder.client()),
        AsyncPDCP(api_key=KEY),
        AsyncHostedScan(api_key=KEY),
    ]
    shown = [repr(c) + str(c) + repr(c.with_options(timeout=3)) for c in clients]
    shown += [
        repr(clients[0]._options),
        str(clients[0]._options),
        repr(clients[0]._options.api_key),
    ]
    with pytest.raises(errors.AuthenticationError) as caught:
        clients[0].scans.create(targets=["example.com"])
    shown += [str(caught.value), repr(caught.value), repr(caught.value.__dict__)]
    shown += [caplog.text]
    assert all(KEY not in text for text in shown)
    assert "PDCP(base_url='https://api.projectdiscovery.io'" in shown[0]


def test_clients_are_context_managers_and_close_their_pool() -> None:
    with PDCP(api_key=KEY) as pd:
        pass
    assert pd._http.is_closed


async def test_async_clients_are_context_managers_and_close_their_pool() -> None:
    async with AsyncHostedScan(api_key=KEY) as hs:
        pass
    assert hs._http.is_closed


def test_an_injected_client_is_left_open() -> None:
    own = httpx.Client()
    with PDCP(api_key=KEY, http_client=own):
        pass
    assert not own.is_closed
    own.close()


def _silent(connection: socket.socket, head: bytes, server: HostileServer) -> None:
    server.stopping.wait()  # reads the request, never answers


@pytest.mark.parametrize("copy", [False, True], ids=["client", "with_options"])
def test_the_read_timeout_is_the_clients_own_on_the_pool_it_builds(copy: bool) -> None:
    # The pool is given no timeout (httpx's default is 5 s): each request carries the client's.
    with HostileServer(_silent) as server:
        timeout = 60 if copy else 0.3
        with PDCP(api_key=KEY, base_url=server.url, timeout=timeout, max_retries=0) as pd:
            client = pd.with_options(timeout=0.3) if copy else pd
            started = time.monotonic()
            with pytest.raises(errors.APITimeoutError):
                client.scans.get("s1")
    assert time.monotonic() - started < 2.5


async def test_the_async_read_timeout_is_the_clients_own_too() -> None:
    with HostileServer(_silent) as server:
        async with AsyncHostedScan(
            api_key=KEY, base_url=server.url, timeout=0.3, max_retries=0
        ) as hs:
            started = time.monotonic()
            with pytest.raises(errors.APITimeoutError):
                await hs.scans.get("s1")
    assert time.monotonic() - started < 2.5

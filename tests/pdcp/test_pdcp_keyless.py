"""PDCP without a key: the vulnerability database is read without one, as vulnx does (its
operations' security allows none); every other operation refuses before anything is sent,
saying every place a key was looked for. HostedScan always needs a key."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from scanclients import PDCP, AsyncPDCP, HostedScan, errors
from scanclients.mock import MockService
from tests.helpers import KEY


@pytest.fixture
def keyless(home: Path, mock: MockService) -> MockService:
    """No key anywhere (argument, environment, credentials file) and a fresh mock."""
    mock.reset()
    return mock


def _recording(sent: list[httpx.Request]) -> httpx.Client:
    return httpx.Client(event_hooks={"request": [sent.append]})


def test_the_client_is_built_without_a_key_and_says_so(keyless: MockService) -> None:
    with PDCP(base_url=keyless.pdcp_url) as pd:
        assert pd.key_source == "none"


def test_a_vulnerability_search_without_a_key_goes_out_without_one(keyless: MockService) -> None:
    sent: list[httpx.Request] = []
    with PDCP(base_url=keyless.pdcp_url, http_client=_recording(sent)) as pd:
        page = next(iter(pd.vulnerabilities.search(q="ivanti", limit=1).pages()))
        found = pd.vulnerabilities.get("CVE-2025-22457")
    assert page.to_dict()["results"] is not None
    assert found is not None
    assert [r.url.path for r in sent] == [
        "/v2/vulnerability/search",
        "/v2/vulnerability/CVE-2025-22457",
    ]
    for request in sent:
        assert "x-api-key" not in request.headers
        assert "x-pdcp-key" not in request.headers
    assert keyless.requests() == {"pdcp": 2, "hostedscan": 0}


async def test_the_async_client_searches_without_a_key_too(keyless: MockService) -> None:
    async with AsyncPDCP(base_url=keyless.pdcp_url) as pd:
        filters = await pd.vulnerabilities.filters()
    assert filters is not None
    assert keyless.requests()["pdcp"] == 1


def test_an_operation_that_needs_a_key_refuses_before_sending_naming_every_place(
    keyless: MockService, home: Path
) -> None:
    with PDCP(base_url=keyless.pdcp_url) as pd, pytest.raises(errors.ConfigurationError) as caught:
        list(pd.scans.list())
    message = str(caught.value)
    assert message.startswith("GET /v1/scans needs an API key. PDCP: no API key.")
    assert "the argument api_key=..." in message
    assert "the environment variable PDCP_API_KEY" in message
    assert f"the file {home / '.pdcp' / 'credentials.yaml'}" in message
    assert "set by base_url=" in message  # the server the key would be for
    assert keyless.requests() == {"pdcp": 0, "hostedscan": 0}


def test_the_server_from_the_environment_is_named_when_no_key_is_found(
    keyless: MockService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PDCP_API_SERVER", keyless.pdcp_url)
    with PDCP() as pd, pytest.raises(errors.ConfigurationError, match="set by PDCP_API_SERVER"):
        pd.users.me()
    assert keyless.requests()["pdcp"] == 0


@pytest.mark.parametrize(
    "call",
    [
        lambda pd: pd.scans.create(targets=["example.com"]),
        lambda pd: pd.scans.import_results([b'{"template-id": "t"}\n']),
        lambda pd: pd.scans.get("s1"),
        lambda pd: pd.scans.wait("s1", timeout=5),
    ],
    ids=["create", "import_results", "get", "wait"],
)
def test_hand_made_helpers_refuse_without_a_key_too(keyless: MockService, call: object) -> None:
    with (
        PDCP(base_url=keyless.pdcp_url) as pd,
        pytest.raises(errors.ConfigurationError, match="needs an API key"),
    ):
        call(pd)  # type: ignore[operator]
    assert keyless.requests()["pdcp"] == 0


async def test_the_async_client_refuses_without_a_key_before_sending(
    keyless: MockService,
) -> None:
    async with AsyncPDCP(base_url=keyless.pdcp_url) as pd:
        with pytest.raises(errors.ConfigurationError, match="GET /v1/scans needs an API key"):
            [item async for item in pd.scans.list()]
    assert keyless.requests()["pdcp"] == 0


def test_with_a_key_the_vulnerability_database_gets_it_in_x_pdcp_key_as_vulnx_sends_it(
    keyless: MockService,
) -> None:
    # vulnx client.go: `req.Header.Set("X-PDCP-Key", c.apiKey)`; the overlay's security for
    # these operations names X-PDCP-Key only. The rest of the API keeps X-API-Key.
    sent: list[httpx.Request] = []
    with PDCP(api_key=KEY, base_url=keyless.pdcp_url, http_client=_recording(sent)) as pd:
        list(pd.vulnerabilities.search(q="ivanti", max_items=1))
        list(pd.scans.list(max_items=1))
    search, scans = sent
    assert search.headers["x-pdcp-key"] == KEY
    assert "x-api-key" not in search.headers
    assert scans.headers["x-api-key"] == KEY
    assert "x-pdcp-key" not in scans.headers


def test_a_refused_x_pdcp_key_is_masked_in_the_error(keyless: MockService) -> None:
    keyless.settings.api_key = KEY
    try:
        with PDCP(api_key="not-the-key", base_url=keyless.pdcp_url, max_retries=0) as pd:
            with pytest.raises(errors.AuthenticationError) as caught:
                list(pd.vulnerabilities.search(q="ivanti", max_items=1))
    finally:
        keyless.settings.api_key = None
    assert caught.value.request is not None
    assert caught.value.request.headers["x-pdcp-key"] == "[masked]"
    assert "not-the-key" not in repr(caught.value.request.headers)


def test_a_blank_key_given_is_still_refused_at_construction(keyless: MockService) -> None:
    with pytest.raises(errors.ConfigurationError, match="no API key"):
        PDCP(api_key="  ", base_url=keyless.pdcp_url)


def test_hostedscan_still_needs_a_key_to_be_built(
    keyless: MockService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HOSTEDSCAN_API_KEY", raising=False)
    with pytest.raises(errors.ConfigurationError, match="HostedScan: no API key") as caught:
        HostedScan(base_url=keyless.hostedscan_url)
    assert "the environment variable HOSTEDSCAN_API_KEY" in str(caught.value)


def test_the_mock_answers_a_keyless_search_but_not_a_keyless_scan_list(
    keyless: MockService,
) -> None:
    with httpx.Client(base_url=keyless.pdcp_url) as http:
        assert http.get("/v2/vulnerability/search", params={"q": "x"}).status_code == 200
        refused = http.get("/v1/scans")
    assert refused.status_code == 401
    assert "missing x-api-key header" in refused.text


def test_the_mock_reads_the_vulnerability_key_from_x_pdcp_key(keyless: MockService) -> None:
    keyless.settings.api_key = KEY
    try:
        with httpx.Client(base_url=keyless.pdcp_url) as http:
            search = "/v2/vulnerability/search"
            right = http.get(search, params={"q": "x"}, headers={"X-PDCP-Key": KEY})
            wrong = http.get(search, params={"q": "x"}, headers={"X-PDCP-Key": "nope"})
    finally:
        keyless.settings.api_key = None
    assert right.status_code == 200
    assert wrong.status_code == 401

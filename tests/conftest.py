"""Shared fixtures: the project's own mock service over loopback, and recording transports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from scanclients import _flow
from scanclients._generated import hostedscan_models, pdcp_client
from scanclients.mock import MockService
from scanclients.mock._contract import Contract
from tests.helpers import REPORTS, ROOT


@pytest.fixture
def repo_root() -> Path:
    return ROOT


# The mock service comes from scanclients' own pytest plugin (scanclients/pytest_plugin.py, loaded
# through its pytest11 entry point), as it does for users' test suites.
@pytest.fixture(scope="session")
def scanclients_mock_options() -> dict[str, Any]:
    # check_responses: every answer the mock sends is checked against its spec, so the mock
    # cannot drift from the contract; a violation fails the test that provoked it.
    return {"scan_seconds": 0, "check_responses": True}


@pytest.fixture
def mock(scanclients_mock: MockService) -> Iterator[MockService]:
    """The plugin's mock, reset for the test, that must not have broken its spec by the end."""
    yield scanclients_mock
    assert scanclients_mock.violations() == []


# --- every request the wrapper sends, anywhere in the suite, is checked against its spec ---------

_CONTRACTS = {"pdcp": Contract(pdcp_client), "hostedscan": Contract(hostedscan_models)}
_VIOLATIONS: list[str] = []


def _service_of(request: httpx.Request) -> str | None:
    if "x-api-key" in request.headers:
        return "pdcp"
    if "x-hostedscan-api-key" in request.headers:
        return "hostedscan"
    return None


def _observe_request(request: httpx.Request) -> str | None:
    from tests.spec_tools import TRAFFIC, json_or_none

    service = _service_of(request)
    if service is None:
        _VIOLATIONS.append(f"{request.method} {request.url}: no API key header")
        return None
    body = request.read() or None
    path = _raw_path(request)
    query = list(request.url.params.multi_items())
    headers = dict(request.headers)
    for violation in _CONTRACTS[service].request_violations(
        request.method, path, query, headers, body
    ):
        _VIOLATIONS.append(f"{service} {request.method} {path}: {violation.message}")
    TRAFFIC.requests.append(
        (service, request.method, path, query, headers, json_or_none(body or b""))
    )
    return service


def _observe_response(service: str | None, effect: Any, response: Any) -> None:
    from tests.spec_tools import TRAFFIC, json_or_none

    if service is None or not isinstance(response, httpx.Response):
        return
    # A streamed download is left unread for the wrapper to drain; it is not JSON anyway.
    unread = effect.stream and response.is_success
    body = None if unread else json_or_none(response.content)
    request = effect.request
    TRAFFIC.responses.append(
        (service, request.method, _raw_path(request), response.status_code, body)
    )


def _raw_path(request: httpx.Request) -> str:
    # As sent: percent-encoded, so that an id holding "/" stays one path segment.
    return request.url.raw_path.split(b"?")[0].decode("ascii")


@pytest.fixture(scope="session", autouse=True)
def _check_every_request() -> Iterator[None]:
    perform_sync, perform_async = _flow._perform_sync, _flow._perform_async

    def checked_sync(effect: Any, http: httpx.Client) -> Any:
        service = _observe_request(effect.request) if isinstance(effect, _flow.Send) else None
        outcome = perform_sync(effect, http)
        if isinstance(effect, _flow.Send):
            _observe_response(service, effect, outcome)
        return outcome

    async def checked_async(effect: Any, http: httpx.AsyncClient) -> Any:
        service = _observe_request(effect.request) if isinstance(effect, _flow.Send) else None
        outcome = await perform_async(effect, http)
        if isinstance(effect, _flow.Send):
            _observe_response(service, effect, outcome)
        return outcome

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_flow, "_perform_sync", checked_sync)
        patch.setattr(_flow, "_perform_async", checked_async)
        yield


@pytest.fixture(autouse=True)
def _no_request_breaks_the_spec() -> Iterator[None]:
    _VIOLATIONS.clear()
    yield
    assert _VIOLATIONS == [], "the wrapper sent requests that break the spec:\n" + "\n".join(
        _VIOLATIONS
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Spec coverage is measured on the traffic of every other test: run it last."""
    items.sort(key=lambda item: item.path.name == "test_spec_coverage.py")


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    for title, lines in config.stash.get(REPORTS, {}).items():
        terminalreporter.write_sep("-", title)
        for line in lines:
            terminalreporter.write_line(line)

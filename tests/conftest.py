"""Shared fixtures: the project's own mock service over loopback, and recording transports."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from scanclients.mock import MockService, serve

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
KEY = "sk-test-1234567890abcdef"


@pytest.fixture
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def mock_session() -> Iterator[MockService]:
    # check_responses: every answer the mock sends is checked against its spec, so the mock
    # cannot drift from the contract; a violation fails the test that provoked it.
    with serve(scan_seconds=0, check_responses=True) as service:
        yield service


@pytest.fixture
def mock(mock_session: MockService) -> Iterator[MockService]:
    mock_session.reset()
    mock_session.settings.scan_seconds = 0
    mock_session.settings.page_size = 500
    mock_session.settings.max_targets = None
    mock_session.settings.fault = None
    yield mock_session
    assert mock_session.violations() == []


class Recorder:
    """An httpx transport that answers from a handler and keeps every request it saw."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[httpx.Request] = []
        self._handler = handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self._handler(request)

    def json(self, index: int = -1) -> object:
        return json.loads(self.requests[index].content)

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self))

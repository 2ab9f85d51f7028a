"""Every request the wrapper sends anywhere in the suite, and every answer it gets: each request is
checked against its spec (a violation fails the test that sent it), and both are recorded so that
the spec coverage check (tests/test_spec_coverage.py) can measure what the suite exercised.

conftest.py installs `checked` around the flow drivers' I/O for the whole session; this module holds
the plain code, conftest.py only the fixtures and hooks."""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from scanclients._core import flow as _flow
from scanclients._generated import hostedscan_models, pdcp_client
from scanclients.mock._contract import Contract
from tests.helpers import ROOT
from tests.spec_tools import KEY_HEADERS, Operation, operations, spec

__all__ = [
    "TRAFFIC",
    "VIOLATIONS",
    "WHOLE_SUITE",
    "Traffic",
    "checked",
    "json_or_none",
    "whole_suite",
]

# Sent: (service, method, raw path, query, headers, JSON body); answered: (service, method, raw
# path, status, JSON body). Plain tuples, so that a run's traffic pickles (see `Traffic.dump`).
Sent = tuple[str, str, str, list[tuple[str, str]], dict[str, str], Any]
Answered = tuple[str, str, str, int, Any]


@dataclass
class Traffic:
    """What the wrapper sent and what it was answered, across the whole test session."""

    requests: list[Sent] = field(default_factory=list)
    responses: list[Answered] = field(default_factory=list)

    def operation_for(self, service: str, method: str, path: str) -> Operation | None:
        # The most specific template wins: `/v1/scans/schedule` is not `/v1/scans/{scan_id}`.
        matches = [o for o in operations(service) if o.method == method and o.regex.match(path)]
        return min(matches, key=lambda o: o.path.count("{"), default=None)

    def sent(
        self, service: str
    ) -> Iterator[tuple[Operation, list[tuple[str, str]], dict[str, str], Any]]:
        for svc, method, path, query, headers, body in self.requests:
            operation = self.operation_for(svc, method, path) if svc == service else None
            if operation is not None:
                yield operation, query, headers, body

    def answered(self, service: str) -> Iterator[tuple[Operation, int, Any]]:
        for svc, method, path, status, body in self.responses:
            operation = self.operation_for(svc, method, path) if svc == service else None
            if operation is not None:
                yield operation, status, body

    def dump(self) -> bytes:
        """The traffic as bytes, handed by a pytest-xdist worker to the controller."""
        return pickle.dumps((self.requests, self.responses))

    def add(self, dumped: bytes) -> None:
        """Add the traffic another process recorded (`dump`)."""
        requests, responses = pickle.loads(dumped)
        self.requests += requests
        self.responses += responses


TRAFFIC = Traffic()
# Requests of the running test that break their spec; conftest.py fails the test if any.
VIOLATIONS: list[str] = []

_CONTRACTS: dict[str, Contract] = {}


def _contract(service: str) -> Contract:
    if not _CONTRACTS:
        _CONTRACTS.update(pdcp=Contract(pdcp_client), hostedscan=Contract(hostedscan_models))
    return _CONTRACTS[service]


def json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # the hardening tests send nesting no parser takes
        return None


def _raw_path(request: httpx.Request) -> str:
    # As sent: percent-encoded, so that an id holding "/" stays one path segment.
    return request.url.raw_path.split(b"?")[0].decode("ascii")


def _keyless_service(request: httpx.Request) -> str | None:
    """The service of a request sent without a key, if its operation's security allows none."""
    for service in KEY_HEADERS:
        operation = TRAFFIC.operation_for(service, request.method, _raw_path(request))
        if operation is not None:
            security = operation.definition.get("security", spec(service).get("security"))
            if not security or {} in security:
                return service
    return None


def _observe_request(request: httpx.Request) -> str | None:
    service = next((s for s, key in KEY_HEADERS.items() if key in request.headers), None)
    service = service or _keyless_service(request)
    if service is None:
        VIOLATIONS.append(f"{request.method} {request.url}: no API key header")
        return None
    body = request.read() or None
    path = _raw_path(request)
    query = list(request.url.params.multi_items())
    headers = dict(request.headers)
    for violation in _contract(service).request_violations(
        request.method, path, query, headers, body
    ):
        VIOLATIONS.append(f"{service} {request.method} {path}: {violation.message}")
    TRAFFIC.requests.append(
        (service, request.method, path, query, headers, json_or_none(body or b""))
    )
    return service


def _observe_response(service: str | None, effect: _flow.Send, response: Any) -> None:
    if service is None or not isinstance(response, httpx.Response):
        return
    # A streamed download is left unread for the wrapper to drain; it is not JSON anyway.
    unread = effect.stream and response.is_success
    body = None if unread else json_or_none(response.content)
    request = effect.request
    TRAFFIC.responses.append(
        (service, request.method, _raw_path(request), response.status_code, body)
    )


SyncPerform = Callable[[Any, httpx.Client], Any]
AsyncPerform = Callable[[Any, httpx.AsyncClient], Coroutine[Any, Any, Any]]


def checked(
    perform_sync: SyncPerform, perform_async: AsyncPerform
) -> tuple[SyncPerform, AsyncPerform]:
    """The flow drivers' I/O functions, wrapped to check and record every Send they perform."""

    def checked_sync(effect: Any, http: httpx.Client) -> Any:
        if not isinstance(effect, _flow.Send):
            return perform_sync(effect, http)
        service = _observe_request(effect.request)
        outcome = perform_sync(effect, http)
        _observe_response(service, effect, outcome)
        return outcome

    async def checked_async(effect: Any, http: httpx.AsyncClient) -> Any:
        if not isinstance(effect, _flow.Send):
            return await perform_async(effect, http)
        service = _observe_request(effect.request)
        outcome = await perform_async(effect, http)
        _observe_response(service, effect, outcome)
        return outcome

    return checked_sync, checked_async


# --- is this run the whole suite? The coverage of the specs means something only then. -------

WHOLE_SUITE = pytest.StashKey[str]()  # "" when it is, else why not


def whole_suite(items: list[pytest.Item], deselected: int, tests: Path = ROOT / "tests") -> str:
    """Why the collected `items` are not the whole suite, or "" when they are: every test module
    under `tests` (at any depth) collected and no test deselected (by -k, -m, --deselect, --lf...).
    Modules are compared by their path, so a folder of tests that is not collected (its
    `__init__.py` missing, a name pytest does not find) turns the coverage check off loudly."""
    modules = {path.relative_to(tests) for path in tests.rglob("test_*.py")}
    collected = {item.path.relative_to(tests) for item in items if item.path.is_relative_to(tests)}
    if deselected:
        return f"{deselected} tests deselected"
    missing = sorted(map(str, modules - collected))
    if missing:
        shown = ", ".join(missing[:3]) + (", ..." if len(missing) > 3 else "")
        return f"{len(modules) - len(missing)} of the {len(modules)} test modules collected (not: {shown})"
    return ""

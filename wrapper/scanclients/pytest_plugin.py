"""pytest fixtures for testing your code against the bundled mock service, over loopback.

Installed with scanclients and registered through the `pytest11` entry point, so the fixtures are
there in any pytest run of an environment that has scanclients: nothing to import. They need the
`mock` extra (not on PyPI: `pip install '.[mock]'` from a clone, or the wheel with `[mock]`);
without it the plugin still loads, and only a test asking for one of its fixtures fails, saying what to install. The async client fixtures need
pytest-asyncio.

| fixture | scope | what |
| --- | --- | --- |
| `scanclients_mock` | test | the mock service (`MockService`), reset for the test: no scans, no fault; `.stats()`, `.pdcp_url`, `.hostedscan_url` |
| `scanclients_fault` | test | `scanclients_fault("unavailable")`: every request of this test gets the `X-Mock-Fault` fault; `None` ends it |
| `scanclients_pdcp`, `scanclients_async_pdcp` | test | a `PDCP` / `AsyncPDCP` pointed at the mock, closed after the test |
| `scanclients_hostedscan`, `scanclients_async_hostedscan` | test | a `HostedScan` / `AsyncHostedScan` pointed at the mock, closed after the test |
| `scanclients_mock_options` | session | the `scanclients.mock.serve()` keywords (default: instant scans); override it in a conftest.py |
| `scanclients_client_options` | session | the clients' constructor keywords (default: an API key); override it for e.g. `max_retries` |
| `scanclients_mock_service` | session | the one running service behind `scanclients_mock` |

The marker `@pytest.mark.scanclients_fault("rate-limit:0")` sets a fault for the whole test.

    def test_a_scan_is_created_once(scanclients_hostedscan, scanclients_mock):
        scanclients_hostedscan.scans.create(type="NMAP", targets=["example.com"])
        assert scanclients_mock.stats() == {"pdcp": 0, "hostedscan": 1}

    def test_my_code_survives_an_outage(scanclients_pdcp, scanclients_fault):
        scanclients_fault("unavailable")
        with pytest.raises(scanclients.errors.InternalServerError):
            my_code(scanclients_pdcp)
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from scanclients.mock import MockService

__all__ = [
    "pytest_configure",
    "scanclients_async_hostedscan",
    "scanclients_async_pdcp",
    "scanclients_client_options",
    "scanclients_fault",
    "scanclients_hostedscan",
    "scanclients_mock",
    "scanclients_mock_options",
    "scanclients_mock_service",
    "scanclients_pdcp",
]

_MARKER = "scanclients_fault"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{_MARKER}(kind): the scanclients mock answers every request with this fault"
    )


@pytest.fixture(scope="session")
def scanclients_mock_options() -> dict[str, Any]:
    """Keywords of `scanclients.mock.serve()` for the session's mock service."""
    return {"scan_seconds": 0}


@pytest.fixture(scope="session")
def scanclients_client_options() -> dict[str, Any]:
    """Keywords the client fixtures are built with (besides `base_url`)."""
    return {"api_key": "test-key"}


@pytest.fixture(scope="session")
def scanclients_mock_service(scanclients_mock_options: dict[str, Any]) -> Iterator[MockService]:
    """The mock service of the session; tests use `scanclients_mock`, which resets it."""
    try:
        from scanclients.mock import serve
    except ModuleNotFoundError as missing:
        problem = str(missing)
    else:
        with serve(**scanclients_mock_options) as service:
            yield service
        return
    pytest.fail(problem, pytrace=False)


@pytest.fixture
def scanclients_mock(
    scanclients_mock_service: MockService, request: pytest.FixtureRequest
) -> Iterator[MockService]:
    """The mock service, with no scans and no fault at the start of the test."""
    service = scanclients_mock_service
    settings = dataclasses.replace(service.settings)  # as the session configured them
    service.reset()
    marker = request.node.get_closest_marker(_MARKER)
    if marker is not None:
        service.settings.fault = _checked_fault(*marker.args)
    try:
        yield service
    finally:
        for field in dataclasses.fields(settings):
            setattr(service.settings, field.name, getattr(settings, field.name))


@pytest.fixture
def scanclients_fault(scanclients_mock: MockService) -> Callable[[str | None], None]:
    """Call with a fault (`"rate-limit:0"`, `"fail-first:1:server-error"`...) or None to end it."""

    def inject(kind: str | None) -> None:
        scanclients_mock.settings.fault = None if kind is None else _checked_fault(kind)

    return inject


def _checked_fault(kind: str) -> str:
    from scanclients.mock._faults import parse_fault

    try:
        parse_fault(kind)
    except ValueError as error:
        problem = str(error)
    else:
        return kind
    pytest.fail(f"scanclients_fault: {problem}", pytrace=False)


# The four client fixtures differ only in the class and the service's URL: one definition makes
# the sync ones, one the async ones.
_CLASSES = {"pdcp": "PDCP", "hostedscan": "HostedScan"}


def _client(mock: MockService, options: dict[str, Any], service: str, class_name: str) -> Any:
    """A `scanclients.<class_name>` pointed at the mock's `service`, not yet entered."""
    import scanclients

    return getattr(scanclients, class_name)(base_url=getattr(mock, f"{service}_url"), **options)


def _client_fixture(service: str) -> Any:
    class_name = _CLASSES[service]

    def client(
        scanclients_mock: MockService, scanclients_client_options: dict[str, Any]
    ) -> Iterator[Any]:
        with _client(scanclients_mock, scanclients_client_options, service, class_name) as opened:
            yield opened

    client.__doc__ = f"A `{class_name}` client talking to the mock service."
    return pytest.fixture(client, name=f"scanclients_{service}")


def _async_client_fixture(service: str) -> Any:
    class_name = f"Async{_CLASSES[service]}"
    name = f"scanclients_async_{service}"
    doc = f"An `{class_name}` client talking to the mock service (needs pytest-asyncio)."
    # The client must be closed in the test's own event loop: pytest-asyncio runs the fixture
    # there. Without it, asking for the fixture fails with what to install.
    try:
        import pytest_asyncio
    except ImportError:

        def needs_pytest_asyncio() -> None:
            pytest.fail(f"{name} needs pytest-asyncio", pytrace=False)

        needs_pytest_asyncio.__doc__ = doc
        return pytest.fixture(needs_pytest_asyncio, name=name)

    async def client(
        scanclients_mock: MockService, scanclients_client_options: dict[str, Any]
    ) -> AsyncIterator[Any]:
        options = scanclients_client_options
        async with _client(scanclients_mock, options, service, class_name) as opened:
            yield opened

    client.__doc__ = doc
    return pytest_asyncio.fixture(client, name=name)


scanclients_pdcp = _client_fixture("pdcp")
scanclients_hostedscan = _client_fixture("hostedscan")
scanclients_async_pdcp = _async_client_fixture("pdcp")
scanclients_async_hostedscan = _async_client_fixture("hostedscan")

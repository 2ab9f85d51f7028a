"""Fixtures and hooks only (plain code lives in tests/helpers.py and its neighbours): the project's
own mock service over loopback, every request checked against its spec (tests/traffic.py), the spec
coverage check run last and told whether the run is the whole suite, and the end-of-run reports."""

from __future__ import annotations

import pickle
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scanclients._core import flow as _flow
from scanclients.mock import MockService
from tests import faults, traffic
from tests.helpers import KEY, REPORTS, ROOT, report
from tests.spec_coverage import SERVICES, measure


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


@pytest.fixture
def cli_env(mock: MockService, monkeypatch: pytest.MonkeyPatch) -> MockService:
    """The command line's environment pointed at the mock: both services' key, no PDCP team."""
    monkeypatch.setenv("PDCP_API_KEY", KEY)
    monkeypatch.setenv("HOSTEDSCAN_API_KEY", KEY)
    monkeypatch.setenv("PDCP_API_SERVER", mock.pdcp_url)
    monkeypatch.setenv("HOSTEDSCAN_BASE_URL", mock.hostedscan_url)
    monkeypatch.delenv("PDCP_TEAM_ID", raising=False)
    return mock


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty home directory and no PDCP variables: the credentials are what the test writes."""
    for name in ("PDCP_API_KEY", "PDCP_TEAM_ID", "PDCP_API_SERVER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the wrapper slept, recorded instead of slept, without jitter (exact delays)."""
    recorded: list[float] = []
    monkeypatch.setattr(time, "sleep", recorded.append)
    monkeypatch.setattr("random.random", lambda: 0.0)
    return recorded


# --- every request the wrapper sends, anywhere in the suite, is checked against its spec ---------


@pytest.fixture(scope="session", autouse=True)
def _check_every_request() -> Iterator[None]:
    checked_sync, checked_async = traffic.checked(_flow._perform_sync, _flow._perform_async)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_flow, "_perform_sync", checked_sync)
        patch.setattr(_flow, "_perform_async", checked_async)
        yield


@pytest.fixture(autouse=True)
def _no_request_breaks_the_spec() -> Iterator[None]:
    traffic.VIOLATIONS.clear()
    yield
    assert traffic.VIOLATIONS == [], "the wrapper sent requests that break the spec:\n" + "\n".join(
        traffic.VIOLATIONS
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Spec coverage is measured on the traffic of every other test: run it last."""
    items.sort(key=lambda item: item.path.name == "test_spec_coverage.py")


# Spec coverage means something only over the whole suite: count what -k, -m, --lf... deselect.
_DESELECTED = pytest.StashKey[int]()


def pytest_deselected(items: list[pytest.Item]) -> None:
    if items:
        stash = items[0].config.stash
        stash[_DESELECTED] = stash.get(_DESELECTED, 0) + len(items)


def pytest_collection_finish(session: pytest.Session) -> None:
    deselected = session.config.stash.get(_DESELECTED, 0)
    session.config.stash[traffic.WHOLE_SUITE] = traffic.whole_suite(session.items, deselected)


# --- a run spread over pytest-xdist workers (`pytest -n 2`) ----------------------------------------
# Each worker records only the traffic and the fault matrix cells of its share of the tests: it
# hands them to the controller, which measures the spec coverage and draws the matrix once all are
# done. A coverage shortfall found there fails the run (exit status 1) and is said in the report.

_HANDED = pytest.StashKey[list[bytes]]()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    handed = getattr(node, "workeroutput", {}).get("scanclients")
    if handed is not None:
        node.config.stash.setdefault(_HANDED, []).append(handed)


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    if hasattr(config, "workeroutput"):
        whole = config.stash.get(traffic.WHOLE_SUITE, "a worker did not collect")
        cells = config.stash.get(faults.CELLS, {})
        config.workeroutput["scanclients"] = pickle.dumps((traffic.TRAFFIC.dump(), whole, cells))
        return
    if _HANDED not in config.stash:
        return
    merged = traffic.Traffic()
    reasons: set[str] = set()
    cells: dict[tuple[str, bool, str], str] = {}
    for handed in config.stash[_HANDED]:
        dumped, whole, worker_cells = pickle.loads(handed)
        merged.add(dumped)
        reasons.add(whole)
        cells.update(worker_cells)
    if cells:
        report(config, "fault matrix", faults.matrix(cells))
    if reasons != {""}:
        why = "; ".join(sorted(reasons - {""}))
        report(config, "spec coverage", [f"measured over the whole suite only ({why})"])
        return
    measured = [measure(service, merged) for service in SERVICES]
    problems = [problem for _, problem in measured if problem]
    report(
        config, "spec coverage", [line for line, _ in measured] + [f"FAILED: {p}" for p in problems]
    )
    if problems:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    for title, lines in config.stash.get(REPORTS, {}).items():
        terminalreporter.write_sep("-", title)
        for line in lines:
            terminalreporter.write_line(line)

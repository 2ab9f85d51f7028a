"""The pytest plugin, used as a user would: a test suite of their own, in another directory.

The plugin is found through its `pytest11` entry point (this project is installed in its .venv);
nothing in the suite imports it. tests/packaging/test_packaging.py checks the same from the built wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

USER_CONFTEST = """
    import pytest


    @pytest.fixture(scope="session")
    def scanclients_client_options():
        # No retries: a fault reaches the test at once.
        return {"api_key": "my-test-key", "max_retries": 0}
"""

USER_SUITE = """
    import pytest

    from scanclients import errors


    def test_a_created_scan_is_counted(scanclients_hostedscan, scanclients_mock):
        scan = scanclients_hostedscan.scans.create_and_wait(
            type="NMAP", targets=["example.com"], poll_interval=0.01
        )
        assert scan.state == "SUCCEEDED"
        assert scanclients_mock.stats() == {"pdcp": 0, "hostedscan": 1}


    def test_pdcp_scans_are_counted(scanclients_pdcp, scanclients_mock):
        scanclients_pdcp.scans.create(targets=["a.example.com"])
        scanclients_pdcp.scans.create(targets=["b.example.com"])
        assert scanclients_mock.stats() == {"pdcp": 2, "hostedscan": 0}


    def test_every_test_starts_with_no_scans(scanclients_mock):
        assert scanclients_mock.stats() == {"pdcp": 0, "hostedscan": 0}


    def test_pdcp_lists_and_follows_the_scans_created(scanclients_pdcp):
        first = scanclients_pdcp.scans.create(targets=["a.example.com"]).id
        second = scanclients_pdcp.scans.create(targets=["b.example.com"]).id
        assert [scan.scan_id for scan in scanclients_pdcp.scans.list()] == [second, first]
        assert scanclients_pdcp.scans.wait(first, poll_interval=0.01).status == "finished"
        scanclients_pdcp.scans.delete(first)
        assert [scan.scan_id for scan in scanclients_pdcp.scans.list()] == [second]
        with pytest.raises(errors.NotFoundError):
            scanclients_pdcp.scans.wait("nope", poll_interval=0.01)
        with pytest.raises(errors.NotFoundError):
            scanclients_pdcp.scans.get(first)


    def test_a_fault_injected_by_the_fixture(scanclients_pdcp, scanclients_fault, scanclients_mock):
        scanclients_fault("server-error")
        with pytest.raises(errors.InternalServerError) as caught:
            scanclients_pdcp.scans.create(targets=["example.com"])
        assert caught.value.maybe_created
        assert scanclients_mock.stats()["pdcp"] == 1  # the work was done before the 500
        scanclients_fault(None)
        scanclients_pdcp.scans.create(targets=["example.com"])
        assert scanclients_mock.stats()["pdcp"] == 2


    @pytest.mark.scanclients_fault("unavailable")
    def test_a_fault_set_by_the_marker(scanclients_hostedscan, scanclients_mock):
        with pytest.raises(errors.APIStatusError) as caught:
            scanclients_hostedscan.scans.create(type="NMAP", targets=["example.com"])
        assert caught.value.status_code == 503
        assert scanclients_mock.stats()["hostedscan"] == 0


    def test_the_fault_ended_with_its_test(scanclients_hostedscan, scanclients_mock):
        scanclients_hostedscan.scans.create(type="NMAP", targets=["example.com"])
        assert scanclients_mock.stats()["hostedscan"] == 1


    @pytest.mark.asyncio
    async def test_async_clients(scanclients_async_pdcp, scanclients_async_hostedscan, scanclients_mock):
        await scanclients_async_pdcp.scans.create(targets=["example.com"])
        scan = await scanclients_async_hostedscan.scans.create(type="NMAP", targets=["a.com"])
        assert scan.id
        assert scanclients_mock.stats() == {"pdcp": 1, "hostedscan": 1}


    def test_an_unknown_fault_is_refused(scanclients_fault):
        scanclients_fault("nope")
"""


def _run_suite(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    environment.pop("PYTHONPATH", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-v", *args],
        cwd=directory,
        env=environment,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="module")
def suite(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    directory = tmp_path_factory.mktemp("user_project")
    (directory / "pytest.ini").write_text(
        "[pytest]\nasyncio_default_fixture_loop_scope = function\n"
    )
    (directory / "conftest.py").write_text(textwrap.dedent(USER_CONFTEST))
    (directory / "test_my_code.py").write_text(textwrap.dedent(USER_SUITE))
    return _run_suite(directory)


def test_a_user_suite_passes_with_the_fixtures(suite: subprocess.CompletedProcess[str]) -> None:
    assert "1 failed, 8 passed" in suite.stdout, suite.stdout + suite.stderr
    for name in (
        "test_a_created_scan_is_counted",
        "test_pdcp_scans_are_counted",
        "test_every_test_starts_with_no_scans",
        "test_pdcp_lists_and_follows_the_scans_created",
        "test_a_fault_injected_by_the_fixture",
        "test_a_fault_set_by_the_marker",
        "test_the_fault_ended_with_its_test",
        "test_async_clients",
    ):
        assert f"test_my_code.py::{name} PASSED" in suite.stdout, name


def test_a_bad_fault_fails_its_test_with_the_reason(
    suite: subprocess.CompletedProcess[str],
) -> None:
    assert "test_my_code.py::test_an_unknown_fault_is_refused FAILED" in suite.stdout
    assert "scanclients_fault: unknown fault 'nope'" in suite.stdout
    assert "During handling" not in suite.stdout


def test_the_fixtures_are_listed_with_their_documentation(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    result = _run_suite(tmp_path, "--fixtures")
    for name in (
        "scanclients_mock",
        "scanclients_fault",
        "scanclients_pdcp",
        "scanclients_async_pdcp",
        "scanclients_hostedscan",
        "scanclients_async_hostedscan",
        "scanclients_mock_options",
        "scanclients_client_options",
    ):
        assert name in result.stdout, name
    assert "A `PDCP` client talking to the mock service." in result.stdout

"""Warnings on the command line: printed once, on stderr, and never a runaway.

Each command runs as a real subprocess under a memory limit: a warning used to be re-shown inside
the `catch_warnings` that recorded it, so that the list grew while it was read (20 GB in three
minutes for `pdcp whoami` with a world-readable credentials file).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scanclients import PDCP
from scanclients.mock import MockService, serve
from tests.helpers import KEY

MEMORY_LIMIT = 2 * 1024**3  # address space: a runaway dies here instead of eating the machine
WHOAMI_SECONDS = 1.0  # the runaway of the issue: `pdcp whoami`, one request to the local mock
COMMAND_SECONDS = 5.0  # a command with requests to the mock, on a loaded 2-core machine

# The command timed after the imports (interpreter start-up is not the command's doing); the
# seconds are the last line of stderr. With INJECT set, the HostedScan client warns when built
# (HostedScan has no warning of its own).
_TIMED = """
import os, sys, time, warnings
import scanclients
from scanclients._cli import main
if os.environ.get("INJECT"):
    real = scanclients.HostedScan.__init__
    def init(self, *args, **kwargs):
        warnings.warn("an injected warning", UserWarning, stacklevel=2)
        real(self, *args, **kwargs)
    scanclients.HostedScan.__init__ = init
started = time.monotonic()
try:
    main(sys.argv[1:])
finally:
    sys.stderr.write(f"\\n{time.monotonic() - started}\\n")
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, Any]:
    """(seconds the command took, the finished process)."""
    result = subprocess.run(
        [sys.executable, "-c", _TIMED, *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
    )
    lines = result.stderr.rstrip().splitlines()
    elapsed = float(lines[-1]) if lines else float("inf")
    return elapsed, result


@pytest.fixture(scope="module")
def truncating_mock() -> Iterator[MockService]:
    with serve(scan_seconds=0, max_targets=1) as service:
        yield service


@pytest.fixture
def unsafe_home(tmp_path: Path, truncating_mock: MockService) -> dict[str, str]:
    """No PDCP_API_KEY, and a credentials file other users may read, naming the mock's server."""
    folder = tmp_path / ".pdcp"
    folder.mkdir()
    path = folder / "credentials.yaml"
    path.write_text(f"- username: a\n  api-key: {KEY}\n  server: {truncating_mock.pdcp_url}\n")
    path.chmod(0o644)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PDCP_", "HOSTEDSCAN_"))}
    env.update(
        HOME=str(tmp_path),
        HOSTEDSCAN_API_KEY=KEY,
        HOSTEDSCAN_BASE_URL=truncating_mock.hostedscan_url,
        COLUMNS="200",
    )
    return env


def _scan_id(mock: MockService) -> str:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as client:
        scan_id = client.scans.create(targets=["a.example.com"]).id
    assert scan_id
    return scan_id


PDCP_COMMANDS = [
    ["pdcp", "whoami"],
    ["pdcp", "whoami", "--json"],
    ["pdcp", "scans", "list"],
    ["pdcp", "scans", "list", "--json"],
    ["pdcp", "scans", "get", "{id}"],
    ["pdcp", "scans", "wait", "{id}"],
    ["pdcp", "scans", "findings", "{id}"],
    ["pdcp", "call", "scans", "list"],
    ["pdcp", "create", "-t", "a.example.com", "--json"],
]


def test_the_whoami_runaway_ends_in_under_a_second_with_the_warning(
    unsafe_home: dict[str, str],
) -> None:
    elapsed, result = _run(["pdcp", "whoami"], unsafe_home)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("warning: ") == 1, result.stderr
    assert "chmod 600" in result.stderr
    assert elapsed < WHOAMI_SECONDS, elapsed


@pytest.mark.parametrize("argv", PDCP_COMMANDS, ids=" ".join)
def test_the_credentials_file_warning_is_printed_once_and_the_command_ends(
    argv: list[str], unsafe_home: dict[str, str], truncating_mock: MockService
) -> None:
    scan_id = _scan_id(truncating_mock)
    elapsed, result = _run([part.format(id=scan_id) for part in argv], unsafe_home)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(lines) == 1, result.stderr
    assert "other users may read it (mode 0644)" in lines[0]
    assert "chmod 600" in lines[0]
    assert "warning" not in result.stdout
    assert elapsed < COMMAND_SECONDS, elapsed


def test_truncated_targets_and_the_credentials_file_both_show(unsafe_home: dict[str, str]) -> None:
    argv = ["pdcp", "scans", "create", "-t", "a.example.com", "-t", "b.example.com"]
    elapsed, result = _run(argv, unsafe_home)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(lines) == 2, result.stderr
    assert any("chmod 600" in line for line in lines)
    assert any("1 of 2" in line or "dropped" in line or "truncat" in line for line in lines), lines
    assert elapsed < COMMAND_SECONDS, elapsed


@pytest.mark.parametrize(
    "argv",
    [
        ["hostedscan", "list"],
        ["hostedscan", "scans", "list", "--json"],
        ["hostedscan", "targets", "list"],
        ["hostedscan", "risks", "list"],
    ],
    ids=" ".join,
)
def test_any_warning_on_the_hostedscan_group_is_printed_once(
    argv: list[str], unsafe_home: dict[str, str]
) -> None:
    elapsed, result = _run(argv, {**unsafe_home, "INJECT": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines().count("warning: an injected warning") == 1, result.stderr
    assert elapsed < COMMAND_SECONDS, elapsed

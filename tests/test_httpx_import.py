"""A client of either service comes in without httpx's own command line (click, pygments, rich), and
httpx's command line still runs afterwards: traced in a fresh process."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("client", ["HostedScan", "PDCP"])
def test_a_client_imports_neither_rich_nor_pygments_nor_click(client: str) -> None:
    pytest.importorskip("rich")  # without it, httpx would not import its command line anyway
    run = _run(
        "import sys\n"
        f"from scanclients import {client}\n"
        f"{client}(api_key='k', base_url='http://127.0.0.1:9').close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'pygments', 'click')))\n"
        "print('httpx._main' in sys.modules)\n"
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["[]", "False"]


def test_httpx_own_command_line_still_runs_after_the_client_deferred_it() -> None:
    pytest.importorskip("rich")
    run = _run(
        "import sys\n"
        "from scanclients import HostedScan\n"
        "import httpx\n"
        "sys.argv = ['httpx', '--help']\n"
        "httpx.main()\n"
    )
    assert run.returncode == 0, run.stderr
    assert "Usage: httpx <URL> [OPTIONS]" in run.stdout


def test_httpx_main_imported_directly_is_the_real_module() -> None:
    pytest.importorskip("rich")
    run = _run(
        "from scanclients import HostedScan\n"
        "import httpx._main\n"
        "print(hasattr(httpx._main, 'print_response'), type(httpx._main.main).__name__)\n"
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "Command"]

"""The command line imports only what the command run needs: traced with `python -X importtime`
in a fresh process, against the mock service over loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from scanclients import PDCP, HostedScan
from tests.helpers import KEY, ROOT

# The command run as the console script runs it, and every module in the process at its exit
# (`-X importtime` misses what importlib imports, as the lazy tree does: sys.modules has it all).
_RUN = (
    "import atexit, json, sys\n"
    "atexit.register(lambda: sys.stderr.write('\\nMODULES ' + json.dumps(sorted(sys.modules))))\n"
    "PRELUDE\n"
    "from scanclients._command import main\n"
    "sys.argv[0] = 'scanclients'\n"
    "main()\n"
)


def _traced(
    *arguments: str, env: dict[str, str] | None = None, prelude: str = ""
) -> tuple[int, str, set[str]]:
    """Run `scanclients ARGS` in a fresh process: exit code, stdout, every module imported."""
    environment = {**os.environ, **(env or {}), "COLUMNS": "80"}
    run = subprocess.run(
        [sys.executable, "-c", _RUN.replace("PRELUDE", prelude), *arguments],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    listed = run.stderr.rsplit("\nMODULES ", 1)
    assert len(listed) == 2, run.stderr
    return run.returncode, run.stdout, set(json.loads(listed[1]))


def _any(modules: set[str], *prefixes: str) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


_HS_MODELS = "scanclients._generated.hostedscan_models.models"


_HS_ENUMS = {
    path.stem
    for path in (ROOT / "generated" / "hostedscan_models" / "models").glob("*.py")
    if "(StrEnum)" in path.read_text()
}


def _model_modules(modules: set[str], *starts: str) -> list[str]:
    """The HostedScan model modules imported (the enums aside: the operations table names them)
    whose name starts with one of `starts`."""
    names = [m.rpartition(".")[2] for m in modules if m.startswith(f"{_HS_MODELS}.")]
    return sorted(name for name in names if name.startswith(starts) and name not in _HS_ENUMS)


def test_pdcp_scans_get_imports_no_hostedscan_model_no_rich_and_no_mock(mock) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        scan_id = pd.scans.create(targets=["example.com"]).id
    code, out, modules = _traced(
        "pdcp",
        "scans",
        "get",
        scan_id,
        "--json",
        env={"PDCP_API_KEY": KEY, "PDCP_API_SERVER": mock.pdcp_url},
    )
    assert code == 0, out
    assert json.loads(out)["scan_id"] == scan_id
    assert "scanclients._pdcp.client" in modules  # the trace did see the command's own work
    assert "scanclients._cli.pdcp.scans" in modules
    assert _any(modules, "scanclients._generated.hostedscan_models") == []
    assert _any(modules, "scanclients._hostedscan", "scanclients._cli.hostedscan") == []
    assert _any(modules, "rich", "pygments") == []
    assert _any(modules, "scanclients.mock", "uvicorn", "openapi_core") == []


def test_hostedscan_targets_get_imports_no_findings_no_pdcp_model_no_rich_and_no_mock(
    mock,
) -> None:
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        target_id = hs.targets.create(target="lazy.example.com").id
    code, out, modules = _traced(
        "hostedscan",
        "targets",
        "get",
        target_id,
        "--json",
        env={"HOSTEDSCAN_API_KEY": KEY, "HOSTEDSCAN_BASE_URL": mock.hostedscan_url},
    )
    assert code == 0, out
    assert json.loads(out)["target"] == "lazy.example.com"
    assert "scanclients._hostedscan.client" in modules  # the trace did see the command's own work
    assert "scanclients._cli.hostedscan.targets" in modules
    assert _any(modules, "scanclients.findings", "scanclients._cli.findings") == []
    assert _any(modules, "scanclients._cli.hostedscan.scan_create") == []
    assert _any(modules, "scanclients._cli.hostedscan.risks") == []
    assert _any(modules, "scanclients._generated.pdcp_client", "scanclients._pdcp") == []
    assert _any(modules, "scanclients._cli.pdcp") == []
    assert _any(modules, "rich", "pygments", "yaml") == []
    assert _any(modules, "scanclients.mock", "uvicorn", "openapi_core") == []
    # HostedScan's models load by class: a target's, not a scan's, a risk's or a report's.
    assert f"{_HS_MODELS}.target_envelope" in modules
    assert _model_modules(modules, "scan", "risk", "report", "webhook", "create") == []


def test_hostedscan_get_imports_no_findings(mock) -> None:
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        scan_id = hs.scans.create(type="NMAP", targets=["lazy.example.com"]).id
    code, out, modules = _traced(
        "hostedscan",
        "get",
        scan_id,
        "--json",
        env={"HOSTEDSCAN_API_KEY": KEY, "HOSTEDSCAN_BASE_URL": mock.hostedscan_url},
    )
    assert code == 0, out
    assert json.loads(out)["id"] == scan_id
    assert "scanclients._cli.hostedscan.group" in modules
    assert _any(modules, "scanclients.findings", "scanclients._cli.findings") == []
    assert _any(modules, "rich", "pygments", "scanclients.mock") == []
    assert f"{_HS_MODELS}.scan_envelope" in modules
    # A scan names its risks by id (RiskRef): no Risk, no risk definition, no target, no report.
    assert f"{_HS_MODELS}.risk" not in modules
    unrelated = ("target", "risk_definition", "risk_envelope", "risk_list", "report", "webhook")
    assert _model_modules(modules, *unrelated, "risk_event", "create") == []


def test_the_root_help_imports_no_command_and_no_service() -> None:
    code, out, modules = _traced("--help")
    assert code == 0
    assert "pdcp        ProjectDiscovery Cloud Platform (key: PDCP_API_KEY)." in out
    assert _any(modules, "scanclients._cli.pdcp", "scanclients._cli.hostedscan") == []
    assert (
        _any(modules, "scanclients._pdcp", "scanclients._hostedscan", "scanclients._generated")
        == []
    )
    assert _any(modules, "rich", "pygments", "scanclients.mock", "scanclients.findings") == []


def test_the_root_help_written_in_the_tree_is_each_groups_own() -> None:
    # Listed before anything is imported (from the tree) and after (from the commands themselves).
    code, before, modules = _traced("--help")
    assert code == 0
    assert "scanclients._cli.pdcp.group" not in modules
    every = "from scanclients._cli import cli\nfor n in list(cli.commands): cli.commands[n]"
    code, after, modules = _traced("--help", prelude=every)
    assert code == 0
    assert "scanclients._cli.pdcp.group" in modules
    assert before == after


def test_a_group_imports_only_the_command_run() -> None:
    code, out, modules = _traced("pdcp", "scope", "-t", "a.example.com", "--json")
    assert code == 0, out
    assert "scanclients._cli.pdcp.group" in modules
    assert _any(modules, "scanclients._cli.pdcp.findings", "scanclients._cli.pdcp.call") == []
    assert _any(modules, "scanclients._cli.pdcp.scans", "scanclients.findings") == []


def test_a_table_for_people_still_draws_with_rich(mock) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        scan_id = pd.scans.create(targets=["example.com"], name="nightly").id
    code, out, modules = _traced(
        "pdcp",
        "scans",
        "get",
        scan_id,
        # Off a terminal the table is plain tab-separated rows (no rich); FORCE_COLOR makes rich
        # treat the pipe as a terminal, where it draws.
        env={"PDCP_API_KEY": KEY, "PDCP_API_SERVER": mock.pdcp_url, "FORCE_COLOR": "1"},
    )
    assert code == 0, out
    assert scan_id in out
    assert "nightly" in out
    assert "rich.table" in modules


def test_httpx_own_command_line_still_runs_after_the_cli_deferred_it() -> None:
    code = (
        # What the console script does first (scanclients._command.main), then the command line.
        "import sys, scanclients._httpx_import as deferral\n"
        "deferral.import_httpx()\n"
        "import scanclients._cli, httpx\n"
        "assert 'rich' not in sys.modules, 'rich was imported with httpx'\n"
        "sys.argv = ['httpx', '--help']\n"
        "httpx.main()\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "Usage: httpx <URL> [OPTIONS]" in run.stdout

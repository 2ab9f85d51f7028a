"""The `scanclients` command, run for real against the mock service."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import scanclients._cli
from scanclients import webhooks
from scanclients._cli import cli
from scanclients._core.polling import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
)
from tests.helpers import KEY, fast_retries


@pytest.fixture
def run(cli_env):
    runner = CliRunner()

    def invoke(*arguments: str, stdin: str | bytes | None = None):
        return runner.invoke(cli, list(arguments), input=stdin, catch_exceptions=False)

    return invoke


def test_pdcp_create_reaches_every_property(run, mock, tmp_path) -> None:
    template = tmp_path / "check.yaml"
    template.write_text("id: check\n")
    result = run(
        "pdcp",
        "create",
        "-t",
        "a.example.com",
        "--targets-file",
        "-",
        "--template",
        "http/cves/",
        "--private-template",
        str(template),
        "--exclude",
        "*.staging.example.com",
        "--name",
        "nightly",
        "--team-id",
        "team-1",
        "--set",
        "recommended=true",
        "--set",
        'agent_tags=["dc1"]',
        "--set",
        'asset_filters={"time": "last_day"}',
        "--set",
        "socks5_proxy=socks5://127.0.0.1:1",
        "--json",
        stdin="b.example.com\n\n# a comment\nc.example.com\n",
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    (stored,) = mock.pdcp.scans.values()
    assert document["id"] in mock.pdcp.scans
    assert document["truncated-scan-targets"] == 0
    assert stored["team_id"] == "team-1"
    assert stored["request"] == {
        "targets": ["a.example.com", "b.example.com", "c.example.com"],
        "templates": ["http/cves/"],
        "private_templates": [{"name": "check.yaml", "contents": "id: check\n"}],
        "exclusions": ["*.staging.example.com"],
        "name": "nightly",
        "recommended": True,
        "agent_tags": ["dc1"],
        "asset_filters": {"time": "last_day"},
        "socks5_proxy": "socks5://127.0.0.1:1",
    }


def test_pdcp_create_prints_a_readable_summary(run) -> None:
    result = run("pdcp", "create", "-t", "example.com")
    assert result.exit_code == 0
    # Off a terminal: tab-separated rows, whole values, no colour.
    assert result.stdout.splitlines()[1] == "message\tscan created"
    assert result.stdout.splitlines()[0].split("\t")[0] == "id"
    assert "\x1b[" not in result.stdout


def test_a_validation_error_is_one_line_and_exit_2(run, mock) -> None:
    result = run("pdcp", "create", "-t", "example.com", "--set", "recommended=yes")
    assert result.exit_code == 2
    assert result.stderr == "error: recommended: Input should be a valid boolean, got str 'yes'\n"
    assert mock.stats()["pdcp"] == 0


def test_a_bad_set_is_a_usage_error(run) -> None:
    result = run("pdcp", "create", "--set", "novalue")
    assert result.exit_code == 2
    assert "is not KEY=VALUE" in result.stderr


def test_an_api_error_is_one_line_and_exit_1(run, mock) -> None:
    mock.settings.api_key = "other"
    try:
        result = run("pdcp", "create", "-t", "example.com")
    finally:
        mock.settings.api_key = None
    assert result.exit_code == 1
    assert result.stderr.startswith("error: PDCP: 401 invalid API key")
    # One line of error, one of what to do (where the key came from; never the key).
    assert result.stderr.count("\n") == 2
    assert result.stderr.splitlines()[1].startswith("hint: the key came from the environment")
    assert KEY not in result.output


def test_a_network_error_is_exit_1(run, monkeypatch) -> None:
    fast_retries(monkeypatch)
    result = run("hostedscan", "--base-url", "http://127.0.0.1:9", "get", "s1")
    assert result.exit_code == 1
    assert "error: HostedScan: GET /v1/scans/s1 failed" in result.stderr


def test_a_missing_key_is_exit_2_and_names_the_variable(run, monkeypatch) -> None:
    monkeypatch.delenv("HOSTEDSCAN_API_KEY")
    result = run("hostedscan", "list")
    assert result.exit_code == 2
    assert "HOSTEDSCAN_API_KEY" in result.stderr


def test_debug_shows_a_traceback_and_attempt_logs_but_never_the_key(run, mock) -> None:
    mock.settings.fault = "server-error"
    result = run("hostedscan", "get", "nope", "--debug")
    assert result.exit_code == 1
    assert "Traceback" in result.stderr
    assert "GET /v1/scans/nope -> 500 (attempt 1/3" in result.stderr
    assert KEY not in result.output


def test_pdcp_scope(run) -> None:
    result = run(
        "pdcp",
        "scope",
        "-t",
        "a.staging.example.com",
        "-t",
        "prod-1.example.com",
        "--exclude",
        "*.staging.example.com",
        "--json",
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "included": ["prod-1.example.com"],
        "excluded": {"a.staging.example.com": "*.staging.example.com"},
        "allowlist_mode": False,
    }
    bad = run("pdcp", "scope", "-t", "a.com", "--exclude", "10.0.0.0/33")
    assert bad.exit_code == 2
    assert "exclusions[0]" in bad.stderr


def test_hostedscan_create_wait_get_list_download(run, mock, tmp_path) -> None:
    created = run(
        "hostedscan",
        "create",
        "--type",
        "NMAP",
        "-t",
        "example.com",
        "--wait",
        "--poll-interval",
        "0.01",
        "--json",
    )
    assert created.exit_code == 0, created.output
    scan = json.loads(created.stdout)
    assert scan["state"] == "SUCCEEDED"
    assert "SUCCEEDED 100%" in created.stderr  # progress, one line a change when not a terminal
    shown = json.loads(run("hostedscan", "get", scan["id"], "--json").stdout)
    assert shown["id"] == scan["id"]
    listed = json.loads(run("hostedscan", "list", "--json").stdout)
    assert [s["id"] for s in listed] == [scan["id"]]
    table = run("hostedscan", "list").stdout.splitlines()
    assert table[0].split("\t") == ["id", "type", "state", "progress"]
    assert [line.split("\t")[0] for line in table[1:]] == [scan["id"]]
    waited = run("hostedscan", "wait", scan["id"], "--json")
    assert json.loads(waited.stdout)["state"] == "SUCCEEDED"
    pdf = next(r for r in scan["results"] if r["content_type"] == "application/pdf")
    target = tmp_path / "report.pdf"
    downloaded = run("hostedscan", "download", pdf["result_id"], "-o", str(target), "--json")
    assert downloaded.exit_code == 0
    assert json.loads(downloaded.stdout) == {
        "result_id": pdf["result_id"],
        "path": str(target),
        "bytes": target.stat().st_size,
    }
    assert target.read_bytes().startswith(b"%PDF")


def test_a_failed_scan_exits_3_and_still_prints_it(run) -> None:
    result = run(
        "hostedscan",
        "create",
        "--type",
        "NMAP",
        "-t",
        "x.fail.invalid",
        "--wait",
        "--poll-interval",
        "0.01",
        "--json",
    )
    assert result.exit_code == 3
    assert json.loads(result.stdout)["state"] == "FAILED"
    assert "ended FAILED" in result.stderr


def test_a_wait_that_times_out_exits_4(run, mock) -> None:
    mock.settings.scan_seconds = 60
    scan = json.loads(run("hostedscan", "create", "--type", "NMAP", "-t", "a.com", "--json").stdout)
    result = run("hostedscan", "wait", scan["id"], "--timeout", "0.5", "--poll-interval", "0.05")
    assert result.exit_code == 4
    assert "still QUEUED" in result.stderr


def test_an_unknown_scan_type_is_a_usage_error(run) -> None:
    result = run("hostedscan", "create", "--type", "NUCLEI", "-t", "a.com")
    assert result.exit_code == 2
    assert "'NUCLEI' is not one of" in result.stderr


def test_webhook_verify(run, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOOK_SECRET", "s3cret")
    body = json.dumps(
        {
            "id": "e1",
            "created_at": 1,
            "type": "scan.created",
            "data": {"id": "s1", "state": "QUEUED"},
        }
    ).encode()
    headers = webhooks.sign(body, "s3cret")
    raw = b"POST /hook HTTP/1.1\r\n" + b"".join(
        f"{k}: {v}\r\n".encode() for k, v in headers.items()
    )
    request = tmp_path / "request.http"
    request.write_bytes(raw + b"Content-Type: application/json\r\n\r\n" + body)
    result = run("webhook", "verify", str(request), "--secret-env", "HOOK_SECRET", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["event"]["type"] == "scan.created"
    stdin = run("webhook", "verify", "--secret-env", "HOOK_SECRET", stdin=request.read_bytes())
    assert stdin.exit_code == 0
    request.write_bytes(raw + b"\r\n" + body.replace(b"QUEUED", b"RUNNING"))
    tampered = run("webhook", "verify", str(request), "--secret-env", "HOOK_SECRET")
    assert tampered.exit_code == 1
    assert "does not match the body" in tampered.stderr
    unset = run("webhook", "verify", str(request), "--secret-env", "NOT_SET_ANYWHERE")
    assert unset.exit_code == 2
    assert "NOT_SET_ANYWHERE is not set" in unset.stderr


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["pdcp"],
        ["pdcp", "create"],
        ["pdcp", "scope"],
        ["hostedscan"],
        ["hostedscan", "create"],
        ["hostedscan", "get"],
        ["hostedscan", "list"],
        ["hostedscan", "wait"],
        ["hostedscan", "download"],
        ["webhook", "verify"],
    ],
)
def test_every_help_reads(command) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output
    assert len(result.output.splitlines()) > 3


def test_the_module_and_mock_help_run_as_processes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scanclients", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "Exit codes:" in result.stdout
    mock_help = subprocess.run(
        [sys.executable, "-m", "scanclients", "mock", "--help"], capture_output=True, text=True
    )
    assert mock_help.returncode == 0
    assert "--hostedscan-port" in mock_help.stdout


def _cli_modules() -> list[Path]:
    return sorted(Path(scanclients._cli.__file__).parent.rglob("*.py"))


def _imported_from_scanclients(path: Path, node: ast.AST) -> list[str]:
    """What an import of `path` takes from scanclients outside `_cli`, as dotted names below
    `scanclients` (a relative import resolved from the module's own package)."""
    package = ["scanclients", *path.relative_to(Path(scanclients.__file__).parent).parent.parts]
    if isinstance(node, ast.ImportFrom):
        if node.level:
            base = package[: len(package) - node.level + 1]
            module = ".".join([*base, *([node.module] if node.module else [])])
        else:
            module = node.module or ""
        if not module.startswith("scanclients") or module.startswith("scanclients._cli"):
            return []
        below = module.removeprefix("scanclients").lstrip(".")
        return [".".join(filter(None, [below, alias.name])) for alias in node.names]
    if isinstance(node, ast.Import):
        return [
            a.name.removeprefix("scanclients.")
            for a in node.names
            if a.name.startswith("scanclients")
        ]
    if isinstance(node, ast.Attribute):
        return [node.attr]
    return []


def test_the_command_line_uses_only_public_names_of_scanclients() -> None:
    # `scanclients._cli` is private and imports its own modules; anything else of scanclients it
    # uses must be public, so the library's private modules can move without breaking it.
    modules = _cli_modules()
    assert any(path.parent.name == "pdcp" for path in modules)  # the nested groups are read too
    private = []
    for path in modules:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for name in _imported_from_scanclients(path, node):
                if any(p.startswith("_") and not p.startswith("__") for p in name.split(".")):
                    private.append(f"{path.name}:{getattr(node, 'lineno', '?')} {name}")
    assert private == []


def test_every_command_defined_is_in_the_tree() -> None:
    placed: set[int] = set()

    def walk(command: click.Command) -> None:
        placed.add(id(command))
        for child in getattr(command, "commands", {}).values():
            walk(child)

    walk(cli)
    defined = {
        f"{module}.{name}"
        for module, members in _cli_members()
        for name, value in members
        if isinstance(value, click.Command) and id(value) not in placed
    }
    assert defined == set()


def _cli_members() -> list[tuple[str, list[tuple[str, object]]]]:
    found = []
    package = Path(scanclients._cli.__file__).parent
    for path in _cli_modules():
        name = ".".join(path.relative_to(package).with_suffix("").parts)
        module = importlib.import_module(f"scanclients._cli.{name}".removesuffix(".__init__"))
        found.append((name, list(vars(module).items())))
    return found


@pytest.mark.parametrize(
    "command",
    [["pdcp", "scans", "wait"], ["pdcp", "scans", "create"], ["hostedscan", "wait"]],
    ids=" ".join,
)
def test_the_wait_options_state_the_library_defaults(command: list[str]) -> None:
    # The command line leaves the defaults to the library and only says them: held together here.
    shown = " ".join(CliRunner().invoke(cli, [*command, "--help"]).output.split())
    assert f"(default {DEFAULT_WAIT_TIMEOUT:g})" in shown
    assert f"polls (default {DEFAULT_POLL_INTERVAL:g});" in shown
    assert f"up to {DEFAULT_MAX_POLL_INTERVAL:g} s" in shown

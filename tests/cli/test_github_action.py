"""The GitHub Action (action.yml): its run steps, run as the runner runs them (`bash --noprofile
--norc -eo pipefail`, with the step's `env`), install scanclients from the checkout into a fresh
environment, scan on the mock, write the SARIF and the job summary, and fail with the gate's code."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scanclients.mock import MockService
from tests.findings.test_sarif_github import multitool_problems
from tests.findings_samples import sarif_problems
from tests.helpers import KEY

ROOT = Path(__file__).resolve().parents[2]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
STEPS = ACTION["runs"]["steps"]
EXPRESSION = re.compile(r"\$\{\{\s*([a-z0-9_.-]+)\s*\}\}")


def test_the_action_is_composite_and_uses_current_majors() -> None:
    assert ACTION["runs"]["using"] == "composite"
    uses = [step["uses"] for step in STEPS if "uses" in step]
    assert uses == ["actions/setup-python@v6", "github/codeql-action/upload-sarif@v4"]
    upload = next(s for s in STEPS if s.get("uses", "").startswith("github/codeql-action"))
    assert "steps.scan.outputs.sarif-written == 'true'" in upload["if"]
    assert STEPS[-1]["if"] == "always()"
    for step in STEPS:
        if "run" in step:
            # Inputs reach a script through its env only: an input is never spliced into bash.
            assert "${{" not in step["run"], step["run"]
            assert step["shell"] == "bash"


def run_step(
    step: dict, context: dict[str, str], env: dict[str, str], cwd: Path | None = None
) -> int:
    def value(match: re.Match[str]) -> str:
        return context[match.group(1)]

    step_env = {
        name: EXPRESSION.sub(value, str(text)) for name, text in step.get("env", {}).items()
    }
    finished = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        env={**env, **step_env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    sys.stderr.write(finished.stdout + finished.stderr)
    return finished.returncode


def outputs(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment, as setup-python leaves it, with the action's install step run."""
    venv = tmp_path_factory.mktemp("action") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    env = {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    env.pop("PYTHONPATH", None)
    install = next(s for s in STEPS if s.get("name", "").startswith("Install"))
    assert run_step(install, {"github.action_path": str(ROOT)}, env) == 0
    return venv


def test_the_action_scans_on_the_mock_uploads_summarises_and_gates(
    installed: Path, mock: MockService, tmp_path: Path
) -> None:
    workspace = tmp_path / "repo"
    (workspace / "security").mkdir(parents=True)
    (workspace / "security" / "targets.txt").write_text("example.com\nstaging.example.com\n")
    summary, output = tmp_path / "summary.md", tmp_path / "output"
    summary.write_text("")
    output.write_text("")
    env = {
        "PATH": f"{installed / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(tmp_path),
        "PDCP_API_KEY": KEY,
        "PDCP_API_SERVER": mock.pdcp_url,
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_OUTPUT": str(output),
    }
    context = {
        "github.action_path": str(ROOT),
        "inputs.command": "pdcp scans create -t staging.example.com --wait --poll-interval 0.05",
        "inputs.sarif": "scan.sarif",
        "inputs.fail-on": "high",
        "inputs.baseline": "",
        "inputs.anchor": "security/targets.txt",
    }
    scan = next(s for s in STEPS if s.get("id") == "scan")
    assert run_step(scan, context, env, cwd=workspace) == 0  # so that the upload still runs
    recorded = outputs(output)
    assert recorded == {"exit-code": "5", "sarif": "scan.sarif", "sarif-written": "true"}
    sarif = workspace / "scan.sarif"
    log = json.loads(sarif.read_text())
    assert sarif_problems(log) == []
    assert multitool_problems(sarif, tmp_path) == []
    locations = {
        (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in log["runs"][0]["results"]
    }
    assert locations == {("security/targets.txt", 2)}
    text = summary.read_text()
    assert text.startswith("## Scan findings\n\n```mermaid\npie showData")
    assert "**Gate failed**: 1 new open finding at or above **high**:" in text
    gate = STEPS[-1]
    assert run_step(gate, {"steps.scan.outputs.exit-code": recorded["exit-code"]}, env) == 5
    assert run_step(gate, {"steps.scan.outputs.exit-code": "0"}, env) == 0

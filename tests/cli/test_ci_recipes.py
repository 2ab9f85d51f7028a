"""The README's two CI recipes, as a reader copies them: the GitHub workflow uses only the
action's inputs, and the GitLab job's script, run line by line against the mock, installs
scanclients from a git URL and writes a DAST report that GitLab's schema accepts."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from scanclients.mock import MockService
from tests.findings.test_gitlab_report import gitlab_problems
from tests.helpers import KEY

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
YAML_BLOCKS = [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", README, re.S)]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text())


def recipe(key: str) -> dict:
    (found,) = [block for block in YAML_BLOCKS if key in block]
    return found


def test_the_github_recipe_checks_out_and_uses_the_action_with_its_inputs() -> None:
    steps = recipe("jobs")["jobs"]["scan"]["steps"]
    checkout = next(s for s in steps if s.get("with", {}).get("path") == ".scanclients")
    assert checkout["uses"] == "actions/checkout@v5"
    (action,) = [s for s in steps if s.get("uses") == "./.scanclients"]
    assert set(action["with"]) <= set(ACTION["inputs"])
    assert "command" in action["with"]
    assert "upload-sarif@v3" not in README
    assert "pip install 'scanclients[cli]'" not in README


def test_the_gitlab_recipe_runs_as_written_against_the_mock(
    mock: MockService, tmp_path: Path
) -> None:
    job = recipe("dast-scan")["dast-scan"]
    assert job["artifacts"]["reports"]["dast"] == "gl-dast-report.json"
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    # The python image comes with a current pip; the pip of this machine's venv (23.2) refuses a
    # git+file URL in a requirement, so it is brought up to date first, as the Makefile does.
    subprocess.run(
        [venv / "bin" / "python", "-m", "pip", "install", "-q", "--upgrade", "pip>=25.1"],
        check=True,
        timeout=300,
    )
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    work = tmp_path / "job"
    work.mkdir()
    env = {
        "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(tmp_path),
        "SCANCLIENTS_GIT": f"{ROOT.as_uri()}@{head}",
        "PDCP_API_KEY": KEY,
        "PDCP_API_SERVER": mock.pdcp_url,
    }
    codes = []
    for line in job["script"]:
        # The mock finishes a scan at once; polling it every 0.05 s keeps the test short.
        line = line.replace("--wait", "--wait --poll-interval 0.05")
        finished = subprocess.run(
            ["bash", "-c", line], cwd=work, env=env, capture_output=True, text=True, timeout=600
        )
        sys.stderr.write(finished.stdout + finished.stderr)
        codes.append(finished.returncode)
    assert codes == [0, 5]  # installed; the scan's high finding trips the gate (the job fails)
    report = json.loads((work / "gl-dast-report.json").read_text())
    assert gitlab_problems(report) == []
    assert [v["severity"] for v in report["vulnerabilities"]].count("High") == 1
    summary = (work / "summary.md").read_text()
    assert "```mermaid" in summary

"""`scanclients completion bash|zsh|fish`: click's completion script, and completion that works."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from scanclients._cli import cli


@pytest.mark.parametrize(
    ("shell", "opening"),
    [("bash", "_scanclients_completion()"), ("zsh", "#compdef scanclients"), ("fish", "function")],
)
def test_the_script_of_each_shell_is_printed(shell: str, opening: str) -> None:
    result = CliRunner().invoke(cli, ["completion", shell])
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip().startswith(opening)
    assert "_SCANCLIENTS_COMPLETE" in result.stdout


def test_an_unknown_shell_is_a_usage_error_naming_the_choices() -> None:
    result = CliRunner().invoke(cli, ["completion", "tcsh"])
    assert result.exit_code == 2
    assert "'bash', 'zsh', 'fish'" in result.stderr


def test_the_installed_command_completes_its_subcommands() -> None:
    env = {
        **os.environ,
        "_SCANCLIENTS_COMPLETE": "bash_complete",
        "COMP_WORDS": "scanclients pdcp sc",
        "COMP_CWORD": "2",
    }
    code = "from scanclients._cli import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["plain,scans", "plain,scope"]

"""Running the pinned generator tools: version check, subprocesses, the one ruff pass.

Shared by generate.py and the per-spec steps it runs; the tools are those of the interpreter that
runs the scripts (the project's .venv), whatever PATH says.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

__all__ = ["GenerationError", "check_tool_versions", "format_tree", "run", "tool"]


class GenerationError(Exception):
    """A generator failed, or the tools are not the pinned versions."""


def check_tool_versions(pins: dict[str, str]) -> None:
    wrong = []
    for distribution, pinned in pins.items():
        try:
            installed = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            installed = "not installed"
        if installed != pinned:
            wrong.append(f"{distribution} {installed} (pinned: {pinned})")
    if wrong:
        raise GenerationError(
            "the generator tools are not the pinned versions: "
            + ", ".join(wrong)
            + ". Run `make setup`."
        )


def format_tree(top: Path, *paths: str) -> None:
    """Ruff over `paths` under `top` (all of it by default): its safe lint fixes, then its
    formatter, each one process over them all.

    The generators and the steps after them write unformatted code; ruff runs once per part of
    the output that is final (rather than per file or per step).
    --isolated: the scratch tree has no config, and this project's own config must not apply.
    """
    isolated = ["--isolated", "--target-version", "py311", "--quiet"]
    targets = list(paths) or ["."]
    run([tool("ruff"), "check", *isolated, "--fix-only", *targets], cwd=top)
    run([tool("ruff"), "format", *isolated, *targets], cwd=top)


def tool(name: str) -> str:
    # The tools of the interpreter running this script, whatever PATH says.
    return str(Path(sys.executable).parent / name)


def run(command: list[str], cwd: Path) -> None:
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        # ruff's cache would land inside the generated packages.
        "RUFF_NO_CACHE": "true",
    }
    result = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise GenerationError(
            f"{Path(command[0]).name} failed (exit {result.returncode}):\n{output}"
        )

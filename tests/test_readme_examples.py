"""Every ```python block of README.md runs against the mock service and passes mypy --strict.

A block runs as a script of its own in a temporary directory, with `PDCP_API_SERVER` and
`HOSTEDSCAN_BASE_URL` pointing at the mock on loopback (and test keys), so it talks to nothing
else. A block that cannot run as it stands says so in the README itself, in an HTML comment
directly above it (invisible on the rendered page):

    <!-- readme-example setup:
    lines run before the block (and type-checked with it): the smallest scaffold it needs
    -->

    <!-- readme-example: pytest -->      the block is a test module, run by pytest (the plugin)

No block is skipped.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from mypy import api

from tests.helpers import KEY, ROOT

README = ROOT / "README.md"


@dataclass(frozen=True)
class Example:
    line: int
    code: str
    setup: str = ""
    kind: str = "script"

    @property
    def name(self) -> str:
        return f"readme_line_{self.line}"

    @property
    def source(self) -> str:
        # The setup first, so that mypy and the traceback line numbers see one file.
        return (self.setup + "\n" if self.setup else "") + self.code


def _examples(text: str) -> list[Example]:
    lines = text.splitlines()
    found = []
    for index, line in enumerate(lines):
        if line.strip() != "```python":
            continue
        end = lines.index("```", index + 1)
        setup, kind = _marker(lines, index)
        code = "\n".join(lines[index + 1 : end]) + "\n"
        found.append(Example(line=index + 1, code=code, setup=setup, kind=kind))
    return found


def _marker(lines: list[str], fence: int) -> tuple[str, str]:
    above = lines[fence - 1] if fence else ""
    if re.fullmatch(r"<!-- readme-example: pytest -->", above):
        return "", "pytest"
    if above == "-->":
        start = max(i for i in range(fence) if lines[i].startswith("<!-- readme-example"))
        assert lines[start] == "<!-- readme-example setup:", lines[start]
        return "\n".join(lines[start + 1 : fence - 1]) + "\n", "script"
    assert not above.startswith("<!-- readme-example"), f"unknown marker {above!r}"
    return "", "script"


EXAMPLES = _examples(README.read_text())


def test_the_readme_has_its_examples() -> None:
    assert len(EXAMPLES) >= 7
    assert {e.kind for e in EXAMPLES} == {"script", "pytest"}
    assert any(e.setup for e in EXAMPLES)


@pytest.fixture(scope="module")
def typecheck(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy --strict, with the project's settings, over every example at once: errors by name."""
    directory = tmp_path_factory.mktemp("readme_types")
    for example in EXAMPLES:
        (directory / f"{example.name}.py").write_text(example.source)
    stdout, stderr, _ = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--strict",
            "--no-incremental",
            *(str(directory / f"{e.name}.py") for e in EXAMPLES),
        ]
    )
    errors: dict[str, list[str]] = {e.name: [] for e in EXAMPLES}
    for line in (stdout + stderr).splitlines():
        name = Path(line.split(":", 1)[0]).stem
        if name in errors and ": error:" in line:
            errors[name].append(line)
    return errors


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.name)
def test_the_example_type_checks(example: Example, typecheck: dict[str, list[str]]) -> None:
    assert typecheck[example.name] == [], "\n" + example.source + "\n".join(typecheck[example.name])


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.name)
def test_the_example_runs_against_the_mock(example: Example, mock, tmp_path: Path) -> None:
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("PDCP_", "HOSTEDSCAN_", "PYTEST_", "SCANCLIENTS_"))
    }
    environment.update(
        PDCP_API_KEY=KEY,
        PDCP_API_SERVER=mock.pdcp_url,
        HOSTEDSCAN_API_KEY=KEY,
        HOSTEDSCAN_BASE_URL=mock.hostedscan_url,
    )
    script = tmp_path / f"{example.name}.py"
    if example.kind == "pytest":
        script = tmp_path / f"test_{example.name}.py"
        (tmp_path / "pytest.ini").write_text("[pytest]\n")
    script.write_text(example.source)
    command = [sys.executable, str(script)]
    if example.kind == "pytest":
        command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", script.name]
    result = subprocess.run(
        command, cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, "\n" + example.source + result.stdout + result.stderr
    if example.kind == "pytest":
        assert re.search(r"\d+ passed", result.stdout), result.stdout

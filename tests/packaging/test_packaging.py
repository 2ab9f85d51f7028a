"""The built wheel, installed as a user installs it: into a fresh virtual environment, elsewhere.

One sdist and one wheel (built from that sdist, as pip does from a source release) serve every
test. The environments are made outside the repository without pip of their own; this project's
pip installs into them (`pip --python`) from the configured index, so nothing of the repository
is importable there but what the wheel holds.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import textwrap
import tomllib
import venv
from pathlib import Path

import pytest
from mypy import api

from tests.helpers import KEY, ROOT

pytestmark = pytest.mark.timeout(600)


def _run(command: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    # A clean environment: no PYTHONPATH or virtualenv of the test run leaks into the user's.
    environment = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp"), **env}
    for name in ("PIP_FIND_LINKS", "PIP_CERT", "PIP_DEFAULT_TIMEOUT", "PIP_CONFIG_FILE"):
        if name in os.environ:
            environment[name] = os.environ[name]
    return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True)


# What a build reads; a build writes its own egg-info and build/ beside the sources, so it runs on
# a copy: other tests (in other pytest-xdist workers too) copy the repository at the same time.
_SOURCES = ("pyproject.toml", "README.md", "LICENSE", "wrapper", "generated")
_LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "dist")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources = tmp_path_factory.mktemp("sources")
    for name in _SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, sources / name, ignore=_LEFT_OUT, symlinks=True)
        else:
            shutil.copy2(ROOT / name, sources / name)
    out = tmp_path_factory.mktemp("dist")
    result = _run([sys.executable, "-m", "build", "--outdir", str(out), str(sources)], cwd=out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def _install(dist: Path, where: Path, requirement_suffix: str = "") -> Path:
    """A fresh environment at `where` with the built wheel (and its extras) installed."""
    venv.create(where, with_pip=False)
    python = where / "bin" / "python"
    (wheel,) = dist.glob("scanclients-*.whl")
    result = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            f"scanclients{requirement_suffix} @ {wheel.as_uri()}",
        ],
        cwd=where,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return python


@pytest.fixture(scope="module")
def plain(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _install(dist, tmp_path_factory.mktemp("plain") / "venv")


@pytest.fixture(scope="module")
def with_extras(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _install(dist, tmp_path_factory.mktemp("extras") / "venv", "[mock,cli]")


def test_the_sdist_holds_the_license_and_the_generated_code_as_files(dist: Path) -> None:
    import tarfile

    (sdist,) = dist.glob("scanclients-*.tar.gz")
    with tarfile.open(sdist) as archive:
        members = {m.name.split("/", 1)[1]: m for m in archive.getmembers() if "/" in m.name}
    assert "LICENSE" in members
    generated = members["wrapper/scanclients/_generated/pdcp_client/models/__init__.py"]
    assert generated.isfile()


def test_the_wheel_leaves_out_the_generators_own_client(dist: Path) -> None:
    import zipfile

    (wheel,) = dist.glob("scanclients-*.whl")
    generated = "scanclients/_generated/pdcp_client/"
    names = [n for n in zipfile.ZipFile(wheel).namelist() if n.startswith(generated)]
    assert f"{generated}resources/scans.py" in names
    assert f"{generated}models/create_scan_response.py" in names
    left_out = ("api/", "client.py", "errors.py")
    assert [n for n in names if n.removeprefix(generated).startswith(left_out)] == []


@pytest.mark.parametrize("environment", ["plain", "with_extras"])
def test_pip_show_lists_only_scanclients_at_the_top_level(
    environment: str, request: pytest.FixtureRequest
) -> None:
    python: Path = request.getfixturevalue(environment)
    result = _run([str(python), "-m", "pip", "show", "-f", "scanclients"], cwd=python.parent)
    if result.returncode != 0:  # the environment has no pip: ask this project's pip about it
        result = _run(
            [sys.executable, "-m", "pip", "--python", str(python), "show", "-f", "scanclients"],
            cwd=python.parent,
        )
    assert result.returncode == 0, result.stderr
    files = result.stdout.split("Files:\n", 1)[1].split()
    tops = {f.split("/")[0] for f in files if not f.startswith("..")}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"scanclients"}
    assert (
        "License-Expression: MIT"
        in _run(
            [str(python), "-c", "import importlib.metadata as m; print(m.metadata('scanclients'))"],
            cwd=python.parent,
        ).stdout
    )
    assert "scanclients/_generated/pdcp_client/openapi.yaml" in files


_SCAN_ON_EACH_API = """
    import importlib.util, sys
    assert importlib.util.find_spec("pdcp_client") is None
    assert importlib.util.find_spec("hostedscan_models") is None
    import scanclients
    assert "site-packages" in scanclients.__file__, scanclients.__file__
    from scanclients import PDCP, HostedScan
    with PDCP(api_key=KEY, base_url=PDCP_URL) as pd:
        print("pdcp", pd.scans.create(targets=["example.com"]).id)
    with HostedScan(api_key=KEY, base_url=HOSTEDSCAN_URL) as hs:
        scan = hs.scans.create_and_wait(type="NMAP", targets=["example.com"], poll_interval=0.01)
        print("hostedscan", scan.state)
"""


def test_a_scan_on_each_api_from_the_plain_install(plain: Path, mock, tmp_path: Path) -> None:
    code = f"KEY, PDCP_URL, HOSTEDSCAN_URL = {KEY!r}, {mock.pdcp_url!r}, {mock.hostedscan_url!r}\n"
    result = _run([str(plain), "-c", code + textwrap.dedent(_SCAN_ON_EACH_API)], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "hostedscan SUCCEEDED" in result.stdout
    assert mock.stats() == {"pdcp": 1, "hostedscan": 1}
    # Without the extra, the mock says what to install rather than failing on a missing module.
    missing = _run([str(plain), "-c", "from scanclients.mock import serve; serve()"], cwd=tmp_path)
    assert "needs the mock extra (scanclients is not on PyPI)" in missing.stderr


def test_the_installed_mock_and_command_line_work_from_the_extras_install(
    with_extras: Path, tmp_path: Path
) -> None:
    code = (
        "from scanclients.mock import serve\n"
        "with serve(scan_seconds=0) as svc:\n"
        "    KEY, PDCP_URL, HOSTEDSCAN_URL = 'k', svc.pdcp_url, svc.hostedscan_url\n"
        + textwrap.indent(textwrap.dedent(_SCAN_ON_EACH_API), "    ")
        + "    print(svc.stats())\n"
    )
    result = _run([str(with_extras), "-c", code], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "{'pdcp': 1, 'hostedscan': 1}" in result.stdout
    cli = _run([str(with_extras.parent / "scanclients"), "--help"], cwd=tmp_path)
    assert cli.returncode == 0, cli.stderr
    assert "hostedscan" in cli.stdout


_USER_SCRIPT = """
    from scanclients import PDCP, HostedScan
    from scanclients.types import (
        AssetFiltersParams,
        CreateScanResponse,
        Scan,
        ScanState,
        TimeRangeQueryParameter,
    )


    def create(pdcp_key: str) -> CreateScanResponse:
        filters: AssetFiltersParams = {"time": TimeRangeQueryParameter.LAST_WEEK}
        with PDCP(api_key=pdcp_key) as pd:
            return pd.scans.create(targets=["example.com"], asset_filters=filters)


    def succeeded(hostedscan_key: str) -> list[Scan]:
        with HostedScan(api_key=hostedscan_key) as hs:
            scan = hs.scans.create_and_wait(type="NMAP", targets=["example.com"])
            return [s for s in hs.scans.list() if s.state is ScanState.SUCCEEDED] + [scan]
"""


def _mypy_strict(python: Path, script: Path) -> tuple[str, int]:
    # The installed package is found through the environment's site-packages (PEP 561).
    stdout, stderr, status = api.run(
        [
            "--strict",
            "--no-incremental",
            "--python-executable",
            str(python),
            "--config-file",
            os.devnull,
            str(script),
        ]
    )
    return stdout + stderr, status


def test_mypy_strict_passes_on_a_user_script_against_the_installed_wheel(
    plain: Path, tmp_path: Path
) -> None:
    script = tmp_path / "user_script.py"
    script.write_text(textwrap.dedent(_USER_SCRIPT))
    output, status = _mypy_strict(plain, script)
    assert status == 0, output
    # ...and it does check: a wrong type is an error.
    script.write_text(textwrap.dedent(_USER_SCRIPT) + "x: Scan = CreateScanResponse()\n")
    output, status = _mypy_strict(plain, script)
    assert status == 1
    assert 'expression has type "CreateScanResponse", variable has type "Scan"' in output


def test_every_import_of_the_generated_code_is_a_declared_dependency() -> None:
    declared = {
        requirement.split(">")[0].split("=")[0].split("<")[0].strip().lower().replace("-", "_")
        for requirement in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
            "dependencies"
        ]
    }
    distribution_of = {"dateutil": "python_dateutil", "yaml": "pyyaml"}
    imported: set[str] = set()
    for source in (ROOT / "generated").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    # scanclients: the HostedScan models' base class lives in their own package.
    third_party = {
        name for name in imported if name not in sys.stdlib_module_names and name != "scanclients"
    }
    assert {distribution_of.get(name, name) for name in third_party} <= declared


_PLUGIN_SUITE = """
    def test_without_the_fixtures():
        assert True


    def test_with_the_mock(scanclients_hostedscan, scanclients_mock):
        scanclients_hostedscan.scans.create(type="NMAP", targets=["example.com"])
        assert scanclients_mock.stats() == {"pdcp": 0, "hostedscan": 1}
"""


def _run_plugin_suite(python: Path, directory: Path) -> subprocess.CompletedProcess[str]:
    installed = _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "pytest"],
        cwd=directory,
    )
    assert installed.returncode == 0, installed.stderr
    (directory / "pytest.ini").write_text("[pytest]\n")
    (directory / "test_user.py").write_text(textwrap.dedent(_PLUGIN_SUITE))
    return _run([str(python), "-m", "pytest", "-p", "no:cacheprovider", "-rA"], cwd=directory)


def test_the_pytest_plugin_is_harmless_without_the_mock_extra(plain: Path, tmp_path: Path) -> None:
    result = _run_plugin_suite(plain, tmp_path)
    assert "PASSED test_user.py::test_without_the_fixtures" in result.stdout, result.stdout
    assert "ERROR test_user.py::test_with_the_mock" in result.stdout
    assert "'scanclients[mock] @ git+URL'" in result.stdout


def test_the_pytest_plugin_gives_the_fixtures_with_the_mock_extra(
    with_extras: Path, tmp_path: Path
) -> None:
    result = _run_plugin_suite(with_extras, tmp_path)
    assert "2 passed" in result.stdout, result.stdout + result.stderr

"""Vendoring: a copy under another package name that works without the repository."""

from __future__ import annotations

import ast
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest
from mypy import api

from tests.helpers import KEY, ROOT

PACKAGE = "acme._vendor.scanclients"
ORIGINALS = {"scanclients", "pdcp_client", "hostedscan_models"}


def _vendor(into: Path, *flags: str, package: str = PACKAGE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "vendor.py"),
            "--into",
            str(into),
            "--package",
            package,
            *flags,
        ],
        capture_output=True,
        text=True,
    )


def _run_isolated(into: Path, code: str) -> subprocess.CompletedProcess[str]:
    """A Python that sees the copy and the installed dependencies, but not this repository."""
    site_packages = sysconfig.get_paths()["purelib"]
    return subprocess.run(
        [sys.executable, "-S", "-c", textwrap.dedent(code)],
        env={"PYTHONPATH": f"{into}:{site_packages}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        cwd=into,
    )


def _imported_names(root: Path) -> set[str]:
    names: set[str] = set()
    for source in root.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    into = tmp_path_factory.mktemp("vendored")
    result = _vendor(into)
    assert result.returncode == 0, result.stderr
    return into


def test_the_copy_imports_none_of_the_original_names(copy) -> None:
    target = copy / "acme" / "_vendor" / "scanclients"
    assert _imported_names(target) & ORIGINALS == set()
    assert "acme" in _imported_names(target)
    assert not (target / "mock").exists()
    assert not (target / "_cli").exists()


def test_the_copy_leaves_out_the_generators_own_client(copy) -> None:
    generated = copy / "acme" / "_vendor" / "scanclients" / "_generated" / "pdcp_client"
    assert (generated / "resources" / "scans.py").exists()
    assert not (generated / "api").exists()
    assert not (generated / "client.py").exists()
    assert not (generated / "errors.py").exists()


def test_the_copy_creates_a_scan_on_each_api_without_the_repository(copy, mock) -> None:
    result = _run_isolated(
        copy,
        f"""
        import importlib.util
        assert importlib.util.find_spec("scanclients") is None, "the repository is importable"
        assert importlib.util.find_spec("pdcp_client") is None
        from acme._vendor.scanclients import PDCP, HostedScan, errors
        with PDCP(api_key="{KEY}", base_url="{mock.pdcp_url}") as pd:
            print("pdcp", pd.scans.create(targets=["example.com"], asset_filters={{"time": "last_day"}}).id)
        with HostedScan(api_key="{KEY}", base_url="{mock.hostedscan_url}") as hs:
            scan = hs.scans.create_and_wait(type="NMAP", targets=["example.com"], poll_interval=0.01)
            print("hostedscan", scan.id, scan.state)
        """,
    )
    assert result.returncode == 0, result.stderr
    assert mock.stats() == {"pdcp": 1, "hostedscan": 1}
    assert "SUCCEEDED" in result.stdout


def test_the_copy_records_its_provenance(copy) -> None:
    record = (copy / "acme" / "_vendor" / "scanclients" / "VENDORED.md").read_text()
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    assert f"git commit {head}" in record
    assert "`httpx>=0.27,<1`" in record
    assert "specs/pdcp.yaml` sha256: `" in record
    assert f"--package {PACKAGE} --force" in record


def test_mypy_finds_no_errors_in_the_copy(copy, tmp_path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text(
        f"[mypy]\nstrict = True\npython_version = 3.11\nmypy_path = {copy}\n"
        f"[mypy-{PACKAGE}._generated.*]\nignore_errors = True\n"
    )
    stdout, _, status = api.run(["--config-file", str(config), "--no-incremental", "-p", PACKAGE])
    assert status == 0, stdout
    # The same settings the repository type-checks itself with: no new errors.


def test_a_non_empty_directory_is_refused_without_force(tmp_path) -> None:
    assert _vendor(tmp_path).returncode == 0
    again = _vendor(tmp_path)
    assert again.returncode == 2
    assert "not empty; pass --force" in again.stderr


def test_force_replaces_the_old_copy_whole(tmp_path) -> None:
    assert _vendor(tmp_path, "--with-mock").returncode == 0
    target = tmp_path / "acme" / "_vendor" / "scanclients"
    stale = target / "_stale_from_an_older_version.py"
    stale.write_text("x = 1\n")
    assert (target / "mock").exists()
    assert _vendor(tmp_path, "--force").returncode == 0
    assert not stale.exists()
    assert not (target / "mock").exists()


def test_the_optional_parts_work_when_asked_for(tmp_path) -> None:
    assert _vendor(tmp_path, "--with-mock", "--with-cli").returncode == 0
    target = tmp_path / "acme" / "_vendor" / "scanclients"
    assert _imported_names(target) & ORIGINALS == set()
    result = _run_isolated(
        tmp_path,
        """
        from acme._vendor.scanclients import HostedScan
        from acme._vendor.scanclients.mock import serve
        from acme._vendor.scanclients._cli import cli
        with serve(scan_seconds=60) as svc, HostedScan(api_key="k", base_url=svc.hostedscan_url) as hs:
            print(hs.scans.create(type="NMAP", targets=["a.com"]).state)
        """,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "QUEUED"


def test_the_mock_alone_keeps_its_own_entry_point(tmp_path) -> None:
    # The command line's parts are left out by their path from the package root, so the mock's
    # `mock/__main__.py` stays while the top-level `__main__.py` (the command line's) goes.
    assert _vendor(tmp_path, "--with-mock").returncode == 0
    target = tmp_path / "acme" / "_vendor" / "scanclients"
    assert (target / "mock" / "__main__.py").is_file()
    assert not (target / "__main__.py").exists()
    assert not (target / "_cli").exists()
    assert not (target / "_command.py").exists()
    result = _run_isolated(
        tmp_path, "import runpy; runpy.run_module('acme._vendor.scanclients.mock', run_name='x')"
    )
    assert result.returncode == 0, result.stderr
    help_text = subprocess.run(
        [sys.executable, "-S", "-m", "acme._vendor.scanclients.mock", "--help"],
        env={
            "PYTHONPATH": f"{tmp_path}:{sysconfig.get_paths()['purelib']}",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert help_text.returncode == 0, help_text.stderr
    assert "--hostedscan-port" in help_text.stdout


@pytest.mark.parametrize(
    "package",
    [
        "acme-vendor.scanclients",
        "1st.scanclients",
        "scanclients",
        "a..b",
        "acme.class.scanclients",
        "import",
        "acme\n",
        "acme.scanclients\n",
    ],
)
def test_a_bad_package_name_is_refused(tmp_path, package) -> None:
    result = _vendor(tmp_path, package=package)
    assert result.returncode == 2
    assert repr(package) in result.stderr
    assert not (tmp_path / "acme").exists()


def test_force_refuses_a_directory_that_is_not_an_earlier_copy(tmp_path) -> None:
    own = tmp_path / "acme"
    own.mkdir()
    (own / "__init__.py").write_text("OWN = 1\n")
    (own / "models.py").write_text("x = 1\n")
    result = _vendor(tmp_path, "--force", package="acme")
    assert result.returncode == 2
    assert "not an earlier copy" in result.stderr
    assert "Traceback" not in result.stderr
    assert (own / "__init__.py").read_text() == "OWN = 1\n"  # the project's package is untouched
    assert (own / "models.py").is_file()
    assert sorted(p.name for p in own.iterdir()) == ["__init__.py", "models.py"]


def test_force_refuses_a_file_where_the_copy_would_go(tmp_path) -> None:
    (tmp_path / "acme").write_text("not a package\n")
    result = _vendor(tmp_path, "--force", package="acme")
    assert result.returncode == 2
    assert "not a directory" in result.stderr
    assert (tmp_path / "acme").read_text() == "not a package\n"


def test_an_existing_empty_directory_takes_the_copy(tmp_path) -> None:
    target = tmp_path / "acme" / "_vendor" / "scanclients"
    target.mkdir(parents=True)
    result = _vendor(tmp_path)
    assert result.returncode == 0, result.stderr
    assert (target / "VENDORED.md").is_file()
    assert (target / "__init__.py").is_file()

"""`update_spec.py` takes a new version of the document with one command, on a copy of the repository.

The new version adds an operation (whose answer has two inline schemas titled alike, which the
normalisation must handle), removes one, adds a request and a response property and an enum value.
Only what the run needs is copied (scripts, specs, generated, and for the wrapper's own tests the
wrapper, tests and pyproject.toml); the copy runs with this worktree's interpreter and packages.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers import ROOT

COMMIT = "0123456789abcdef0123456789abcdef01234567"


def _copy(target: Path, names: tuple[str, ...]) -> Path:
    for name in names:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, target / name, ignore=shutil.ignore_patterns("__pycache__"), symlinks=True
            )
        else:
            shutil.copyfile(source, target / name)
    return target


def _new_version() -> dict[str, Any]:
    document = yaml.load((ROOT / "specs" / "pdcp.yaml").read_bytes(), Loader=yaml.CSafeLoader)
    actor = {"type": "object", "title": "Actor"}
    document["paths"]["/v1/scans/{scan_id}/pause"] = {
        "post": {
            "operationId": "post-v1-scans-scan_id-pause",
            "tags": ["scans"],
            "parameters": [
                {"name": "scan_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "paused",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "paused_by": {
                                        **actor,
                                        "properties": {"email": {"type": "string"}},
                                    },
                                    "resumed_by": {
                                        **actor,
                                        "properties": {"handle": {"type": "string"}},
                                    },
                                },
                            }
                        }
                    },
                }
            },
        }
    }
    del document["paths"]["/v1/leaks/stats/email"]
    body = document["components"]["requestBodies"]["UpdateScanRequest"]
    body["content"]["application/json"]["schema"]["properties"]["priority"] = {"type": "integer"}
    item = document["components"]["schemas"]["ScanStatusItem"]["properties"]
    item["queued_at"] = {"type": "string"}
    item["agent_behavior"]["enum"].append("broadcast")
    return document


def _run(repo: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "update_spec.py"), *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="module")
def updated(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    names = ("scripts", "specs", "generated", "wrapper", "tests", "pyproject.toml")
    repo = _copy(tmp_path_factory.mktemp("updated"), names)
    source = repo.parent / "pdcp-new.yaml"
    source.write_text(yaml.dump(_new_version(), Dumper=yaml.CSafeDumper, sort_keys=False))
    result = _run(
        repo,
        str(source),
        "--repository",
        "projectdiscovery/docs",
        "--file",
        "openapi.yaml",
        "--commit",
        COMMIT,
        "--date",
        "2026-06-01",
    )
    return repo, result


def test_the_new_version_generates_and_replaces_the_spec(updated) -> None:
    repo, result = updated
    assert result.returncode == 0, result.stderr
    new_source = repo.parent / "pdcp-new.yaml"
    assert (repo / "specs" / "pdcp.yaml").read_bytes() == new_source.read_bytes()
    provenance = tomllib.loads((repo / "specs" / "pdcp.provenance.toml").read_text())
    assert provenance["commit"] == COMMIT
    assert provenance["date"] == "2026-06-01"
    assert provenance["source"] == "pdcp-new.yaml"
    assert provenance["operations"] == 125
    # The operations are the generated resources' (the generator's api/ is not kept).
    resources = repo / "generated" / "pdcp_client" / "resources"
    assert 'operation_id="post-v1-scans-scan_id-pause"' in (resources / "scans.py").read_text()
    assert not [p for p in resources.glob("*.py") if "get-v1-leaks-stats-email" in p.read_text()]
    assert not (repo / "generated" / "pdcp_client" / "api").exists()
    models = repo / "generated" / "pdcp_client" / "models"
    assert "queued_at: str | Unset = UNSET" in (models / "scan_status_item.py").read_text()
    assert 'BROADCAST = "broadcast"' in (models / "scan_status_item_agent_behavior.py").read_text()
    update = (models / "patch_v1_scans_scan_id_body.py").read_text()
    assert "priority: int | Unset = UNSET" in update


def test_the_inline_title_collision_is_normalised_not_dropped(updated) -> None:
    repo, result = updated
    assert (
        "pdcp: normalise drop_inline_titles_that_collide: /paths/~1v1~1scans~1{scan_id}~1pause/post/"
        "responses/200/content/application~1json/schema/properties/resumed_by: dropped title 'Actor'"
    ) in result.stdout
    models = repo / "generated" / "pdcp_client" / "models"
    assert (models / "post_v1_scans_scan_id_pause_response_200_actor.py").exists()
    assert (models / "post_v1_scans_scan_id_pause_response_200_resumed_by.py").exists()


def test_the_spec_diff_lists_each_change(updated) -> None:
    _, result = updated
    lines = result.stdout.splitlines()
    # ScanStatusItem is the answer of two operations: its new property and value show in both.
    assert "spec diff: 125 -> 125 operations; 7 changes, 1 marked BREAKING" in lines
    for line in [
        "BREAKING GET /v1/leaks/stats/email: operation removed",
        "         POST /v1/scans/{scan_id}/pause: operation added",
        "         PATCH /v1/scans/{scan_id}: request property added: priority (integer)",
        "         GET /v1/scans: response 200 property added: data[].queued_at (string)",
        "         GET /v1/scans: response 200 property data[].agent_behavior: enum value added 'broadcast'",
        "         GET /v1/scans/{scan_id}: response 200 property added: queued_at (string)",
    ]:
        assert line in lines, result.stdout


def test_the_existing_wrapper_tests_pass_on_the_updated_copy_unedited(updated) -> None:
    repo, _ = updated
    assert (repo / "wrapper").exists()
    # -S: no site-packages .pth, so the editable install of this worktree cannot shadow the copy.
    path = [repo / "wrapper", repo / "generated", repo, Path(sysconfig.get_paths()["purelib"])]
    result = subprocess.run(
        [
            sys.executable,
            "-S",
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/pdcp/test_pdcp.py",
            "tests/generators/test_generated.py",
        ],
        cwd=repo,
        env={"PYTHONPATH": ":".join(map(str, path)), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout.splitlines()[-1]
    assert "failed" not in result.stdout.splitlines()[-1]


@pytest.fixture
def small_copy(tmp_path: Path) -> Path:
    (tmp_path / "repo").mkdir()
    return _copy(tmp_path / "repo", ("scripts", "specs", "generated"))


def _snapshot(repo: Path) -> dict[str, bytes]:
    files = [*(repo / "specs").rglob("*"), *(repo / "generated").rglob("*.py")]
    return {str(p): p.read_bytes() for p in files if p.is_file()}


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (b"# Release notes\n\nNothing here.\n", "no fenced ```yaml block found"),
        (b"swagger: '2.0'\npaths: {}\n", "no fenced ```yaml block found"),
        (b"```yaml\nopenapi: 2.0.0\npaths: {}\n```\n", "not an OpenAPI 3.x document"),
    ],
)
def test_a_source_that_is_not_openapi_3_changes_nothing(
    small_copy: Path, source: bytes, message: str
) -> None:
    before = _snapshot(small_copy)
    result = _run(small_copy, "-", stdin=source)
    assert result.returncode == 1
    assert message in result.stderr
    assert "nothing changed" in result.stderr
    assert _snapshot(small_copy) == before


def test_a_source_that_cannot_be_generated_changes_nothing(small_copy: Path) -> None:
    text = (small_copy / "specs" / "pdcp.yaml").read_text()
    source = small_copy.parent / "broken.yaml"
    source.write_text(text.replace("schemas/EnumerationIds'", "schemas/Missing'"))
    before = _snapshot(small_copy)
    result = _run(small_copy, str(source))
    assert result.returncode == 1
    assert "openapi-python-client failed" in result.stderr
    assert "Could not find reference" in result.stderr
    assert _snapshot(small_copy) == before

"""The regeneration pipeline, run on a copy of the repository's specs, scripts and generated code."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.spec_edits import insert_after


@pytest.fixture
def copy_of_repo(tmp_path: Path) -> Path:
    for name in ("scripts", "specs", "generated", "docs"):
        shutil.copytree(
            ROOT / name,
            tmp_path / name,
            ignore=shutil.ignore_patterns("__pycache__"),
            symlinks=True,
        )
    return tmp_path


def _generate(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "generate.py"), *args],
        capture_output=True,
        text=True,
    )


def test_check_passes_on_the_committed_tree(copy_of_repo: Path) -> None:
    result = _generate(copy_of_repo, "--check")
    assert result.returncode == 0, result.stderr
    assert "generated/ matches specs/" in result.stdout


def test_check_names_a_file_changed_by_one_byte_and_a_stray_file(copy_of_repo: Path) -> None:
    # One regeneration for both kinds of drift: the suite runs the generator as little as it can.
    target = copy_of_repo / "generated" / "pdcp_client" / "models" / "create_scan_response.py"
    content = bytearray(target.read_bytes())
    content[-2] ^= 1
    target.write_bytes(bytes(content))
    (copy_of_repo / "generated" / "hostedscan_models" / "extra.py").write_text("x = 1\n")
    result = _generate(copy_of_repo, "--check")
    assert result.returncode == 1
    drift = result.stderr.splitlines()[1:]
    assert drift == [
        "  generated/hostedscan_models/extra.py",
        "  generated/pdcp_client/models/create_scan_response.py",
    ]


def test_generate_is_byte_for_byte_reproducible_and_says_what_it_did(copy_of_repo: Path) -> None:
    result = _generate(copy_of_repo)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[1].strip() for line in lines if line.startswith("pdcp: normalise")] == [
        "normalise drop_titles_that_rename_components",
    ] * 3 + [
        "normalise title_inline_schemas_named_like_components",
        "normalise put_json_first",
    ] + ["normalise open_answer_schemas"] * 8 + ["normalise mark_answer_only_schemas"]
    overlaid = [line for line in lines if line.startswith("pdcp: overlay")]
    assert overlaid[:4] == [
        "pdcp: overlay 8 of 10 nodes changed: Export bodies are typed text, not binary",
        "pdcp: overlay 1 of 1 nodes changed: Scan status values exist only in prose",
        "pdcp: overlay 1 of 1 nodes changed: A scan's status is typed a plain string",
        "pdcp: overlay 1 of 1 nodes changed: The scan list's status filter is typed a plain string",
    ]
    # The corrections read from vulnx, then the additions from the tools (pdcp.additions.overlay.yaml).
    assert [line.split(" nodes changed: ")[0] for line in overlaid[4:]] == [
        "pdcp: overlay 3 of 3",
        "pdcp: overlay 3 of 3",
        "pdcp: overlay 1 of 1",
        "pdcp: overlay 1 of 1",
        "pdcp: overlay 1 of 1",
        "pdcp: overlay 4 of 4",
    ] + ["pdcp: overlay 1 of 1"] * 8
    assert overlaid[-8].endswith(
        "GET /v1/user: who the key belongs to; how `nuclei -auth` and `httpx -auth` validate a key"
    )
    assert lines[-3:] == [
        "pdcp: 132 operations, 168 schemas generated (1034 model modules with the inline ones)",
        "hostedscan: 45 models generated",
        "generate: wrote generated/ from specs/",
    ]
    for path in (ROOT / "generated").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            copy = copy_of_repo / path.relative_to(ROOT)
            assert copy.read_bytes() == path.read_bytes(), path


def test_a_spec_the_generator_cannot_handle_fails_with_its_message(copy_of_repo: Path) -> None:
    spec = copy_of_repo / "specs" / "pdcp.yaml"
    spec.write_text(spec.read_text().replace("schemas/EnumerationIds'", "schemas/Missing'"))
    before = sorted(p.read_bytes() for p in (copy_of_repo / "generated").rglob("*.py"))
    result = _generate(copy_of_repo)
    assert result.returncode == 1
    assert "openapi-python-client failed" in result.stderr
    assert "Could not find reference" in result.stderr
    # Nothing half-done: the committed client is untouched.
    assert sorted(p.read_bytes() for p in (copy_of_repo / "generated").rglob("*.py")) == before


def test_a_changed_spec_regenerates_the_client_and_leaves_the_spec_alone(
    copy_of_repo: Path,
) -> None:
    spec = copy_of_repo / "specs" / "pdcp.yaml"
    changed = insert_after(
        spec.read_text(),
        "    TriggerUserScanRequest:\n",
        "              scan_all_assets:\n",
        "              priority:\n                type: integer\n",
    )
    spec.write_text(changed)
    result = _generate(copy_of_repo)
    assert result.returncode == 0, result.stderr
    assert spec.read_text() == changed
    model = copy_of_repo / "generated" / "pdcp_client" / "models" / "create_scan_request.py"
    assert "priority: int | Unset = UNSET" in model.read_text()

"""scripts/spec_history.py: every published version of the PDCP document, taken by update_spec.py.

The corpus itself (projectdiscovery/docs, 22 versions) is not in the repository: the full run is
`make spec-history DOCS=...` (several minutes), and runs here only when SCANCLIENTS_DOCS_REPO
names a clone. The version listing runs on a small git repository made here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from spec_history import Outcome, Version, versions


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def test_the_versions_are_every_commit_of_the_document_oldest_first_across_a_rename(
    tmp_path: Path,
) -> None:
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.email", "t@example.com")
    _git(tmp_path, "config", "user.name", "t")
    (tmp_path / "api.yaml").write_text("openapi: 3.0.0\npaths: {}\n")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "one", "--date", "2024-01-02T00:00:00")
    (tmp_path / "README").write_text("unrelated\n")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "unrelated")
    _git(tmp_path, "mv", "api.yaml", "openapi.yaml")
    (tmp_path / "openapi.yaml").write_text("openapi: 3.0.0\npaths: {}\n# two\n")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "two", "--date", "2024-03-04T00:00:00")
    found = versions(tmp_path, "openapi.yaml")
    assert [v.date for v in found] == ["2024-01-02", "2024-03-04"]
    assert all(len(v.commit) == 40 for v in found)


def test_a_version_with_fewer_methods_than_operations_is_not_complete() -> None:
    version = Version("0123456789abcdef0123456789abcdef01234567", "2025-03-12")
    short = Outcome(version, ok=True, operations=113, methods=112)
    assert not short.complete
    assert "INCOMPLETE" in short.line()
    failed = Outcome(version, ok=False, error="update_spec: boom\nupdate_spec: nothing changed")
    assert failed.line() == "2025-03-12 0123456  FAILED  boom"


@pytest.mark.skipif(
    not os.environ.get("SCANCLIENTS_DOCS_REPO"),
    reason="set SCANCLIENTS_DOCS_REPO to a clone of projectdiscovery/docs (slow: minutes)",
)
@pytest.mark.timeout(3600)
def test_every_published_version_goes_in_complete() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "spec_history.py"),
            os.environ["SCANCLIENTS_DOCS_REPO"],
        ],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert result.returncode == 0, result.stdout + result.stderr

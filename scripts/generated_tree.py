"""generated/ in the repository: compare a fresh generation with it, or replace it with one.

`scripts/generate.py --check` reports the drift; `generate.py` and `update_spec.py` install.
"""

from __future__ import annotations

import filecmp
import hashlib
import shutil
import sys
import tomllib
from pathlib import Path

__all__ = ["GENERATED", "REFERENCE", "ROOT", "SPECS", "install_packages", "report_drift"]

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
# The API reference is written with the resources; it is checked for drift like generated/.
REFERENCE = Path("docs") / "api.md"


def report_drift(out: Path) -> int:
    drift = _differences(out, GENERATED)
    # update_spec.py writes the provenance with the spec: a spec replaced by hand leaves it stale.
    provenance = tomllib.loads((SPECS / "pdcp.provenance.toml").read_text())
    if provenance.get("sha256") != hashlib.sha256((SPECS / "pdcp.yaml").read_bytes()).hexdigest():
        drift.insert(0, "specs/pdcp.provenance.toml (its sha256 is not that of specs/pdcp.yaml)")
    reference = out.parent / REFERENCE
    if reference.read_bytes() != _read_or_none(ROOT / REFERENCE):
        drift.append(str(REFERENCE))
    if drift:
        print("generate --check: out of date with specs/ (run `make generate`):", file=sys.stderr)
        for path in drift:
            print(f"  {path}", file=sys.stderr)
        return 1
    print("generate --check: generated/ matches specs/")
    return 0


def _differences(fresh: Path, committed: Path) -> list[str]:
    def files(top: Path) -> set[str]:
        if not top.exists():
            return set()
        return {
            str(p.relative_to(top))
            for p in top.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    fresh_files, committed_files = files(fresh), files(committed)
    differing = []
    for name in sorted(fresh_files | committed_files):
        a, b = fresh / name, committed / name
        if not (a.exists() and b.exists() and filecmp.cmp(a, b, shallow=False)):
            differing.append(f"generated/{name}")
    return differing


def _read_or_none(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


def install_packages(out: Path) -> None:
    """Replace the packages in generated/ with those in `out`, and the reference beside them."""
    for package in sorted(p for p in out.iterdir() if p.is_dir()):
        target = GENERATED / package.name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(package, target)
    (ROOT / REFERENCE).parent.mkdir(exist_ok=True)
    shutil.copyfile(out.parent / REFERENCE, ROOT / REFERENCE)

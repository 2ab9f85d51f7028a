"""Run `make update-spec` on every published version of the PDCP document: the regression corpus.

    python scripts/spec_history.py DOCS [--file openapi.yaml] [--only SHA ...] [--keep DIR]
    make spec-history DOCS=path/to/projectdiscovery/docs   # a clone, or its bare git directory

ProjectDiscovery publishes its document in the `projectdiscovery/docs` repository; every commit
that changed `openapi.yaml` (`git log --follow`) is a version the generator may meet again. This
copies the project's scripts/ and specs/ into a scratch directory once, then takes every version,
oldest first, with the real update script (`scripts/update_spec.py`, exactly what
`make update-spec` runs) on that copy, so each version lands on the one before it, as upstream
releases would. The repository itself is never touched, nor are the documents kept.

One line per version: date, commit, operations in the document, methods generated, fallbacks
reported (the `pdcp: fallback ...` lines of `make generate`), seconds; `--verbose` prints the
fallback lines too. Exit 1 when a version does not go in, or comes out with fewer methods than
operations.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

__all__ = ["Outcome", "Version", "main", "run_version", "versions"]


@dataclass(frozen=True)
class Version:
    commit: str
    date: str


@dataclass
class Outcome:
    """What one `update_spec.py` run printed, read back."""

    version: Version
    ok: bool
    operations: int = 0
    methods: int = 0
    fallbacks: list[str] = field(default_factory=list)
    error: str = ""
    seconds: float = 0.0

    @property
    def complete(self) -> bool:
        return self.ok and self.methods == self.operations

    def line(self) -> str:
        head = f"{self.version.date} {self.version.commit[:7]}"
        if not self.ok:
            reasons = [
                line.removeprefix("update_spec: ")
                for line in self.error.splitlines()
                if line.startswith("update_spec: ") and "nothing changed" not in line
            ]
            reason = reasons[0] if reasons else "failed"
            return f"{head}  FAILED  {reason[:160]}"
        mark = "ok" if self.complete else "INCOMPLETE"
        return (
            f"{head}  {mark:<10} operations {self.operations:>3}  methods {self.methods:>3}"
            f"  fallbacks {len(self.fallbacks):>2}  {self.seconds:5.1f} s"
        )


def _git(docs: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(docs), *args], capture_output=True, text=True, check=True
    ).stdout


def versions(docs: Path, file: str) -> list[Version]:
    """Every commit that changed `file`, oldest first."""
    found = []
    log = _git(docs, "log", "--follow", "--format=%H %ad", "--date=short", "--", file)
    for line in log.strip().splitlines():
        commit, date = line.split()
        found.append(Version(commit, date))
    return found[::-1]


_TOTALS = re.compile(r"^pdcp: (\d+) operations, ")
_METHODS = re.compile(r"^pdcp: (\d+) methods in \d+ resources")


def run_version(copy: Path, docs: Path, file: str, version: Version) -> Outcome:
    """Take one version with the copy's update script; read its report back."""
    # A file of the commit's tree: the path may have differed then (--follow), so ask git for it.
    path = _git(docs, "log", "-1", "--format=", "--name-only", version.commit, "--", file).strip()
    source = copy / "incoming.yaml"
    source.write_bytes(
        subprocess.run(
            ["git", "-C", str(docs), "show", f"{version.commit}:{path or file}"],
            capture_output=True,
            check=True,
        ).stdout
    )
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            str(copy / "scripts" / "update_spec.py"),
            str(source),
            "--repository",
            "projectdiscovery/docs",
            "--file",
            file,
            "--commit",
            version.commit,
            "--date",
            version.date,
        ],
        capture_output=True,
        text=True,
        cwd=copy,
    )
    outcome = Outcome(version, ok=result.returncode == 0, seconds=time.monotonic() - started)
    for line in result.stdout.splitlines():
        if match := _TOTALS.match(line):
            outcome.operations = int(match.group(1))
        elif match := _METHODS.match(line):
            outcome.methods = int(match.group(1))
        elif line.startswith("pdcp: fallback "):
            outcome.fallbacks.append(line.removeprefix("pdcp: fallback "))
    if not outcome.ok:
        outcome.error = result.stderr
    return outcome


def _scratch_copy(target: Path) -> Path:
    for name in ("scripts", "specs"):
        shutil.copytree(
            ROOT / name,
            target / name,
            ignore=shutil.ignore_patterns("__pycache__", "sources"),
        )
    (target / "generated").mkdir()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "docs", type=Path, help="a clone (or git directory) of projectdiscovery/docs"
    )
    parser.add_argument("--file", default="openapi.yaml", help="the document's path in it")
    parser.add_argument("--only", nargs="*", default=[], help="commits (prefixes) to take")
    parser.add_argument("--keep", type=Path, help="work here instead of a temporary directory")
    parser.add_argument("--verbose", action="store_true", help="print every fallback line")
    args = parser.parse_args(argv)
    try:
        found = versions(args.docs, args.file)
    except (subprocess.CalledProcessError, OSError) as exc:
        print(f"spec_history: cannot read the history of {args.docs}: {exc}", file=sys.stderr)
        return 2
    if args.only:
        found = [v for v in found if any(v.commit.startswith(p) for p in args.only)]
    if not found:
        print(f"spec_history: no version of {args.file} in {args.docs}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="scanclients-history-") as scratch:
        top = args.keep or Path(scratch)
        top.mkdir(parents=True, exist_ok=True)
        copy = _scratch_copy(top / "repo")
        outcomes = []
        for version in found:
            outcome = run_version(copy, args.docs, args.file, version)
            outcomes.append(outcome)
            print(outcome.line(), flush=True)
            if args.verbose or not outcome.ok:
                for line in outcome.fallbacks:
                    print(f"    fallback {line}")
                if not outcome.ok:
                    print("    " + outcome.error.strip().replace("\n", "\n    "))
    complete = sum(o.complete for o in outcomes)
    print(f"spec_history: {complete} of {len(outcomes)} versions went in complete")
    return 0 if complete == len(outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())

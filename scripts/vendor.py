"""Copy scanclients into another project under a package name of its choosing.

    python scripts/vendor.py --into DIR --package acme._vendor.scanclients [--with-mock] [--with-cli] [--force]

The package, with the generated code under its `_generated/` (links to generated/ in the
repository, real files in the copy), becomes one self-contained package at
`DIR/acme/_vendor/scanclients/`, and every import of `scanclients` is rewritten to the new name,
the way pip vendors its dependencies. The mock service and the command line are left out
unless asked for. A `VENDORED.md` in the copy records where it came from and how to refresh it.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import keyword
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORIGINALS = ("scanclients",)
OPTIONAL = {"mock": ("mock", "pytest_plugin.py"), "cli": ("_cli", "_command.py", "__main__.py")}
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MARK = "# Vendored scanclients"  # the first line of every copy's VENDORED.md


class VendorError(Exception):
    """The copy cannot be made as asked."""


def vendor(
    into: Path,
    package: str,
    *,
    with_mock: bool = False,
    with_cli: bool = False,
    force: bool = False,
) -> Path:
    parts = package.split(".")
    # fullmatch, not match with `$`: "acme\n" is not a name ($ also matches before a newline).
    if not all(_IDENTIFIER.fullmatch(part) for part in parts):
        raise VendorError(f"--package {package!r} is not a dotted Python name")
    reserved = [part for part in parts if keyword.iskeyword(part)]
    if reserved:
        raise VendorError(
            f"--package {package!r}: {reserved[0]!r} is a Python keyword; the copy could not be"
            " imported"
        )
    if package in ORIGINALS:
        raise VendorError(f"--package {package!r} would shadow an original top-level name")
    target = into.joinpath(*parts)
    _make_room(target, force)

    names = {"scanclients": package}
    left_out = [] if with_mock else list(OPTIONAL["mock"])
    left_out += [] if with_cli else list(OPTIONAL["cli"])
    source_root = ROOT / "wrapper" / "scanclients"
    # symlinks=False: the links of _generated/ are copied as the files they point at.
    shutil.copytree(
        source_root,
        target,
        ignore=_leaving_out(source_root, left_out),
        symlinks=False,
        dirs_exist_ok=True,  # an existing empty directory is a fine place for the copy
    )

    for source in sorted(target.rglob("*.py")):
        source.write_text(rewrite_imports(source.read_text(), names))
    _ensure_parent_packages(into, parts)
    (target / "VENDORED.md").write_text(_provenance(package, with_mock, with_cli))
    return target


def _make_room(target: Path, force: bool) -> None:
    """Leave `target` absent or empty; `force` deletes only an earlier copy (its VENDORED.md)."""
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise VendorError(f"{target} exists and is not a directory; refusing to replace it")
    if not target.exists() or not any(target.iterdir()):
        return
    if not _is_a_copy(target):
        raise VendorError(
            f"{target} is not empty and is not an earlier copy (no VENDORED.md of scanclients);"
            " refusing to touch it, even with --force: choose another --package or remove it"
        )
    if not force:
        raise VendorError(f"{target} is not empty; pass --force to replace the old copy whole")
    shutil.rmtree(target)


def _is_a_copy(target: Path) -> bool:
    marker = target / "VENDORED.md"
    if marker.is_symlink() or not marker.is_file():
        return False
    try:
        with marker.open("rb") as handle:
            return handle.read(len(_MARK)).decode("utf-8", "replace") == _MARK
    except OSError:
        return False


def _leaving_out(root: Path, parts: list[str]) -> Callable[[str, list[str]], set[str]]:
    """An ignore for copytree that drops the optional parts by their path from the package root
    (`__main__.py` is the command line's only at the top: `mock/__main__.py` is the mock's)."""
    dropped = {root / part for part in parts}

    def ignore(folder: str, names: list[str]) -> set[str]:
        here = Path(folder)
        return {
            name
            for name in names
            if name == "__pycache__" or name.endswith(".pyc") or here / name in dropped
        }

    return ignore


def rewrite_imports(code: str, names: dict[str, str]) -> str:
    """Point every import of an original top-level name at its vendored name."""
    lines = code.splitlines(keepends=True)
    for node in sorted(_imports(ast.parse(code)), key=lambda n: n.lineno, reverse=True):
        start, end = node.lineno - 1, (node.end_lineno or node.lineno)
        statement = "".join(lines[start:end])
        lines[start:end] = [_rewrite_statement(statement, node, names)]
    return "".join(lines)


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] in ORIGINALS:
                found.append(node)
        elif isinstance(node, ast.Import) and any(
            a.name.split(".")[0] in ORIGINALS for a in node.names
        ):
            found.append(node)
    return found


def _rewrite_statement(
    statement: str, node: ast.Import | ast.ImportFrom, names: dict[str, str]
) -> str:
    indent = statement[: len(statement) - len(statement.lstrip())]
    if isinstance(node, ast.ImportFrom):
        assert node.module is not None
        top, _, rest = node.module.partition(".")
        new_module = names[top] + (f".{rest}" if rest else "")
        return re.sub(
            rf"^(\s*from\s+){re.escape(node.module)}\b", rf"\g<1>{new_module}", statement, count=1
        )
    rewritten = []
    for alias in node.names:
        top, _, rest = alias.name.partition(".")
        if top not in ORIGINALS:
            rewritten.append(
                f"{indent}import {alias.name}" + (f" as {alias.asname}" if alias.asname else "")
            )
        elif rest:
            raise VendorError(f"cannot vendor `import {alias.name}`; use `from ... import`")
        else:
            parent, _, leaf = names[top].rpartition(".")
            rewritten.append(f"{indent}from {parent} import {leaf} as {alias.asname or top}")
    return "\n".join(rewritten) + "\n"


def _ensure_parent_packages(into: Path, parts: list[str]) -> None:
    for depth in range(1, len(parts)):
        init = into.joinpath(*parts[:depth]) / "__init__.py"
        if not init.exists():
            init.write_text("")


def _provenance(package: str, with_mock: bool, with_cli: bool) -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    extras = [name for name, wanted in (("mock", with_mock), ("cli", with_cli)) if wanted]
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    digests = {
        spec: hashlib.sha256((ROOT / "specs" / spec).read_bytes()).hexdigest()
        for spec in ("pdcp.yaml", "hostedscan.yaml")
    }
    flags = "".join(f" --with-{extra}" for extra in extras)
    lines = [
        f"{_MARK} {project['version']}",
        "",
        "Copied by `scripts/vendor.py` of scanclients; do not edit by hand.",
        "",
        f"- Source: scanclients {project['version']}, git commit {_git_commit()}",
        f"- Package name here: `{package}`",
        f"- Parts included: the clients{''.join(f', the {e}' for e in extras) or ''}",
        *(f"- `specs/{spec}` sha256: `{digest}`" for spec, digest in digests.items()),
        "",
        "## Runtime requirements",
        "",
        *(f"- `{requirement}`" for requirement in requirements),
        "",
        "## Refresh",
        "",
        "From a checkout of scanclients at the version you want:",
        "",
        "```bash",
        f"python scripts/vendor.py --into DIR --package {package}{flags} --force",
        "```",
        "",
        "`--force` replaces this copy whole, so no file of an older version is left behind.",
        "",
    ]
    return "\n".join(lines)


def _git_commit() -> str:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "wrapper", "generated", "specs"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return commit + (" (with uncommitted changes)" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--into", required=True, type=Path, help="the other project's source directory"
    )
    parser.add_argument("--package", required=True, help="the dotted package name of the copy")
    parser.add_argument("--with-mock", action="store_true", help="include the mock service")
    parser.add_argument("--with-cli", action="store_true", help="include the command line")
    parser.add_argument("--force", action="store_true", help="replace an existing copy whole")
    args = parser.parse_args(argv)
    try:
        target = vendor(
            args.into,
            args.package,
            with_mock=args.with_mock,
            with_cli=args.with_cli,
            force=args.force,
        )
    except VendorError as error:
        print(f"vendor: {error}", file=sys.stderr)
        return 2
    print(f"vendor: scanclients copied to {target} as {args.package}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

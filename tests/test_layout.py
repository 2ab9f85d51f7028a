"""The package's layout is its architecture: folders for the layers and services, no import cycle
anywhere (not even under TYPE_CHECKING or inside a function), a core that imports no service, and
services that never import each other. Also: the suite's own layout, which the spec coverage
check depends on (it must see every test module, at any depth)."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from tests.helpers import ROOT
from tests.traffic import whole_suite

PACKAGE = ROOT / "wrapper" / "scanclients"
# What the core may import besides itself: the public errors and what they are made of.
CORE_MAY_IMPORT = {"scanclients.errors", "scanclients._api_errors", "scanclients._version"}
SERVICES = ("scanclients._pdcp", "scanclients._hostedscan")
# Above the services: nothing below them may import these.
UPPER = ("scanclients._cli", "scanclients.mock", "scanclients._command", "scanclients.__main__")


def _modules(root: Path) -> dict[str, Path]:
    found = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if "_generated" in parts:
            continue
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the modules of the package it imports, read from the source: every import
    statement, at any depth (TYPE_CHECKING blocks and function-local imports included)."""
    known = _modules(root)
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if node.level:
                    base = package.split(".")[: package.count(".") + 2 - node.level]
                    module = ".".join([*base, *filter(None, [node.module])])
                # `from package import module` imports that module (the package's __init__
                # runs first anyway); `from package import name` imports the package.
                targets = [
                    f"{module}.{alias.name}" if f"{module}.{alias.name}" in known else module
                    for alias in node.names
                ]
            for target in targets:
                if "._generated" in target:
                    continue  # generated code is below everything: it imports none of this
                while target and target not in known:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    edges.add(target)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for child in sorted(graph.get(node, ())):
            if child not in index:
                visit(child)
                low[node] = min(low[node], low[child])
            elif child in stack:
                low[node] = min(low[node], index[child])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _within(name: str, *packages: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def test_there_is_no_import_cycle() -> None:
    assert cycles(import_graph()) == []


def test_the_core_imports_no_service_and_nothing_above_it() -> None:
    graph = import_graph()
    wrong = {
        module: sorted(t for t in targets if not _within(t, "scanclients._core", *CORE_MAY_IMPORT))
        for module, targets in graph.items()
        if _within(module, "scanclients._core")
    }
    assert {m: t for m, t in wrong.items() if t} == {}


def test_the_services_import_neither_each_other_nor_what_is_built_on_them() -> None:
    graph = import_graph()
    wrong = []
    for service in SERVICES:
        others = [s for s in SERVICES if s != service]
        for module, targets in graph.items():
            if _within(module, service):
                wrong += [f"{module} -> {t}" for t in targets if _within(t, *others, *UPPER)]
    assert wrong == []


def test_the_graph_sees_every_kind_of_import(tmp_path: Path) -> None:
    # The checks above are only as good as the graph: a cycle through a TYPE_CHECKING import, a
    # function-local import or a relative import two levels up must be found.
    root = tmp_path / "scanclients"
    (root / "_core").mkdir(parents=True)
    (root / "_pdcp").mkdir()
    (root / "__init__.py").write_text("")
    (root / "_core" / "__init__.py").write_text("")
    (root / "_pdcp" / "__init__.py").write_text("")
    (root / "_core" / "send.py").write_text("def f():\n    from ..errors import E\n")
    (root / "errors.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ._pdcp import client\n"
    )
    (root / "_pdcp" / "client.py").write_text("from .._core import send as _send\n")
    graph = import_graph(root)
    assert graph["scanclients._core.send"] == {"scanclients.errors"}
    assert graph["scanclients._pdcp.client"] == {"scanclients._core.send"}
    assert cycles(graph) == [
        ["scanclients._core.send", "scanclients._pdcp.client", "scanclients.errors"]
    ]


def test_the_folders_carry_the_map() -> None:
    top = [p.name for p in PACKAGE.iterdir() if p.name != "__pycache__"]
    assert len(top) <= 20, sorted(top)
    for folder in [PACKAGE, *(p for p in PACKAGE.rglob("*") if p.is_dir())]:
        if "_generated" in folder.parts or folder.name == "__pycache__":
            continue
        python = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
        assert len(python) <= 16 or folder == PACKAGE, (folder, len(python))


def _items(*paths: Path) -> list[Any]:
    return [SimpleNamespace(path=path) for path in paths]


def test_the_whole_suite_is_every_test_module_at_any_depth(tmp_path: Path) -> None:
    top = tmp_path / "test_top.py"
    nested = tmp_path / "pdcp" / "test_nested.py"
    nested.parent.mkdir()
    top.write_text("")
    nested.write_text("")
    (tmp_path / "pdcp" / "helpers.py").write_text("")
    assert whole_suite(_items(top, nested), 0, tests=tmp_path) == ""
    assert whole_suite(_items(top), 0, tests=tmp_path) == (
        "1 of the 2 test modules collected (not: pdcp/test_nested.py)"
    )
    assert whole_suite(_items(top, nested), 3, tests=tmp_path) == "3 tests deselected"


def test_every_folder_of_tests_is_a_package() -> None:
    # Every folder of tests is a package, so its modules are collected under their own names and
    # two folders may hold modules of the same name.
    for path in (ROOT / "tests").rglob("test_*.py"):
        assert (path.parent / "__init__.py").is_file(), path.parent


def _listed_in_layout_page() -> set[str]:
    """The paths of the module tree of docs/layout.md, rebuilt from its indented list."""
    text = (ROOT / "docs" / "layout.md").read_text(encoding="utf-8")
    section = text.split("## Modules", 1)[1].split("\n## ", 1)[0]
    listed: set[str] = set()
    folders: list[str] = []
    for line in section.splitlines():
        stripped = line.lstrip(" ")
        if not stripped.startswith("- `"):
            continue
        depth = (len(line) - len(stripped)) // 2
        name = stripped[3:].split("`", 1)[0]
        del folders[depth:]
        if name.endswith("/"):
            folders.append(name.rstrip("/"))
            listed.add("/".join([*folders, "__init__.py"]))
        else:
            listed.add("/".join([*folders, name]))
    return listed


def test_the_layout_page_lists_every_module_once_where_it_is() -> None:
    modules = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "_generated" not in path.relative_to(PACKAGE).parts
    }
    listed = _listed_in_layout_page() - {"_generated/__init__.py"}
    assert sorted(modules - listed) == [], "missing from docs/layout.md"
    assert sorted(listed - modules) == [], "in docs/layout.md but not in the package"

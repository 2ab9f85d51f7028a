"""Rewrite a generated `models/__init__.py` so that a model's module is imported on first use.

openapi-python-client's models package imports every model module up front: with the complete
PDCP document that is about a thousand modules for a caller of one operation. The rewritten
package keeps the same names (`from pdcp_client.models import CreateScanResponse`, `__all__`,
`dir()`), imports each module only when one of its names is first asked for (PEP 562), and keeps
the eager imports under TYPE_CHECKING so that mypy and editors see every name as before. The
generated api and model modules import each other module by module, so they never need the
package-level names. Decided in specs/generators.toml.
"""

from __future__ import annotations

import ast
from pathlib import Path

__all__ = ["LazyModelsError", "make_models_lazy"]


class LazyModelsError(Exception):
    """The generated models/__init__.py is not the plain list of imports this step expects."""


def make_models_lazy(package_dir: Path) -> int:
    """Rewrite package_dir/models/__init__.py; return how many names it exports."""
    init = package_dir / "models" / "__init__.py"
    tree = ast.parse(init.read_text())
    where: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                where[alias.asname or alias.name] = node.module
        elif isinstance(node, ast.Assign | ast.Expr):
            continue  # the docstring and __all__, written anew below
        else:
            raise LazyModelsError(f"{init}: unexpected statement on line {node.lineno}")
    if not where:
        raise LazyModelsError(f"{init}: no model imports found")
    names = sorted(where)
    eager = "".join(f"    from .{where[name]} import {name}\n" for name in names)
    table = "".join(f'    "{name}": "{where[name]}",\n' for name in names)
    exports = "".join(f'    "{name}",\n' for name in names)
    init.write_text(
        '"""Contains all the data models used in inputs/outputs.\n\n'
        "Each model's module is imported when the model is first used (see\n"
        'scripts/lazy_models.py): importing one operation does not import every model."""\n\n'
        "from __future__ import annotations\n\n"
        "import importlib\n"
        "from typing import TYPE_CHECKING, Any\n\n"
        f"if TYPE_CHECKING:\n{eager}\n"
        f"_MODULES = {{\n{table}}}\n\n"
        f"__all__ = [\n{exports}]\n\n\n"
        "def __getattr__(name: str) -> Any:\n"
        "    module = _MODULES.get(name)\n"
        "    if module is None:\n"
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
        '    value = getattr(importlib.import_module(f".{module}", __name__), name)\n'
        "    globals()[name] = value  # later look-ups skip __getattr__\n"
        "    return value\n\n\n"
        "def __dir__() -> list[str]:\n"
        "    return sorted({*globals(), *__all__})\n"
    )
    return len(names)

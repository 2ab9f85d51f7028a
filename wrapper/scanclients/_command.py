"""The console script's entry point: says which extra to install when click or rich is missing."""

from __future__ import annotations

import sys
from typing import NoReturn

__all__ = ["main"]


def main() -> None:
    from ._httpx_import import import_httpx

    import_httpx()  # before anything imports httpx: without its own command line (rich, pygments)
    try:
        from ._cli import main as run
    except ImportError as error:
        _missing_extra(error)
    try:
        run()
    except ImportError as error:  # rich is imported only when a table or a bar is drawn
        if error.name not in ("click", "rich"):
            raise
        _missing_extra(error)


def _missing_extra(error: ImportError) -> NoReturn:
    sys.exit(
        "scanclients: the command line needs its extra, cli (scanclients is not on PyPI):"
        " pip install '.[cli]' from a clone, 'dist/scanclients-VERSION-py3-none-any.whl[cli]'"
        f" from a wheel, or 'scanclients[cli] @ git+URL' ({error})"
    )

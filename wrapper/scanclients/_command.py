"""The console script's entry point: says which extra to install when click or rich is missing."""

from __future__ import annotations

import sys

__all__ = ["main"]


def main() -> None:
    try:
        from ._cli import main as run
    except ImportError as error:
        sys.exit(
            "scanclients: the command line needs its extra, cli (scanclients is not on PyPI):"
            " pip install '.[cli]' from a clone, 'dist/scanclients-VERSION-py3-none-any.whl[cli]'"
            f" from a wheel, or 'scanclients[cli] @ git+URL' ({error})"
        )
    run()

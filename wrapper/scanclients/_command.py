"""The console script's entry point: says which extra to install when click or rich is missing."""

from __future__ import annotations

import sys

__all__ = ["main"]


def main() -> None:
    try:
        from ._cli import main as run
    except ImportError as error:
        sys.exit(
            f"scanclients: the command line needs its extra: pip install 'scanclients[cli]' ({error})"
        )
    run()

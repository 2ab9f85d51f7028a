"""httpx imported without its own command line (click, pygments, rich), by the CLI and the clients.

httpx imports `httpx._main` whenever those are installed, as they are with scanclients' `cli`
extra: a library call or a `scanclients` command would pay for rich and pygments (~50 ms of a cold
process) before doing anything. `import_httpx()` imports httpx with `httpx._main` replaced by a
stand-in whose `main` imports the real one when called; the stand-in is dropped once httpx is in,
so `import httpx._main` still finds the real module and `httpx.main()` still runs it. Importing
this module does it: a client module imports it before httpx.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

__all__ = ["import_httpx"]


def import_httpx() -> None:
    """Import httpx (once) without `httpx._main`; nothing if httpx is imported already."""
    if "httpx" in sys.modules or "httpx._main" in sys.modules:
        return
    stand_in = types.ModuleType("httpx._main")

    def main(*args: Any, **kwargs: Any) -> Any:
        sys.modules.pop("httpx._main", None)
        real = importlib.import_module("httpx._main")
        return real.main(*args, **kwargs)

    stand_in.main = main  # type: ignore[attr-defined]
    sys.modules["httpx._main"] = stand_in
    try:
        importlib.import_module("httpx")
    finally:
        if sys.modules.get("httpx._main") is stand_in:
            del sys.modules["httpx._main"]


import_httpx()

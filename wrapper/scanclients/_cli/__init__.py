"""The `scanclients` command: create, follow and fetch scans from a shell.

Exit codes: 0 success; 1 API, network or webhook-verification error; 2 usage or validation error;
3 the scan ended FAILED or OVER_LIMIT; 4 waiting timed out; 5 the findings gate tripped.

Every command is listed in `tree.register`; the command modules only define them, and each is
imported only when it is run (`lazy`).
"""

from __future__ import annotations

from .app import cli, main
from .tree import register

__all__ = ["cli", "main"]

register(cli)

"""Python clients for ProjectDiscovery Cloud Platform (PDCP) and HostedScan.

    from scanclients import PDCP, HostedScan

    with PDCP() as pd:                       # PDCP_API_KEY from the environment
        scan = pd.scans.create(targets=["example.com"], templates=["http/cves/"])

    with HostedScan() as hs:                 # HOSTEDSCAN_API_KEY from the environment
        scan = hs.scans.create_and_wait(type="SSLYZE", targets=["example.com"])

The models the clients return or take are in `scanclients.types`. The names below are imported
on first use, so that a caller of one service does not pay for the
other's models at import time.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._core.log import configure_from_environment as _configure_logging
from ._version import __version__

if TYPE_CHECKING:
    from . import errors, scope, types, webhooks
    from ._core.files import ExportStarted, Saved
    from ._hostedscan.client import AsyncHostedScan, HostedScan
    from ._pdcp.client import PDCP, AsyncPDCP
    from .errors import TruncatedTargetsWarning

__all__ = [
    "PDCP",
    "AsyncHostedScan",
    "AsyncPDCP",
    "ExportStarted",
    "HostedScan",
    "Saved",
    "TruncatedTargetsWarning",
    "__version__",
    "errors",
    "scope",
    "types",
    "webhooks",
]

_HOMES = {
    "PDCP": "._pdcp.client",
    "AsyncPDCP": "._pdcp.client",
    "HostedScan": "._hostedscan.client",
    "AsyncHostedScan": "._hostedscan.client",
    "TruncatedTargetsWarning": ".errors",
    "ExportStarted": "._core.files",
    "Saved": "._core.files",
}
_MODULES = {"errors", "scope", "types", "webhooks"}


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        return importlib.import_module(f".{name}", __name__)
    if name in _HOMES:
        value = getattr(importlib.import_module(_HOMES[name], __name__), name)
        globals()[name] = value  # later lookups skip this function
        return value
    raise AttributeError(f"module 'scanclients' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


_configure_logging()

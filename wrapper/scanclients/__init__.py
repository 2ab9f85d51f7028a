"""Python clients for ProjectDiscovery Cloud Platform (PDCP) and HostedScan.

from scanclients import PDCP, HostedScan

with PDCP() as pd:                       # PDCP_API_KEY from the environment
    scan = pd.scans.create(targets=["example.com"], templates=["http/cves/"])

with HostedScan() as hs:                 # HOSTEDSCAN_API_KEY from the environment
    scan = hs.scans.create_and_wait(type="SSLYZE", targets=["example.com"])
"""

__version__ = "0.1.0"

from . import errors, scope, webhooks
from ._hostedscan import AsyncHostedScan, HostedScan
from ._logging import configure_from_environment as _configure_logging
from ._pdcp import PDCP, AsyncPDCP
from .errors import TruncatedTargetsWarning

__all__ = [
    "PDCP",
    "AsyncHostedScan",
    "AsyncPDCP",
    "HostedScan",
    "TruncatedTargetsWarning",
    "__version__",
    "errors",
    "scope",
    "webhooks",
]

_configure_logging()

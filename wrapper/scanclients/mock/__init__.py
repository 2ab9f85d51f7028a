"""A local stand-in for both APIs, for offline development and for test suites (yours too).

In a test suite, both services on free ports in a background thread:

    from scanclients import HostedScan
    from scanclients.mock import serve

    with serve(scan_seconds=0) as svc:
        hs = HostedScan(api_key="test", base_url=svc.hostedscan_url)
        scan = hs.scans.create_and_wait(type="NMAP", targets=["example.com"])
        assert svc.stats()["hostedscan"] == 1

From a shell: `scanclients mock` or `python -m scanclients.mock` (PDCP on 127.0.0.1:8085 and
HostedScan on 127.0.0.1:8086, the localhost servers of the two specs). Every request is checked
against its spec: a violation answers 400 in the API's error shape, a missing key 401. Faults are
injected on purpose with the `X-Mock-Fault` request header or `--fault`: see `FAULTS`.

Needs the `mock` extra: `pip install 'scanclients[mock]'`.
"""

from __future__ import annotations

from pathlib import Path

from ._faults import KINDS as FAULT_KINDS
from ._faults import __doc__ as _faults_doc
from ._server import MockService
from ._service import FAULT_HEADER, Settings

__all__ = ["FAULTS", "FAULT_HEADER", "FAULT_KINDS", "MockService", "Settings", "serve"]

FAULTS = _faults_doc or ""


def serve(
    *,
    host: str = "127.0.0.1",
    pdcp_port: int = 0,
    hostedscan_port: int = 0,
    api_key: str | None = None,
    scan_seconds: float = 0.0,
    page_size: int = 500,
    max_targets: int | None = None,
    fault: str | None = None,
    check_responses: bool = False,
    pdcp_spec: Path | str | None = None,
) -> MockService:
    """Both mock services, started; use it as a context manager so that it stops.

    `pdcp_spec` serves another PDCP document (a newer version, say) instead of the shipped one.
    """
    settings = Settings(
        api_key=api_key,
        scan_seconds=scan_seconds,
        page_size=page_size,
        max_targets=max_targets,
        fault=fault,
        check_responses=check_responses,
        pdcp_spec=pdcp_spec,
    )
    service = MockService(
        host=host, pdcp_port=pdcp_port, hostedscan_port=hostedscan_port, settings=settings
    )
    return service.start()

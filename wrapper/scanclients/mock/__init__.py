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

`Settings` holds the one set of defaults that `serve()`, `MockService`, both command lines and the
pytest plugin share.

Needs the `mock` extra (scanclients is not on PyPI): `pip install '.[mock]'` from a clone, the
wheel with `[mock]`, or `'scanclients[mock] @ git+URL'`. `MockService` is imported on first use,
so that `python -m scanclients.mock` without the extra can say so in one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from ._faults import FAULT_HEADER
from ._faults import KINDS as FAULT_KINDS
from ._faults import __doc__ as _faults_doc
from ._settings import HOST, Settings, SettingsKeywords

if TYPE_CHECKING:
    from ._server import MockService

__all__ = ["FAULTS", "FAULT_HEADER", "FAULT_KINDS", "MockService", "Settings", "serve"]

FAULTS = _faults_doc or ""
MISSING_EXTRA = (
    "the mock service needs the mock extra (scanclients is not on PyPI): pip install '.[mock]'"
    " from a clone, 'dist/scanclients-VERSION-py3-none-any.whl[mock]' from a wheel, or"
    " 'scanclients[mock] @ git+URL'"
)


def __getattr__(name: str) -> Any:
    if name == "MockService":
        return _server_module().MockService
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _server_module() -> Any:
    """The server's module; without the extra, an error that says which install gives it."""
    try:
        from . import _server
    except ModuleNotFoundError as missing:
        raise ModuleNotFoundError(
            f"{MISSING_EXTRA} ({missing.name} is not installed)", name=missing.name
        ) from missing
    return _server


def serve(
    *,
    host: str = HOST,
    pdcp_port: int = 0,
    hostedscan_port: int = 0,
    **settings: Unpack[SettingsKeywords],
) -> MockService:
    """Both mock services, started; use it as a context manager so that it stops.

    Port 0 picks a free port. The other keywords are the fields of `Settings`, with its defaults:
    `api_key`, `scan_seconds` (0 for instant scans), `page_size`, `max_targets`, `fault`,
    `check_responses`, and `pdcp_spec` to serve another PDCP document (a newer version, say)
    instead of the shipped one.
    """
    options = Settings(**settings)  # a misspelt keyword fails here, even without the extra
    server = _server_module()  # without the extra: an error naming the install that gives it
    service: MockService = server.MockService(
        host=host, pdcp_port=pdcp_port, hostedscan_port=hostedscan_port, settings=options
    )
    return service.start()

"""Run both mock services with uvicorn in a background thread."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from types import TracebackType
from typing import Self

import uvicorn

from ._hostedscan.service import HostedScanMock
from ._pdcp.service import PDCPMock
from ._settings import Settings

__all__ = ["MockService"]

_STARTUP_SECONDS = 10.0


class MockService:
    """Both mock services, on loopback (or `host`); port 0 picks a free port.

    with MockService() as svc:
        pd = PDCP(api_key="any", base_url=svc.pdcp_url)
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        pdcp_port: int = 0,
        hostedscan_port: int = 0,
        settings: Settings | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.pdcp = PDCPMock(self.settings)
        self.hostedscan = HostedScanMock(self.settings)
        self._host = host
        self._ports = (pdcp_port, hostedscan_port)
        self._servers: list[uvicorn.Server] = []
        self._sockets: list[socket.socket] = []
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    @property
    def pdcp_url(self) -> str:
        return self._url(0)

    @property
    def hostedscan_url(self) -> str:
        return self._url(1)

    def stats(self) -> dict[str, int]:
        """How many scans each service has created since the start or the last `reset`."""
        return {"pdcp": len(self.pdcp.scans), "hostedscan": len(self.hostedscan.scans)}

    def requests(self) -> dict[str, int]:
        """How many requests each service received (valid or not) since the start or `reset`."""
        return {"pdcp": self.pdcp.app.requests, "hostedscan": self.hostedscan.app.requests}

    def reset(self) -> None:
        """Forget every scan, fault counter and recorded contract violation."""
        self.pdcp.reset()
        self.hostedscan.reset()

    def violations(self) -> list[str]:
        """Answers that broke the spec (recorded when `settings.check_responses` is on)."""
        return [*self.pdcp.app.violations, *self.hostedscan.app.violations]

    def start(self) -> Self:
        self._sockets = [self._bind(port) for port in self._ports]
        self._servers = [
            uvicorn.Server(
                uvicorn.Config(
                    service.app.asgi(),
                    http="h11",  # the disconnect fault relies on h11 refusing a bad header
                    lifespan="off",
                    log_level="critical",
                    access_log=False,
                )
            )
            for service in (self.pdcp, self.hostedscan)
        ]
        self._thread = threading.Thread(target=self._run, name="scanclients-mock", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + _STARTUP_SECONDS
        while not all(server.started for server in self._servers):
            if self._failure is not None or not self._thread.is_alive():
                raise RuntimeError(f"the mock service did not start: {self._failure!r}")
            if time.monotonic() > deadline:
                raise RuntimeError("the mock service did not start in time")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        for sock in self._sockets:
            sock.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _bind(self, port: int) -> socket.socket:
        family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self._host, port))
        except OSError:
            sock.close()
            raise
        sock.listen(2048)
        return sock

    def _url(self, index: int) -> str:
        if not self._sockets:
            raise RuntimeError("the mock service is not started")
        port = self._sockets[index].getsockname()[1]
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{port}"

    def _run(self) -> None:
        async def serve_both() -> None:
            await asyncio.gather(
                *(
                    server.serve(sockets=[sock])
                    for server, sock in zip(self._servers, self._sockets, strict=True)
                )
            )

        try:
            asyncio.run(serve_both())
        except BaseException as error:  # reported by start()
            self._failure = error

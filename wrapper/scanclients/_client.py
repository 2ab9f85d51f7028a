"""What the four clients share: options, the connection pool, closing, and configured copies."""

from __future__ import annotations

import copy
from types import TracebackType
from typing import Self, TypeVar

import httpx

from ._flow import Flow, run_async, run_sync
from ._options import ClientOptions

__all__ = ["AsyncClient", "HttpClient", "SyncClient"]

T = TypeVar("T")
HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)

_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class _BaseClient:
    _options: ClientOptions
    _owns_http: bool

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool.

        Closing the copy leaves the pool open; close the original when done.
        """
        configured = copy.copy(self)
        configured._options = self._options.with_changes(timeout=timeout, max_retries=max_retries)
        configured._owns_http = False
        return configured

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, timeout={self.timeout!r},"
            f" max_retries={self.max_retries})"
        )


class SyncClient(_BaseClient):
    def _connect(self, options: ClientOptions, http_client: httpx.Client | None) -> None:
        self._options = options
        self._owns_http = http_client is None
        # An injected client is used only to send: auth, retries and errors stay ours.
        self._http = http_client or httpx.Client(
            timeout=options.timeout, limits=_LIMITS, follow_redirects=False
        )

    def _run(self, flow: Flow[T]) -> T:
        return run_sync(flow, self._http)

    def close(self) -> None:
        """Close the connection pool (unless it was injected, or this is a with_options copy)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(_BaseClient):
    def _connect(self, options: ClientOptions, http_client: httpx.AsyncClient | None) -> None:
        self._options = options
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=options.timeout, limits=_LIMITS, follow_redirects=False
        )

    async def _run(self, flow: Flow[T]) -> T:
        return await run_async(flow, self._http)

    async def close(self) -> None:
        """Close the connection pool (unless it was injected, or this is a with_options copy)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

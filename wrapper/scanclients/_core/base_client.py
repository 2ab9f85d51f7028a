"""What the four clients share: options, the connection pool, closing, and configured copies.

The pool a client builds itself never follows redirects (the key must reach no other origin) and,
for a plain-http base URL, ignores the proxy environment variables (a proxy would read the key in
clear text). A closed client, or an async client used from a second event loop, raises a typed
error instead of httpx's bare `RuntimeError`.
"""

from __future__ import annotations

import copy
import weakref
from types import TracebackType
from typing import TYPE_CHECKING, Self, TypeVar

import httpx

from ..errors import APIConnectionError, ClientClosedError, EventLoopError
from . import deadline as _deadline
from .flow import Flow, run_async, run_sync
from .options import ClientOptions

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncAPIClient", "SyncAPIClient"]

T = TypeVar("T")

_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


def _trust_env(options: ClientOptions) -> bool:
    # HTTP_PROXY would see the key of a plain-http (loopback) base URL in clear text.
    return not options.base_url.startswith("http://")


class _BaseClient:
    """Options and configured copies. No timeout is given to the pool: every request carries its
    own (`_core.send.build_request`), so that copies sharing one pool keep their own timeouts."""

    def __init__(self, options: ClientOptions, owns_http: bool) -> None:
        self._options = options
        self._owns_http = owns_http

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_body_size: int | None = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool.

        `timeout` is httpx's per-phase timeout (connect, each read); `deadline` bounds a whole
        call in seconds; `max_body_size` bounds the decoded bytes of an answer kept in memory.
        Closing the copy leaves the pool open; close the original when done.
        """
        configured = copy.copy(self)
        configured._options = self._options.with_changes(
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_body_size=max_body_size,
        )
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

    @property
    def deadline(self) -> float:
        """Seconds one call may take in all (retries and waits between them included)."""
        return self._options.deadline

    @property
    def max_body_size(self) -> int:
        return self._options.max_body_size

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, timeout={self.timeout!r},"
            f" deadline={self.deadline:g}, max_retries={self.max_retries})"
        )


def _closed(name: str) -> ClientClosedError:
    return ClientClosedError(f"this {name} client is closed: create a new one")


class SyncAPIClient(_BaseClient):
    def __init__(self, options: ClientOptions, http_client: httpx.Client | None = None) -> None:
        super().__init__(options, owns_http=http_client is None)
        # An injected client is used only to send: auth, retries and errors stay ours.
        if http_client is None:
            http_client = httpx.Client(
                limits=_LIMITS, follow_redirects=False, trust_env=_trust_env(options)
            )
            _deadline.install(http_client)
        self._http = http_client

    def _run(self, flow: Flow[T]) -> T:
        if self._http.is_closed:
            flow.close()
            raise _closed(type(self).__name__)
        try:
            return run_sync(flow, self._http)
        except (RuntimeError, APIConnectionError) as error:
            if self._http.is_closed:  # closed by another thread during the call
                raise _closed(type(self).__name__) from error
            raise

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


class _LoopBinding:
    """The event loop an async client's pool belongs to; shared by its with_options copies."""

    def __init__(self) -> None:
        self.loop: weakref.ref[asyncio.AbstractEventLoop] | None = None


class AsyncAPIClient(_BaseClient):
    def __init__(
        self, options: ClientOptions, http_client: httpx.AsyncClient | None = None
    ) -> None:
        super().__init__(options, owns_http=http_client is None)
        self._http = http_client or httpx.AsyncClient(
            limits=_LIMITS, follow_redirects=False, trust_env=_trust_env(options)
        )
        self._loop = _LoopBinding()

    def _check_loop(self) -> None:
        import asyncio  # here, not at the top: a sync caller's cold start need not import it

        running = asyncio.get_running_loop()
        bound = self._loop.loop() if self._loop.loop is not None else None
        if bound is None and self._loop.loop is None:
            self._loop.loop = weakref.ref(running)
        elif bound is not running:
            raise EventLoopError(
                f"this {type(self).__name__} was first used in another event loop (an earlier"
                " asyncio.run?): its connections cannot move; create one client per loop"
            )

    async def _run(self, flow: Flow[T]) -> T:
        if self._http.is_closed:
            flow.close()
            raise _closed(type(self).__name__)
        try:
            self._check_loop()
        except EventLoopError:
            flow.close()
            raise
        try:
            return await run_async(flow, self._http)
        except (RuntimeError, APIConnectionError) as error:
            if self._http.is_closed:  # closed by another task during the call
                raise _closed(type(self).__name__) from error
            raise

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

"""One overall deadline per call, enforced on every socket operation of the sync driver.

httpx's timeouts apply to each read: a server sending a byte a second never trips them. The async
driver wraps each effect in `asyncio.timeout`. The sync driver cannot interrupt a blocking read
from outside, so the clients it owns get a network backend whose streams bound every connect, read
and write by the time left before the deadline of the call running in this thread (a context
variable the driver sets). An injected `httpx.Client` is left as it is: there the deadline is
checked between reads (documented in the README).
"""

from __future__ import annotations

import contextvars
import time
import typing
from dataclasses import dataclass

import httpcore
import httpx

__all__ = ["Deadline", "DeadlineExceeded", "active", "install"]


@dataclass(frozen=True, slots=True)
class Deadline:
    """A point on the monotonic clock by which a call must end, and its length for messages."""

    at: float
    seconds: float

    @classmethod
    def after(cls, seconds: float) -> Deadline:
        return cls(time.monotonic() + seconds, seconds)

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def earliest(self, other: Deadline | None) -> Deadline:
        return self if other is None or self.at <= other.at else other


class DeadlineExceeded(httpx.TimeoutException):
    """The call's overall deadline passed while a request was in flight."""

    def __init__(self, deadline: Deadline, request: httpx.Request | None = None) -> None:
        super().__init__(
            f"exceeded the overall deadline of {deadline.seconds:g} s", request=request
        )
        self.deadline = deadline


_ACTIVE: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar(
    "scanclients_deadline", default=None
)


def active() -> contextvars.ContextVar[Deadline | None]:
    """The deadline of the call running in this context (set by the sync driver)."""
    return _ACTIVE


def _bounded(
    timeout: float | None, expired: type[httpcore.TimeoutException] = httpcore.ReadTimeout
) -> float | None:
    deadline = _ACTIVE.get()
    if deadline is None:
        return timeout
    remaining = deadline.remaining()
    if remaining <= 0:
        # A connect that never started is a ConnectTimeout: nothing was sent (see `_core.retry`).
        raise expired(f"exceeded the overall deadline of {deadline.seconds:g} s")
    return remaining if timeout is None else min(timeout, remaining)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, _bounded(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _Stream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def install(client: httpx.Client) -> bool:
    """Bound every socket operation of `client`'s own transports; False if httpx changed shape."""
    transports = [client._transport, *client._mounts.values()]
    installed = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _Backend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
            installed = True
    return installed

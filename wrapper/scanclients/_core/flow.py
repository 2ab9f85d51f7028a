"""Sans-I/O flows and the two drivers that run them.

Everything a client method does is written once, as a generator yielding the I/O it needs (`Send`,
`Sleep`, `Drain` a streamed body into a sink); `run_sync` and `run_async` perform them with httpx
and send the outcome (or throw the I/O's exception) back in: sync and async share all logic.

Both drivers enforce the same bounds: a `Send` or `Drain` ends by its deadline, a kept body is
counted in decoded bytes (no gzip bomb), and redirects are never followed (the key stays home).
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from .deadline import Deadline, DeadlineExceeded, active

__all__ = [
    "ERROR_BODY_LIMIT",
    "BodyTooLargeError",
    "Drain",
    "Flow",
    "Send",
    "Sleep",
    "aiter_decoded",
    "iter_decoded",
    "run_async",
    "run_sync",
]

T = TypeVar("T")

# An error body is only read for its message: more than this is cut off, not an error itself.
ERROR_BODY_LIMIT = 256 * 1024


@dataclass(frozen=True, slots=True)
class Send:
    """Send a request; the outcome is the response, its body read (at most `max_body` decoded
    bytes). With `stream`, a 2xx body is left unread for a `Drain`."""

    request: httpx.Request
    stream: bool = False
    deadline: Deadline | None = None
    max_body: int = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class Drain:
    """Pass a streamed response's body to `sink` chunk by chunk, then close the response."""

    response: httpx.Response
    sink: Callable[[bytes], object]
    deadline: Deadline | None = None
    max_body: int | None = None


Effect = Send | Sleep | Drain
Flow = Generator[Effect, Any, T]


class BodyTooLargeError(Exception):
    """A 2xx body went past `max_body` decoded bytes; `response` holds the part read."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        super().__init__(f"the body is larger than the {limit}-byte limit (max_body_size)")
        self.response = response
        self.limit = limit


class _Stepper(Generic[T]):
    """Advances a flow: hands it each outcome (or failure) and takes the next effect it asks for.
    Both drivers use it, so that only performing an effect differs between them."""

    def __init__(self, flow: Flow[T]) -> None:
        self._flow = flow
        self._outcome: Any = None
        self._failure: Exception | None = None
        self.result: T

    def next_effect(self) -> Effect | None:
        """The next I/O the flow asks for, or None once it has returned (see `result`)."""
        try:
            if self._failure is None:
                effect = self._flow.send(self._outcome)
            else:
                effect = self._flow.throw(self._failure)
        except StopIteration as done:
            self.result = done.value
            return None
        self._outcome, self._failure = None, None
        return effect

    def succeeded(self, outcome: Any) -> None:
        self._outcome = outcome

    def failed(self, failure: Exception) -> None:
        # Handed to the flow at the point that asked for the I/O; it decides what it means.
        self._failure = failure

    def close(self) -> None:
        self._flow.close()


_STEP = 64 * 1024  # the most decoded bytes one step of gzip decompression may produce


class _Decoder:
    """A body's raw bytes in, decoded bytes out in steps of at most `_STEP`, counted against
    `limit` and the deadline: a small gzip bomb cannot expand before it is counted. Encodings other
    than gzip are left to httpx's decoders (`raw` False: read `iter_bytes`, passed on as they are).
    """

    def __init__(
        self, response: httpx.Response, limit: int | None, deadline: Deadline | None
    ) -> None:
        encoding = response.headers.get("content-encoding", "").strip().lower()
        self.raw = encoding in ("", "identity", "gzip", "x-gzip")
        # A transport that answers from memory (httpx.MockTransport) hands over a decoded body.
        self.already_read = hasattr(response, "_content")
        gzipped = "gzip" in encoding and not self.already_read
        self._gzip = zlib.decompressobj(zlib.MAX_WBITS | 16) if gzipped else None
        self._response, self._limit, self._deadline = response, limit, deadline
        self._size = 0

    def decoded(self, raw: bytes) -> Iterator[bytes]:
        if self._gzip is None:
            yield raw
            return
        try:
            yield self._gzip.decompress(raw, _STEP)
            while self._gzip.unconsumed_tail:
                yield self._gzip.decompress(self._gzip.unconsumed_tail, _STEP)
        except zlib.error as error:
            raise httpx.DecodingError(f"the gzip body is corrupt: {error}") from None

    def chunks(self, raw: bytes) -> Iterator[bytes]:
        """The decoded chunks of a streamed body's `raw` bytes, none over the limit."""
        for chunk in self.decoded(raw):
            _check(self._deadline, self._response.request)
            self._size += len(chunk)
            if self._limit is not None and self._size > self._limit:
                raise BodyTooLargeError(self._response, self._limit)
            if chunk:
                yield chunk


class _Body(_Decoder):
    """Collects a body chunk by chunk, counting decoded bytes against a limit and the deadline."""

    _limit: int

    def __init__(self, response: httpx.Response, limit: int, deadline: Deadline | None) -> None:
        super().__init__(
            response, limit if response.is_success else min(limit, ERROR_BODY_LIMIT), deadline
        )
        self._parts: list[bytes] = []

    def add(self, chunk: bytes) -> bool:
        """Keep `chunk`; False once an error body is long enough to stop reading."""
        _check(self._deadline, self._response.request)
        room = self._limit - self._size
        if len(chunk) > room:
            if self._response.is_success:
                self._keep()
                raise BodyTooLargeError(self._response, self._limit)
            self._parts.append(chunk[:room])  # an error body: its start is enough
            self._size = self._limit
            return False
        self._parts.append(chunk)
        self._size += len(chunk)
        return True

    def feed(self, raw: bytes) -> bool:
        """Decode (gzip only) and keep a raw chunk; False once an error body is long enough."""
        return self.add(raw) if self._gzip is None else all(map(self.add, self.decoded(raw)))

    def _keep(self) -> None:
        # httpx keeps a read body in `_content`; setting it makes `.content`, `.text` and
        # `.json()` work on a response that was read as a bounded stream.
        self._response._content = b"".join(self._parts)

    def done(self) -> httpx.Response:
        self._keep()
        return self._response


def iter_decoded(
    response: httpx.Response, limit: int | None, deadline: Deadline | None
) -> Iterator[bytes]:
    """A streamed response's decoded body (sync), within `limit` bytes and by `deadline`: each read
    of the socket is bounded by what is left of it, as a `Send` is."""
    body = _Decoder(response, limit, deadline)
    if body.already_read:
        yield from body.chunks(response.content)
        return
    source = response.iter_raw() if body.raw else response.iter_bytes()
    while True:
        token = active().set(deadline)  # read by the socket streams of the clients we own
        try:
            raw = next(source, None)
        finally:
            active().reset(token)
        if raw is None:
            return
        yield from body.chunks(raw)


async def aiter_decoded(
    response: httpx.Response, limit: int | None, deadline: Deadline | None
) -> AsyncIterator[bytes]:
    """`iter_decoded` for an async response: each read is cancelled when the deadline passes."""
    import asyncio

    body = _Decoder(response, limit, deadline)
    if body.already_read:
        for chunk in body.chunks(response.content):
            yield chunk
        return
    source = response.aiter_raw() if body.raw else response.aiter_bytes()
    while True:
        try:
            async with asyncio.timeout(None if deadline is None else deadline.remaining()):
                raw = await anext(source, None)
        except TimeoutError:
            assert deadline is not None
            raise DeadlineExceeded(deadline, response.request) from None
        if raw is None:
            return
        for chunk in body.chunks(raw):
            yield chunk


def _check(deadline: Deadline | None, request: httpx.Request | None) -> None:
    if deadline is not None and deadline.remaining() <= 0:
        raise DeadlineExceeded(deadline, request)


def run_sync(flow: Flow[T], http: httpx.Client) -> T:
    stepper = _Stepper(flow)
    try:
        while (effect := stepper.next_effect()) is not None:
            try:
                stepper.succeeded(_perform_sync(effect, http))
            except Exception as failure:
                stepper.failed(failure)
        return stepper.result
    finally:
        stepper.close()


async def run_async(flow: Flow[T], http: httpx.AsyncClient) -> T:
    stepper = _Stepper(flow)
    try:
        while (effect := stepper.next_effect()) is not None:
            try:
                stepper.succeeded(await _perform_async(effect, http))
            except Exception as failure:
                stepper.failed(failure)
        return stepper.result
    finally:
        stepper.close()


def _perform_sync(effect: Effect, http: httpx.Client) -> Any:
    if isinstance(effect, Sleep):
        time.sleep(effect.seconds)
        return None
    deadline = effect.deadline
    token = active().set(deadline)  # read by the socket streams of the clients we own
    try:
        if isinstance(effect, Send):
            _check(deadline, effect.request)
            response = http.send(effect.request, stream=True, follow_redirects=False)
            if effect.stream and response.is_success:
                return response
            try:
                body = _Body(response, effect.max_body, deadline)
                if body.already_read:
                    body.add(response.content)
                else:
                    chunks = response.iter_raw() if body.raw else response.iter_bytes()
                    keep = body.feed if body.raw else body.add
                    for chunk in chunks:
                        if not keep(chunk):
                            break
                return body.done()
            finally:
                response.close()
        try:
            for chunk in iter_decoded(effect.response, effect.max_body, deadline):
                effect.sink(chunk)
        finally:
            effect.response.close()
        return None
    finally:
        active().reset(token)


async def _perform_async(effect: Effect, http: httpx.AsyncClient) -> Any:
    import asyncio  # here, not at the top: sync callers need not import it

    if isinstance(effect, Sleep):
        await asyncio.sleep(effect.seconds)
        return None
    deadline = effect.deadline
    request = effect.request if isinstance(effect, Send) else effect.response.request
    _check(deadline, request)
    try:
        async with asyncio.timeout(None if deadline is None else deadline.remaining()):
            return await _perform_async_io(effect, http)
    except TimeoutError:
        assert deadline is not None
        raise DeadlineExceeded(deadline, request) from None


async def _perform_async_io(effect: Send | Drain, http: httpx.AsyncClient) -> Any:
    if isinstance(effect, Send):
        response = await http.send(effect.request, stream=True, follow_redirects=False)
        if effect.stream and response.is_success:
            return response
        try:
            body = _Body(response, effect.max_body, effect.deadline)
            if body.already_read:
                body.add(response.content)
            else:
                chunks = response.aiter_raw() if body.raw else response.aiter_bytes()
                keep = body.feed if body.raw else body.add
                async for chunk in chunks:
                    if not keep(chunk):
                        break
            return body.done()
        finally:
            await response.aclose()
    try:
        async for chunk in aiter_decoded(effect.response, effect.max_body, effect.deadline):
            effect.sink(chunk)
    finally:
        await effect.response.aclose()
    return None

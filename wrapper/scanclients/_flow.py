"""Sans-I/O flows and the two drivers that run them.

Everything a client method does (building requests, retry decisions, parsing, polling, writing a
download) is written once, as a generator that yields the I/O it needs: `Send` a request, `Sleep`,
or `Drain` a streamed body into a sink. `run_sync` and `run_async` perform those effects with an
`httpx.Client` or an `httpx.AsyncClient` and send the outcome back in; an exception raised by the
I/O is thrown back into the flow at the point that asked for it. So the sync and async clients
share all logic and differ only in how they send and sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

__all__ = ["Drain", "Flow", "Send", "Sleep", "run_async", "run_sync"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Send:
    """Send a request; the outcome is the response. With `stream`, a 2xx body is left unread."""

    request: httpx.Request
    stream: bool = False


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class Drain:
    """Pass a streamed response's body to `sink` chunk by chunk, then close the response."""

    response: httpx.Response
    sink: Callable[[bytes], object]


Effect = Send | Sleep | Drain
Flow = Generator[Effect, Any, T]


class _Stepper(Generic[T]):
    """Advances a flow: hands it each outcome (or failure) and takes the next effect it asks for.

    Both drivers use it, so that only performing an effect differs between them.
    """

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
    if isinstance(effect, Send):
        response = http.send(effect.request, stream=effect.stream)
        if effect.stream and not response.is_success:
            try:  # an error body is small: read it for the error message
                response.read()
            finally:
                response.close()
        return response
    if isinstance(effect, Sleep):
        time.sleep(effect.seconds)
        return None
    try:
        for chunk in effect.response.iter_bytes():
            effect.sink(chunk)
    finally:
        effect.response.close()
    return None


async def _perform_async(effect: Effect, http: httpx.AsyncClient) -> Any:
    if isinstance(effect, Send):
        response = await http.send(effect.request, stream=effect.stream)
        if effect.stream and not response.is_success:
            try:
                await response.aread()
            finally:
                await response.aclose()
        return response
    if isinstance(effect, Sleep):
        import asyncio  # here, not at the top: sync callers need not import it

        await asyncio.sleep(effect.seconds)
        return None
    try:
        async for chunk in effect.response.aiter_bytes():
            effect.sink(chunk)
    finally:
        await effect.response.aclose()
    return None

"""Run a sans-I/O flow against a plain function: each Send is answered by `answer(request)`.

For flows whose operations the bundled spec does not hold yet: the flow's requests are observed
directly (what would go on the wire) without the mock service.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from scanclients._core.flow import Drain, Flow, Send, Sleep

T = TypeVar("T")


class Driver:
    def __init__(
        self, answer: Callable[[httpx.Request], httpx.Response], *, sleep: bool = False
    ) -> None:
        self.answer = answer
        self.sleep = sleep
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def run(self, flow: Flow[T]) -> T:
        outcome: Any = None
        failure: Exception | None = None
        while True:
            try:
                effect = flow.send(outcome) if failure is None else flow.throw(failure)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            outcome, failure = None, None
            if isinstance(effect, Send):
                effect.request.read()
                self.requests.append(effect.request)
                try:
                    outcome = self.answer(effect.request)
                except httpx.HTTPError as error:
                    failure = error
            elif isinstance(effect, Sleep):
                self.sleeps.append(effect.seconds)
                if self.sleep:
                    time.sleep(effect.seconds)
            elif isinstance(effect, Drain):
                for chunk in effect.response.iter_bytes():
                    effect.sink(chunk)

"""What many test modules share: the paths of the repository, a test key, a recording transport
(and one answering from a queue), mypy on a snippet, and the end-of-run report. (Fixtures live in
conftest.py; this module holds plain code.)"""

from __future__ import annotations

import json
import textwrap
import warnings
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from scanclients._core import retry as _retry

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
KEY = "sk-test-1234567890abcdef"


class Recorder:
    """An httpx transport that answers from a handler and keeps every request it saw."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[httpx.Request] = []
        self._handler = handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self._handler(request)

    def json(self, index: int = -1) -> object:
        return json.loads(self.requests[index].content)

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self))


def answering(*responses: httpx.Response | Exception) -> Recorder:
    """A Recorder answering with `responses` in turn (an exception is raised), the last for ever."""
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        return item

    return Recorder(handler)


def mypy_strict(tmp_path: Path, source: str) -> str:
    """What mypy --strict, with the project's configuration, says of `source` (dedented) written to
    `tmp_path / "snippet.py"`: how the tests check that a caller's code type-checks."""
    from mypy import api  # here: only the typing tests pay for importing mypy

    snippet = tmp_path / "snippet.py"
    snippet.write_text(textwrap.dedent(source))
    command = ["--strict", "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental"]
    stdout, _, _ = api.run([*command, str(snippet)])
    return stdout


REPORTS = pytest.StashKey[dict[str, list[str]]]()


def report(config: pytest.Config, title: str, lines: list[str]) -> None:
    """Lines printed at the end of the run under `title` (spec coverage, the fault matrix)."""
    config.stash.setdefault(REPORTS, {})[title] = lines


FAST_RETRIES = _retry.RetryPolicy(initial_delay=0.001)
"""Waits of a millisecond or two between retries; a Retry-After is still obeyed."""


def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """For the rest of the test, every client whose options carry no retry policy (all of them,
    the command line's included) waits `FAST_RETRIES` between attempts instead of seconds: the
    same retries, decided the same way, only sooner."""
    monkeypatch.setattr(_retry, "DEFAULT_POLICY", FAST_RETRIES)


def only(caught: pytest.WarningsRecorder, category: type[Warning]) -> warnings.WarningMessage:
    """The one warning of `category` among those `pytest.warns` recorded: the block also records
    unrelated ones (a ResourceWarning of another test's transport, collected meanwhile)."""
    (warned,) = [warning for warning in caught if issubclass(warning.category, category)]
    return warned

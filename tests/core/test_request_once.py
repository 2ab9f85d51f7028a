"""A call builds its request once (B1 of `make bench`): one `httpx.Request` per attempt sent, with
the client's headers, the method's parameters and the escape hatches all on that one request."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from scanclients import PDCP, AsyncPDCP
from tests.helpers import KEY, Recorder

_CREATED = {"id": "s1", "ok": True, "message": "ok"}


def _count_requests(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    built: list[str] = []
    original = httpx.Request.__init__

    def counting(self: httpx.Request, method: str, url: Any, **kwargs: Any) -> None:
        built.append(f"{method} {url}")
        original(self, method, url, **kwargs)

    monkeypatch.setattr(httpx.Request, "__init__", counting)
    return built


def test_a_create_builds_one_request_carrying_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=_CREATED))
    with PDCP(api_key=KEY, team_id="team-a", http_client=recorder.client()) as pd:
        built = _count_requests(monkeypatch)
        pd.scans.create_api(
            targets=["example.com"],
            name="once",
            extra_headers={"X-Trace": "t1"},
            extra_query={"q": "1"},
        )
    assert len(built) == 1, built
    sent = recorder.requests[-1]
    assert sent.method == "POST"
    assert sent.url.params["q"] == "1"
    assert sent.headers["x-api-key"] == KEY
    assert sent.headers["x-team-id"] == "team-a"
    assert sent.headers["x-trace"] == "t1"
    assert sent.headers["content-type"] == "application/json"
    assert int(sent.headers["content-length"]) == len(sent.content)
    assert json.loads(sent.content)["targets"] == ["example.com"]


async def test_an_async_create_builds_one_request(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=_CREATED))
    async with AsyncPDCP(api_key=KEY, http_client=recorder.async_client()) as pd:
        built = _count_requests(monkeypatch)
        await pd.scans.create_api(targets=["example.com"], extra_body={"name": "x"})
    assert len(built) == 1, built
    assert json.loads(recorder.requests[-1].content) == {"targets": ["example.com"], "name": "x"}

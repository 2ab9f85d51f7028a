"""What creates a scan is declared once (`creates` in specs/generators.toml): every way of calling
it says `maybe_created` alike, and none is retried after a failure that may have reached the service.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from scanclients import PDCP
from scanclients.errors import InternalServerError
from tests.helpers import ROOT, Recorder
from tests.resource_tools import KEY, operations

CREATES = tomllib.loads((ROOT / "specs" / "generators.toml").read_text())["pdcp"]["resources"][
    "creates"
]


def test_the_generated_operations_carry_the_declaration() -> None:
    flagged = sorted(op.operation_id for op in operations() if op.creates)
    assert flagged == sorted(CREATES)


def _boom(request: httpx.Request) -> httpx.Response:
    return httpx.Response(500, json={"message": "boom"})


CALLS: dict[str, Callable[[PDCP], Any]] = {
    "scans.create": lambda pd: pd.scans.create(targets=["example.com"]),
    "scans.create_api": lambda pd: pd.scans.create_api(targets=["example.com"]),
    "enumerations.create": lambda pd: pd.enumerations.create(root_domains=["example.com"]),
}


@pytest.mark.parametrize("call", list(CALLS))
def test_a_500_on_a_create_says_maybe_created_and_is_sent_once(call: str) -> None:
    recorder = Recorder(_boom)
    pd = PDCP(api_key=KEY, team_id="team-1", http_client=recorder.client())
    with pd, pytest.raises(InternalServerError) as caught:
        CALLS[call](pd)
    assert [(r.method, r.url.path) for r in recorder.requests][:1] == [
        ("POST", "/v1/asset/enumerate" if call.startswith("enum") else "/v1/scans")
    ]
    assert len(recorder.requests) == 1
    assert caught.value.maybe_created is True
    assert caught.value.maybe_applied is True


def test_the_generated_import_sends_its_bytes_and_says_maybe_created() -> None:
    recorder = Recorder(_boom)
    lines = b'{"template-id": "t", "host": "example.com"}\n'
    pd = PDCP(api_key=KEY, team_id="team-1", http_client=recorder.client())
    with pd, pytest.raises(InternalServerError) as caught:
        pd.scans.import_create(body=lines, name="mine")
    (request,) = recorder.requests
    assert (request.method, request.url.path, request.url.params["name"]) == (
        "POST",
        "/v1/scans/import",
        "mine",
    )
    assert request.content == lines
    assert request.headers["content-type"] == "application/octet-stream"
    assert caught.value.maybe_created is True

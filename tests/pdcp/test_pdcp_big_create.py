"""A create with 100,000 targets: the body is encoded once, by httpx, and a bad value deep in it
is still named by its index before anything is sent."""

from __future__ import annotations

import json

import httpx
import pytest

from scanclients import PDCP
from scanclients.errors import ValidationError

TARGETS = [f"host-{i}.example.com" for i in range(100_000)]


def client(sent: list[httpx.Request]) -> PDCP:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "s1", "message": "ok", "truncated-scan-targets": 0})

    transport = httpx.MockTransport(answer)
    return PDCP(
        api_key="k", base_url="https://pdcp.test", http_client=httpx.Client(transport=transport)
    )


def test_a_long_target_list_goes_on_the_wire_as_httpx_encodes_it() -> None:
    sent: list[httpx.Request] = []
    with client(sent) as pd:
        created = pd.scans.create(targets=TARGETS, name="big")
    assert created.id == "s1"
    (request,) = sent
    expected = json.dumps(
        {"targets": TARGETS, "name": "big"}, ensure_ascii=False, separators=(",", ":")
    )
    assert json.loads(request.content) == json.loads(expected)
    assert request.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"targets": [*TARGETS[:-1], "h\ud800st"]}, "targets[99999]"),
        ({"targets": TARGETS, "name": "night\udfffly"}, "name"),
    ],
)
def test_a_lone_surrogate_deep_in_a_big_create_is_named_and_nothing_is_sent(
    params: dict, field: str
) -> None:
    sent: list[httpx.Request] = []
    with client(sent) as pd, pytest.raises(ValidationError) as caught:
        pd.scans.create(**params)
    assert caught.value.field == field
    assert "lone surrogate" in str(caught.value)
    assert sent == []

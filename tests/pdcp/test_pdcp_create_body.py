"""`pd.scans.create`'s body: plain keywords go on the wire without the round trip through the
generated `CreateScanRequest`, yet byte for byte as that model writes them, in its key order."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from scanclients import PDCP
from scanclients._generated.pdcp_client.models import (
    CreateScanRequest,
    CreateScanRequestAgentBehavior,
)
from scanclients.errors import ValidationError

URL = "https://pdcp.test"


def _sent(params: dict[str, Any]) -> bytes:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "s1", "message": "ok", "truncated-scan-targets": 0})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with PDCP(api_key="k", base_url=URL, http_client=http) as pd:
        pd.scans.create(**params)
    (request,) = sent
    return request.content


def _as_the_model_writes(body: dict[str, Any]) -> bytes:
    written = CreateScanRequest.from_dict(body).to_dict()
    return httpx.Request("POST", URL, json=written).content


# Every plain kind of keyword (strings, booleans, an enum's value, lists of strings, an empty
# list), given in an order unlike the model's.
PLAIN = {
    "name": "nightly",
    "agent_behavior": "distribute",
    "exclusions": ["*.staging.example.com"],
    "templates": [],
    "all": True,
    "targets": ["example.com", "example.org"],
    "recommended": False,
    "socks5_proxy": "socks5://127.0.0.1:1080",
    "agent_tags": ["eu"],
}


def test_plain_keywords_are_sent_as_the_model_writes_them_in_its_order() -> None:
    content = _sent(PLAIN)
    assert content == _as_the_model_writes(PLAIN)
    assert list(json.loads(content)) == [
        "targets",
        "templates",
        "name",
        "recommended",
        "all",
        "socks5_proxy",
        "agent_tags",
        "agent_behavior",
        "exclusions",
    ]


@pytest.mark.parametrize(
    ("params", "body"),
    [
        # Iterables are listed first, then plain.
        (
            {"targets": ("a.example.com",), "templates": (t for t in ["http/"])},
            {"targets": ["a.example.com"], "templates": ["http/"]},
        ),
        # Not plain (an enum member, a nested dict): through the model, as before.
        (
            {"targets": ["a.example.com"], "agent_behavior": CreateScanRequestAgentBehavior.MIRROR},
            {"targets": ["a.example.com"], "agent_behavior": "mirror"},
        ),
        (
            {"asset_filters": {"time": "last_day"}, "name": "n", "targets": ["a.example.com"]},
            {"asset_filters": {"time": "last_day"}, "name": "n", "targets": ["a.example.com"]},
        ),
    ],
)
def test_other_keywords_are_sent_as_the_model_writes_them(
    params: dict[str, Any], body: dict[str, Any]
) -> None:
    assert _sent(params) == _as_the_model_writes(body)


def test_a_plain_keyword_is_still_checked_before_anything_is_sent() -> None:
    with pytest.raises(ValidationError) as caught:
        _sent({**PLAIN, "agent_behavior": "everywhere"})
    assert caught.value.field == "agent_behavior"
    with pytest.raises(ValidationError, match="must not be blank") as blank:
        _sent({**PLAIN, "targets": ["a.example.com", " "]})
    assert blank.value.field == "targets[1]"

"""`hs.scans.create`'s targets: a plain list of strings is taken in two C-level passes, and any
bad item in a list is still refused as in any other iterable, named by its index."""

from __future__ import annotations

import json

import httpx
import pytest

from scanclients import HostedScan
from scanclients.errors import ValidationError

BAD_ITEMS = [
    (["a.com", " "], "targets[1]: expected a non-empty string, got ' '"),
    (["a.com", ""], "targets[1]: expected a non-empty string, got ''"),
    (["a.com", "b.com", 7], "targets[2]: expected a non-empty string, got 7"),
    (["a.com", None], "targets[1]: expected a non-empty string, got None"),
    (["h\ud800st"], "targets[0]: contains a lone surrogate, which is not text that can be sent"),
]


def _client(sent: list[httpx.Request]) -> HostedScan:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"data": {"id": "s1", "state": "QUEUED"}})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return HostedScan(api_key="k", base_url="https://hs.test", http_client=http)


@pytest.mark.parametrize(("targets", "message"), BAD_ITEMS)
@pytest.mark.parametrize("given_as", [list, iter], ids=["list", "iterator"])
def test_a_bad_target_is_named_by_its_index_and_nothing_is_sent(
    targets: list[object], message: str, given_as: type
) -> None:
    sent: list[httpx.Request] = []
    with _client(sent) as hs, pytest.raises(ValidationError) as caught:
        hs.scans.create(type="NMAP", targets=given_as(targets))
    assert str(caught.value) == message
    assert sent == []


def test_a_list_of_targets_is_sent_as_given() -> None:
    sent: list[httpx.Request] = []
    targets = ["a.com", " b.example.com ", "café.example"]
    with _client(sent) as hs:
        scan = hs.scans.create(type="NMAP", targets=targets, target_ids=["t1"])
    assert scan.id == "s1"
    (request,) = sent
    assert json.loads(request.content) == {
        "targets": targets,
        "target_ids": ["t1"],
        "type": "NMAP",
    }

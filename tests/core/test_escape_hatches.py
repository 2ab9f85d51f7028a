"""The escape hatches (`extra_headers`, `extra_query`, `extra_body`) are merged last: one value per
name, theirs (case-insensitively for headers), and what cannot be sent is refused before any I/O."""

from __future__ import annotations

import json

import httpx
import pytest

from scanclients import PDCP, AsyncPDCP, HostedScan
from scanclients.errors import ValidationError
from tests.helpers import KEY, Recorder
from tests.resource_tools import item_type, list_operations, page_json, value_of

SCANS = next(op for op in list_operations() if op.operation_id == "get-v1-scans")

NOTHING_SENT = "nothing may be sent"


def _refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(NOTHING_SENT)


def _pdcp(recorder: Recorder) -> PDCP:
    return PDCP(api_key=KEY, team_id="team-a", http_client=recorder.client())


def _scans(ids: list[int], total: int) -> httpx.Response:
    items = []
    for i in ids:
        item = value_of(item_type(SCANS), i)
        item.scan_id = f"s{i}"
        items.append(item)
    return httpx.Response(200, json=page_json(SCANS, items, total))


def _scans_page(request: httpx.Request) -> httpx.Response:
    return _scans([], 0)


def _raw(request: httpx.Request, name: str) -> list[str]:
    """Every value of header `name` on the request, as the wire would carry them."""
    return [v.decode() for k, v in request.headers.raw if k.decode().lower() == name.lower()]


def test_extra_headers_replace_the_clients_key_and_team_whatever_their_case() -> None:
    recorder = Recorder(_scans_page)
    with _pdcp(recorder) as pd:
        list(pd.scans.list(extra_headers={"X-API-Key": "tenant-key", "X-Team-Id": "team-b"}))
    (request,) = recorder.requests
    assert _raw(request, "x-api-key") == ["tenant-key"]
    assert _raw(request, "x-team-id") == ["team-b"]
    assert KEY not in str(request.headers.raw)


def test_extra_headers_replace_hostedscans_key_too() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={"data": {"id": "t1", "target": "a"}}))
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        hs.targets.get("t1", extra_headers={"x-hostedscan-api-key": "other", "accept": "text/x"})
    (request,) = recorder.requests
    assert _raw(request, "X-HOSTEDSCAN-API-KEY") == ["other"]
    assert _raw(request, "Accept") == ["text/x"]


def test_extra_query_replaces_the_methods_parameter_and_sends_it_once() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={"message": "ok", "id": "e1"}))
    with _pdcp(recorder) as pd:
        pd.enumerations.create(name="n", extra_query={"dry_run": True, "tag": ["a", "b"]})
    (first,) = recorder.requests
    assert first.url.params.multi_items() == [("dry_run", "true"), ("tag", "a"), ("tag", "b")]


def test_extra_query_on_a_list_sets_the_start_and_the_page_size_once() -> None:
    recorder = Recorder(_scans_page)
    with _pdcp(recorder) as pd:
        list(pd.scans.list(limit=5, extra_query={"limit": 7, "offset": 3}))
    (request,) = recorder.requests
    params = request.url.params
    assert params.get_list("limit") == ["7"]
    assert params.get_list("offset") == ["3"]


def test_a_list_given_its_start_in_extra_query_walks_on_from_there() -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        return _scans(list(range(offset, min(offset + 2, 7))), 7)

    recorder = Recorder(pages)
    with _pdcp(recorder) as pd:
        got = [scan.scan_id for scan in pd.scans.list(limit=2, extra_query={"offset": 3})]
    assert got == ["s3", "s4", "s5", "s6"]
    assert [r.url.params.get_list("offset") for r in recorder.requests] == [["3"], ["5"]]


def test_extra_body_replaces_the_methods_field() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={"message": "ok", "id": "e1"}))
    with _pdcp(recorder) as pd:
        pd.enumerations.create(name="n", extra_body={"name": "m"})
    assert json.loads(recorder.requests[0].content) == {"name": "m"}


@pytest.mark.parametrize(
    ("escapes", "message"),
    [
        ({"extra_headers": {"X": 5}}, "extra_headers.X: expected a string, got int"),
        (
            {"extra_headers": {"X-Name": "caf\u00e9"}},
            "extra_headers.X-Name: has control or non-ASCII",
        ),
        ({"extra_headers": {"X-Name": "a\r\nX-Evil: 1"}}, "extra_headers.X-Name: has control"),
        ({"extra_headers": {"X Name": "a"}}, "extra_headers: 'X Name' is not a header name"),
        ({"extra_headers": {"Content-Length": "9"}}, "extra_headers.Content-Length: is set from"),
        ({"extra_query": {"q": "t\ud800x"}}, r"extra_query.q: contains a lone surrogate"),
        ({"extra_query": {"q": ["a", "\udfff"]}}, r"extra_query.q\[1\]: contains a lone surrogate"),
        ({"extra_query": {"q\ud800": "a"}}, r"contains a lone surrogate"),
        ({"extra_query": {"q": float("nan")}}, r"extra_query.q: nan is not a number"),
        ({"extra_query": {"q": {"a": 1}}}, r"extra_query.q: expected text, a number or a bool"),
        ({"extra_body": {"score": float("nan")}}, r"extra_body.score: nan cannot be sent as JSON"),
        (
            {"extra_body": {"a": [1, float("inf")]}},
            r"extra_body.a\[1\]: inf cannot be sent as JSON",
        ),
        ({"extra_body": {"a": {"b": "\ud800"}}}, r"extra_body.a.b: contains a lone surrogate"),
    ],
)
def test_escape_hatches_that_cannot_be_sent_are_refused_naming_the_key(
    escapes: dict[str, object], message: str
) -> None:
    with _pdcp(Recorder(_refuse)) as pd:
        with pytest.raises(ValidationError, match=message):
            pd.scans.get("s1", **escapes)  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match=message):
            pd.scans.list(**escapes)  # type: ignore[arg-type]


async def test_async_lists_refuse_the_same_before_any_io() -> None:
    async with AsyncPDCP(api_key=KEY, http_client=Recorder(_refuse).async_client()) as pd:
        with pytest.raises(ValidationError, match=r"extra_headers\.X: expected a string"):
            pd.scans.list(extra_headers={"X": 5})  # type: ignore[dict-item]

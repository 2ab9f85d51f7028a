"""Pagers against servers that lie: a capped page size, totals too high, pages going round in a
cycle, pages handed out forever; and fuzzed lying servers, which must always be walked to an end."""

from __future__ import annotations

import warnings
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanclients import PDCP, AsyncPDCP, HostedScan
from scanclients._core import paging as _paging
from scanclients.errors import IncompleteListWarning, UnexpectedResponseError
from tests.helpers import KEY, Recorder, only
from tests.resource_tools import item_type, list_operations, page_json, value_of

SCANS = next(op for op in list_operations() if op.operation_id == "get-v1-scans")
LEAKS = next(op for op in list_operations() if op.operation_id == "get-v1-leaks")


def _page(op: Any, ids: list[int], total: int | None) -> httpx.Response:
    items = []
    for i in ids:
        item = value_of(item_type(op), i)
        if hasattr(item, "scan_id"):
            item.scan_id = f"s{i}"
        items.append(item)
    return httpx.Response(200, json=page_json(op, items, total))


def _capped(total: int, cap: int, reported_total: int | None = None) -> Recorder:
    """A PDCP scans list of `total` scans that never sends more than `cap` a page."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        limit = min(int(request.url.params.get("limit", "100")), cap)
        ids = list(range(offset, min(offset + limit, total)))
        return _page(SCANS, ids, total if reported_total is None else reported_total)

    return Recorder(handler)


def _ids(scans: list[Any]) -> list[str]:
    return [scan.scan_id for scan in scans]


def test_a_server_capping_the_page_size_is_walked_to_its_total() -> None:
    recorder = _capped(250, cap=100)
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        got = _ids(list(pd.scans.list(limit=500)))
    assert got == [f"s{i}" for i in range(250)]
    assert [r.url.params["offset"] for r in recorder.requests] == ["0", "100", "200"]
    assert {r.url.params["limit"] for r in recorder.requests} == {"500"}


async def test_an_async_pager_walks_a_capped_server_to_its_total() -> None:
    recorder = _capped(250, cap=100)
    async with AsyncPDCP(api_key=KEY, http_client=recorder.async_client()) as pd:
        got = [scan.scan_id async for scan in pd.scans.list(limit=500)]
    assert len(got) == 250
    assert len(recorder.requests) == 3


def test_a_page_numbered_list_capping_its_page_size_is_walked_to_its_total() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page_number", "1"))
        ids = list(range((number - 1) * 10, min(number * 10, 25)))
        return _page(LEAKS, ids, 25)

    recorder = Recorder(handler)
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        got = list(pd.leaks.list(limit=50))
    assert len(got) == 25
    assert [r.url.params["page_number"] for r in recorder.requests] == ["1", "2", "3"]


def test_a_total_the_list_never_reaches_is_said_where_the_caller_loops() -> None:
    recorder = _capped(100, cap=100, reported_total=250)
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        with pytest.warns(IncompleteListWarning) as caught:
            got = list(pd.scans.list(limit=500))
    assert len(got) == 100  # what the service had: kept, not lost to an exception
    warning = only(caught, IncompleteListWarning)
    assert str(warning.message) == "the list ended after 100 items, but its total_results says 250"
    assert warning.filename == __file__
    assert len(recorder.requests) == 2  # the short page, then the empty one


def test_a_list_reaching_its_total_does_not_warn() -> None:
    with PDCP(api_key=KEY, http_client=_capped(7, cap=3).client()) as pd:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert len(list(pd.scans.list(limit=3))) == 7


def _cycling(period: int) -> Recorder:
    """Pages of two new ids each, going back to the first page after `period` pages."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        start = (offset // 2) % period * 2
        return _page(SCANS, [start, start + 1], 10**6)

    return Recorder(handler)


@pytest.mark.parametrize("period", [2, 3, 7])
def test_a_server_alternating_pages_is_stopped_as_a_cycle(period: int) -> None:
    recorder = _cycling(period)
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        with pytest.raises(UnexpectedResponseError, match="going round in a cycle"):
            list(pd.scans.list(limit=2))
    # every page once, then two pages of nothing new: the second of them ends the walk
    assert len(recorder.requests) == period + 2


async def test_an_async_pager_stops_a_cycle_too() -> None:
    recorder = _cycling(2)
    async with AsyncPDCP(api_key=KEY, http_client=recorder.async_client()) as pd:
        with pytest.raises(UnexpectedResponseError, match="going round in a cycle"):
            [scan async for scan in pd.scans.list(limit=2)]
    assert len(recorder.requests) == 4


def test_hostedscan_pages_cycling_under_fresh_tokens_are_stopped() -> None:
    counter = iter(range(10**6))

    def handler(request: httpx.Request) -> httpx.Response:
        number = next(counter)
        target = {"id": f"t{number % 2}", "target": "a.example.com", "tags": []}
        return httpx.Response(200, json={"data": [target], "next_page_token": f"p{number}"})

    recorder = Recorder(handler)
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        with pytest.raises(UnexpectedResponseError, match="going round in a cycle"):
            list(hs.targets.list())
    assert len(recorder.requests) == 4


def test_one_page_of_items_already_seen_is_not_yet_a_cycle() -> None:
    # Scans created while the list is walked push the ones seen onto the next page.
    pages = [[0, 1], [1, 0], [2]]

    def handler(request: httpx.Request) -> httpx.Response:
        return _page(SCANS, pages[int(request.url.params["offset"]) // 2], 5)

    with PDCP(api_key=KEY, http_client=Recorder(handler).client()) as pd:
        assert _ids(list(pd.scans.list(limit=2))) == ["s0", "s1", "s1", "s0", "s2"]


def test_pdcp_lists_stop_at_the_same_default_page_bound_as_hostedscans(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from scanclients._hostedscan import args as _hs_args

    assert _hs_args.DEFAULT_MAX_PAGES is _paging.DEFAULT_MAX_PAGES
    monkeypatch.setattr(_paging, "DEFAULT_MAX_PAGES", 5)
    recorder = _capped(10**9, cap=2)  # fresh scans for ever
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        with pytest.raises(UnexpectedResponseError, match="still more pages after 5"):
            list(pd.scans.list(limit=2))
    assert len(recorder.requests) == 5


# --- fuzzed lying servers --------------------------------------------------------------------

_lies = st.fixed_dictionaries(
    {
        "items": st.integers(0, 60),
        "cap": st.integers(1, 20),
        "total_offset": st.integers(-30, 30),
        "period": st.one_of(st.none(), st.integers(1, 6)),
        "limit": st.integers(1, 30),
    }
)


@given(lies=_lies)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_fuzzed_lying_servers_are_walked_to_an_end(lies: dict[str, Any]) -> None:
    real, cap, period = lies["items"], lies["cap"], lies["period"]
    total = max(0, real + lies["total_offset"])

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        size = min(int(request.url.params["limit"]), cap)
        if period is not None:
            offset = offset % (period * size)  # goes round and round
        return _page(SCANS, list(range(offset, min(offset + size, real))), total)

    recorder = Recorder(handler)
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        got: list[Any] = []
        with warnings.catch_warnings(record=True):
            warnings.simplefilter("always")
            try:
                got.extend(pd.scans.list(limit=lies["limit"]))
            except UnexpectedResponseError as error:
                assert "cycle" in str(error) or "repeats the one before" in str(error)
    # Always an end, and soon: every item once, plus a handful of pages to tell a cycle or a gap.
    assert len(recorder.requests) <= real + 4
    if period is None and total <= real:
        assert len(got) >= min(total, real)


def test_a_pdcp_list_takes_max_pages_as_hostedscans_do() -> None:
    recorder = _capped(10**9, cap=2)
    with PDCP(api_key=KEY, http_client=recorder.client()) as pd:
        with pytest.raises(UnexpectedResponseError, match="pass a larger max_pages"):
            list(pd.scans.list(limit=2, max_pages=3))
        assert len(list(pd.scans.list(limit=2, max_items=6, max_pages=3))) == 6
    assert len(recorder.requests) == 6


def test_a_page_count_keeps_a_capped_walk_going_when_no_item_total_is_given() -> None:
    assert SCANS.paging is not None
    op = SCANS._replace(paging=SCANS.paging._replace(total=()))
    cursor = _paging._Cursor(op, {"limit": 500}, None)
    response = httpx.Response(200, request=httpx.Request("GET", "http://127.0.0.1/"))

    class Page:
        def __init__(self, count: int, total_pages: int) -> None:
            self.data = [f"item-{cursor.position + i}" for i in range(count)]
            self.total_pages = total_pages

    got = []
    for count in (100, 100, 50):  # asked 500, sent 100 a page: three pages, the count says
        assert not cursor.done
        got += cursor.accept(Page(count, 3), response, "PDCP")
    assert cursor.done
    assert len(got) == 250
    assert cursor.position == 250

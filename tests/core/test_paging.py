"""Auto-paging: every list operation of the spec, each envelope shape, and servers that misbehave.

The pages are built from each operation's own generated models, and served by its own cursor
(offset, page or page_number) and page size, so every envelope shape of the document is walked.
"""

from __future__ import annotations

import httpx
import pytest

from scanclients import PDCP, AsyncPDCP
from scanclients._core.operation import AsyncResource, SyncResource
from scanclients._core.operation_spec import Operation
from scanclients.errors import UnexpectedResponseError, ValidationError
from tests.resource_tools import KEY, items_for, list_operations, page_json, paging_server

LISTS = list_operations()
IDS = [op.operation_id for op in LISTS]


def _client(handler) -> PDCP:
    return PDCP(
        api_key=KEY, team_id="t", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )


def _async_client(handler) -> AsyncPDCP:
    transport = httpx.MockTransport(handler)
    return AsyncPDCP(api_key=KEY, team_id="t", http_client=httpx.AsyncClient(transport=transport))


def _args(op: Operation, **extra: object) -> dict[str, object]:
    """Required arguments of `op` (path parameters and the like) with made-up values."""
    made = {"int": 1, "float": 1.0, "bool": True}
    return {p.name: made.get(p.kind, "x1") for p in op.params if p.required} | extra


class _Walk(SyncResource):
    """Calls an Operation directly, as a generated method would."""


class _AsyncWalk(AsyncResource):
    pass


def test_the_spec_has_list_operations_of_every_cursor_style() -> None:
    styles = {(op.paging.style, op.paging.cursor) for op in LISTS if op.paging}
    assert LISTS, "no list operation was generated"
    print(f"{len(LISTS)} list operations, cursors {sorted(styles)}")
    shapes = {(op.paging.items, bool(op.paging.total)) for op in LISTS if op.paging}
    print(f"{len(shapes)} envelope shapes (items path, has total): {sorted(shapes)}")


@pytest.mark.parametrize("op", LISTS, ids=IDS)
def test_every_list_operation_walks_all_items_in_order(op: Operation) -> None:
    items = items_for(op, 5)
    seen: list[httpx.Request] = []
    server = paging_server(op, items)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return server(request)

    assert op.paging is not None
    with _client(handler) as pd:
        got = list(_Walk(pd)._call(op, _args(op, **{op.paging.size: 2})))
    assert [getattr(i, "additional_properties", {}).get("n", i) for i in got] == [
        getattr(i, "additional_properties", {}).get("n", i) for i in items
    ]
    # 5 items, 2 a page: 3 pages, the last one short; never a fourth request.
    assert len(seen) == 3


@pytest.mark.parametrize("op", LISTS, ids=IDS)
async def test_every_list_operation_walks_async(op: Operation) -> None:
    items = items_for(op, 3)
    assert op.paging is not None
    async with _async_client(paging_server(op, items)) as pd:
        got = [i async for i in _AsyncWalk(pd)._call(op, _args(op, **{op.paging.size: 2}))]
    assert len(got) == 3


@pytest.mark.parametrize("op", LISTS, ids=IDS)
def test_a_server_answering_the_same_page_forever_is_an_error(op: Operation) -> None:
    page = page_json(op, items_for(op, 2), 100)
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json=page)

    assert op.paging is not None
    with (
        _client(handler) as pd,
        pytest.raises(UnexpectedResponseError, match="repeats the one before"),
    ):
        list(_Walk(pd)._call(op, _args(op, **{op.paging.size: 2})))
    assert len(calls) == 2


def test_paging_stops_at_the_total_without_asking_for_an_empty_page() -> None:
    op = next(o for o in LISTS if o.paging and o.paging.total and o.paging.style == "offset")
    items = items_for(op, 4)
    calls = []
    server = paging_server(op, items)

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return server(request)

    assert op.paging is not None
    with _client(handler) as pd:
        assert len(list(_Walk(pd)._call(op, _args(op, **{op.paging.size: 2})))) == 4
    assert len(calls) == 2  # 4 of 4 after two full pages: the total says stop
    assert [r.url.params.get("offset") for r in calls] == ["0", "2"]


def test_paging_stops_on_an_empty_page() -> None:
    op = next(o for o in LISTS if o.paging and not o.paging.total)
    items = items_for(op, 4)
    calls = []
    server = paging_server(op, items, with_total=False)

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return server(request)

    assert op.paging is not None
    with _client(handler) as pd:
        assert len(list(_Walk(pd)._call(op, _args(op, **{op.paging.size: 2})))) == 4
    assert len(calls) == 3  # two full pages and the empty third one


def test_max_items_caps_the_items_and_the_requests() -> None:
    op = LISTS[0]
    calls = []
    server = paging_server(op, items_for(op, 10))

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return server(request)

    assert op.paging is not None
    with _client(handler) as pd:
        got = list(_Walk(pd)._call(op, _args(op, **{op.paging.size: 2}), max_items=3))
    assert len(got) == 3
    assert len(calls) == 2


def test_pages_gives_the_page_models() -> None:
    op = next(o for o in LISTS if o.paging and o.paging.items)
    assert op.paging is not None
    with _client(paging_server(op, items_for(op, 3))) as pd:
        pages = list(_Walk(pd)._call(op, _args(op, **{op.paging.size: 2})).pages())
    assert len(pages) == 2
    assert all(hasattr(p, "to_dict") for p in pages)


def test_a_bad_max_items_fails_before_any_request() -> None:
    op = LISTS[0]

    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    with _client(handler) as pd, pytest.raises(ValidationError, match="max_items"):
        _Walk(pd)._call(op, _args(op), max_items=-1)


def test_a_page_without_its_list_is_a_typed_error() -> None:
    op = next(o for o in LISTS if o.paging and o.paging.items)
    page = page_json(op, [], None)
    page.pop(next(k for k, v in page.items() if v == []), None)
    with _client(lambda r: httpx.Response(200, json=page)) as pd:
        # Where the items are required the model refuses the page; elsewhere the pager does.
        with pytest.raises(UnexpectedResponseError, match=r"no list of items|KeyError"):
            list(_Walk(pd)._call(op, _args(op)))


def test_scans_list_is_an_auto_pager() -> None:
    op = next(o for o in LISTS if o.operation_id == "get-v1-scans")
    server = paging_server(op, items_for(op, 5))
    with _client(server) as pd:
        assert len(list(pd.scans.list(limit=2))) == 5
        assert len(list(pd.scans.list(limit=2, max_items=1))) == 1

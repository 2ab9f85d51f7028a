"""Paging by hand (issue 26): `has_next_page()`, `next_page()` and `.page`, one request a page,
apart from iterating the same pager; sync and async, both services."""

from __future__ import annotations

import pytest

from scanclients import PDCP, AsyncHostedScan, HostedScan
from scanclients.types import ListPage
from tests.helpers import KEY


def test_pages_by_hand_one_request_each_until_the_list_ends(mock) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        ids = {pd.scans.create(targets=["example.com"]).id for _ in range(5)}
        pager = pd.scans.list(limit=2)
        assert pager.has_next_page()
        assert pager.page is None
        before = mock.requests()["pdcp"]
        seen: list[str] = []
        pages = 0
        while pager.has_next_page():
            page = pager.next_page()
            pages += 1
            assert isinstance(page, ListPage)
            assert pager.page is page
            assert len(page.items) <= 2
            assert page.model.data is not None
            seen += [item.scan_id for item in page.items]
        assert mock.requests()["pdcp"] == before + pages
        with pytest.raises(LookupError, match="no next page"):
            pager.next_page()
        assert mock.requests()["pdcp"] == before + pages
        assert ids <= set(seen)
        assert seen == [item.scan_id for item in pager]  # iterating starts again from the top


def test_max_items_bounds_the_hand_pages_too(mock) -> None:
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        for index in range(3):
            hs.targets.create(target=f"hand-{index}.example.com")
        pager = hs.targets.list(max_items=1)
        page = pager.next_page()
        assert len(page.items) == 1
        assert type(page.model).__name__ == "TargetList"
        assert not pager.has_next_page()


async def test_async_pages_by_hand(mock) -> None:
    async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        await hs.targets.create(target="async-hand.example.com")
        pager = hs.targets.list()
        first = await pager.next_page()
        assert pager.page is first
        assert any(t.target == "async-hand.example.com" for t in first.items)
        while pager.has_next_page():
            await pager.next_page()
        with pytest.raises(LookupError):
            await pager.next_page()

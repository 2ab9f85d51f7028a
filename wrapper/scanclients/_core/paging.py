"""Auto-paging for list operations: iterate items (`for`, `async for`), `.pages()`, or page by
hand (`has_next_page()`, `next_page()`: a `ListPage`, apart from iterating).

    for scan in pd.scans.list(limit=50):             # every scan, fetched 50 at a time
        ...
    for page in pd.scans.list(max_items=500).pages():
        ...

Each list's `Paging` (from the generator) says which keyword moves (`offset`, `page`,
`page_number`), the page size (`limit`) and where the items and the total sit. Walking stops at the
total (or page count), on an empty page, at `max_items`, or on a short page with no total: a
service capping the page size (asked 500, sends 100 of 250) is walked on, and a list ending short
of its total warns (`IncompleteListWarning`, at the caller's line). A page equal to the one before,
a token already followed, or two pages in a row of items already handed out (remembered as 8-byte
digests, at most `_SEEN_LIMIT`) is an `UnexpectedResponseError`, as is a list past `max_pages`
pages (`DEFAULT_MAX_PAGES`). `_Cursor` decides, `_Pager._page_flow` fetches; both pagers share them.
"""

from __future__ import annotations

import copy
import hashlib
import json
import warnings
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ..errors import IncompleteListWarning, UnexpectedResponseError, ValidationError
from .answers import parse
from .operation_spec import Operation, Paging
from .request import Extras, build
from .send import send_flow

if TYPE_CHECKING:
    from .base_client import AsyncAPIClient, SyncAPIClient
    from .flow import Flow

__all__ = ["DEFAULT_MAX_PAGES", "AsyncPager", "ListPage", "SyncPager"]

# A list stops after this many pages, whichever the service, so that a service handing out fresh
# pages forever is not listed forever; every list method can raise it (`max_pages=`).
DEFAULT_MAX_PAGES = 10_000
# How many items (and page tokens) a walk remembers to recognise a cycle: 8 bytes of digest each,
# so at most a few MiB however long the list; past it, `max_pages` still ends the walk.
_SEEN_LIMIT = 100_000
_STALE_PAGES = 2

Item = TypeVar("Item")
Page = TypeVar("Page")


@dataclass(frozen=True)
class ListPage(Generic[Item, Page]):
    """A page from `next_page()`: its items (within `max_items`) and its model (the envelope)."""

    items: list[Item]
    model: Page


class _Cursor:
    """Where the walk is and whether it is over: plain decisions, no I/O."""

    def __init__(
        self,
        op: Operation,
        args: Mapping[str, Any],
        max_items: int | None,
        max_pages: int | None = None,
    ) -> None:
        assert op.paging is not None
        if max_items is not None and (
            isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0
        ):
            raise ValidationError("max_items", f"must be a whole number >= 0, got {max_items!r}")
        max_pages = DEFAULT_MAX_PAGES if max_pages is None else max_pages
        if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
            raise ValidationError("max_pages", f"expected a whole number >= 1, got {max_pages!r}")
        self.max_pages = max_pages
        self._pages = 0
        self.paging: Paging = op.paging
        self.args = dict(args)
        self.requested = args.get(self.paging.size)
        self.position: Any = args.get(self.paging.cursor)
        if self.position is None and self.paging.style != "token":
            self.position = self.paging.first
        self._tokens: set[str] = set()
        self._seen: set[int] = set()  # fingerprints of the items handed out, up to _SEEN_LIMIT
        self._stale = 0  # pages in a row that held only items already handed out
        self.remaining = max_items
        self.done = max_items == 0
        self._page_size: int | None = None
        self._previous: list[Any] | None = None
        self._counted = 0
        self.shortfall: str | None = None  # set when the list ended before its total said

    def page_args(self) -> dict[str, Any]:
        return {**self.args, self.paging.cursor: self.position}

    def accept(self, page: Any, response: httpx.Response, service: str) -> list[Any]:
        """The items of `page` to hand out; decides whether another page is needed."""
        items = self._accept(page, response, service)
        if self.remaining is not None:
            items = items[: self.remaining]
            self.remaining -= len(items)
            self.done = self.done or self.remaining == 0
        self._pages += 1
        if not self.done and self._pages == self.max_pages:
            raise UnexpectedResponseError(
                f"still more pages after {self.max_pages}: pass a larger max_pages to list more",
                service=service,
                response=response,
            )
        return items

    def warn_if_short(self) -> None:
        """Say so (`IncompleteListWarning`, at the caller's line) when the list ended early."""
        if self.shortfall is not None:
            # _walk <- __iter__ / pages / __aiter__ <- the caller's loop
            warnings.warn(IncompleteListWarning(self.shortfall), stacklevel=4)

    def _accept(self, page: Any, response: httpx.Response, service: str) -> list[Any]:
        items = _follow(page, self.paging.items)
        if not isinstance(items, list):
            raise UnexpectedResponseError(
                f"page {self.paging.cursor}={self.position}: no list of items at"
                f" {'.'.join(self.paging.items) or 'the top'}",
                service=service,
                response=response,
            )
        if not items:
            self.done = True
            self._check_complete(page)
            return []
        if self.paging.style == "token":
            return self._follow_token(page, items, response, service)
        if items == self._previous:
            raise UnexpectedResponseError(
                f"the page at {self.paging.cursor}={self.position} repeats the one before: the"
                " service is not moving through the list, so paging stopped",
                service=service,
                response=response,
            )
        self._check_new(items, response, service)
        self._previous = items
        if self._page_size is None:
            self._page_size = self.requested if isinstance(self.requested, int) else len(items)
            # A walk that starts part way counts the items before its start against the total.
            start = self.position - self.paging.first
            self._counted = start * (1 if self.paging.style == "offset" else self._page_size)
        self._counted += len(items)
        more = self._more_expected(page)
        self.done = not more if more is not None else len(items) < self._page_size
        self.position += len(items) if self.paging.style == "offset" else 1
        return items

    def _more_expected(self, page: Any) -> bool | None:
        """Whether the page's totals say more items follow; None when it gives none."""
        total = _number(_follow(page, self.paging.total)) if self.paging.total else None
        pages = _number(getattr(page, "total_pages", None))
        if total is not None:
            return self._counted < total
        if pages is not None:
            return self._pages + 1 < pages
        return None

    def _check_complete(self, page: Any) -> None:
        """An empty page ended the list: note it if the totals seen promised more."""
        total = _number(_follow(page, self.paging.total)) if self.paging.total else None
        if total is not None and self._counted < total:
            self.shortfall = (
                f"the list ended after {self._counted} items, but its"
                f" {'.'.join(self.paging.total)} says {total}"
            )

    def _check_new(self, items: list[Any], response: httpx.Response, service: str) -> None:
        """Pages of nothing but items already handed out: the service is going round a cycle.

        One such page can be honest (items added at the head of an offset-paged list while it is
        walked shift the ones seen onto the next page); two in a row are a cycle."""
        prints = [_fingerprint(item) for item in items]
        self._stale = self._stale + 1 if all(p in self._seen for p in prints) else 0
        if self._stale >= _STALE_PAGES:
            raise UnexpectedResponseError(
                f"the page at {self.paging.cursor}={self.position} is the second in a row holding"
                " only items already listed: the service is going round in a cycle, so paging"
                " stopped",
                service=service,
                response=response,
            )
        room = _SEEN_LIMIT - len(self._seen)
        if room > 0:
            self._seen.update(prints[:room])

    def _follow_token(
        self, page: Any, items: list[Any], response: httpx.Response, service: str
    ) -> list[Any]:
        """A page that names the next one: absent, null or empty, this was the last."""
        token = _follow(page, self.paging.next)
        if token and token in self._tokens:
            # A service that hands back a token twice would otherwise be listed forever.
            raise UnexpectedResponseError(
                f"{'.'.join(self.paging.next)} {token!r} was already followed",
                service=service,
                response=response,
            )
        self._check_new(items, response, service)
        if token and len(self._tokens) < _SEEN_LIMIT:
            self._tokens.add(token)
        self.position = token or None
        self.done = not token
        return items


def _number(value: Any) -> int | float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _fingerprint(item: Any) -> int:
    """A compact stand-in for an item, to recognise it again (64 bits of its JSON form)."""
    wire = item.to_dict() if hasattr(item, "to_dict") else item
    try:
        text = json.dumps(wire, sort_keys=True, default=str)
    except (TypeError, ValueError, RecursionError):
        text = repr(wire)
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=8).digest())


def _follow(value: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        value = getattr(value, name, None)
    return value


class _Pager:
    """What both pagers share: checked arguments, and one page as a flow."""

    _client: SyncAPIClient | AsyncAPIClient

    def __init__(
        self,
        client: SyncAPIClient | AsyncAPIClient,
        op: Operation,
        args: Mapping[str, Any],
        extras: Extras,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        self._client, self._op = client, op
        self._args, self._extras = _moving_args(op, args, extras)
        self._max_items, self._max_pages = max_items, max_pages
        self._cursor()  # bad arguments fail here, before any I/O
        build(op, client._options, args, extras)
        self._by_hand: _Cursor | None = None  # the cursor of next_page(), apart from iteration
        self.page: ListPage[Any, Any] | None = None  # the last page next_page() fetched

    def _cursor(self) -> _Cursor:
        return _Cursor(self._op, self._args, self._max_items, self._max_pages)

    def has_next_page(self) -> bool:
        """Whether `next_page()` has a page to fetch: before the first, then until the list ends."""
        return self._by_hand is None or not self._by_hand.done

    def _next_flow(self) -> Flow[ListPage[Any, Any]]:
        self._by_hand = self._by_hand or self._cursor()
        if self._by_hand.done:
            raise LookupError("the list has no next page (has_next_page() is False)")
        model, items = yield from self._page_flow(self._by_hand)
        self.page = ListPage(items, model)
        return self.page

    def _page_flow(self, cursor: _Cursor) -> Flow[tuple[Any, list[Any]]]:
        """The page at the cursor (as its model) and its items to hand out."""
        options = self._client._options
        request = build(self._op, options, cursor.page_args(), self._extras)
        response = yield from send_flow(self._op, options, request)
        page = parse(self._op, response, options.service.name)
        return page, cursor.accept(page, response, options.service.name)


def _moving_args(
    op: Operation, args: Mapping[str, Any], extras: Extras
) -> tuple[dict[str, Any], Extras]:
    """`extra_query` naming the cursor or the page size sets where the walk starts and how big
    its pages are (one value each, on every page): left in the escape hatch, it would pin every
    page to the same place."""
    assert op.paging is not None
    moving = {op.paging.cursor, op.paging.size} - {""}
    wires = {p.wire: p.name for p in op.params if p.name in moving}
    taken = {wires[k]: v[0] for k, v in extras.query.items() if k in wires and len(v) == 1}
    if not taken:
        return dict(args), extras
    left = copy.copy(extras)
    left.query = {k: v for k, v in extras.query.items() if wires.get(k) not in taken}
    return {**args, **taken}, left


class SyncPager(_Pager, Generic[Item, Page]):
    """Items of a list operation, fetched a page at a time as they are iterated."""

    _client: SyncAPIClient
    page: ListPage[Item, Page] | None

    def next_page(self) -> ListPage[Item, Page]:
        """The next page (the first, the first time): one request; else `LookupError`."""
        return self._client._run(self._next_flow())

    def pages(self) -> Iterator[Page]:
        """Each page as its generated model (the envelope, totals and all)."""
        for page, _ in self._walk():
            yield page

    def __iter__(self) -> Iterator[Item]:
        for _, items in self._walk():
            yield from items

    def _walk(self) -> Iterator[tuple[Any, list[Any]]]:
        cursor = self._cursor()
        while not cursor.done:
            yield self._client._run(self._page_flow(cursor))
        cursor.warn_if_short()


class AsyncPager(_Pager, Generic[Item, Page]):
    """Items of a list operation for `async for`, fetched a page at a time."""

    _client: AsyncAPIClient
    page: ListPage[Item, Page] | None

    async def next_page(self) -> ListPage[Item, Page]:
        """Fetch the next page: see `SyncPager.next_page`."""
        return await self._client._run(self._next_flow())

    async def pages(self) -> AsyncIterator[Page]:
        """Each page as its generated model (the envelope, totals and all)."""
        async for page, _ in self._walk():
            yield page

    async def __aiter__(self) -> AsyncIterator[Item]:
        async for _, items in self._walk():
            for item in items:
                yield item

    async def _walk(self) -> AsyncIterator[tuple[Any, list[Any]]]:
        cursor = self._cursor()
        while not cursor.done:
            yield await self._client._run(self._page_flow(cursor))
        cursor.warn_if_short()

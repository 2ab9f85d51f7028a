"""The machinery behind every generated resource method: build, send, parse. Written once.

A generated method (see `generated/pdcp_client/resources/`) passes its `Operation` and its
arguments to `_call`. What comes back depends on the operation and on the view the method is on:
the parsed model of a JSON answer (`_core.answers.parse`), an auto-paging iterator for a list
operation (`_core.paging`), a streamed download for a file (`_core.files`); on a raw view
(`with_raw_response`) a `RawResponse` of the one answer, that parses on demand; on a streaming
view (`with_streaming_response`) a context manager over the open answer (`_core.files`).
Sync and async resources share all of it, `_call` included; only the client's `_run` differs.

A view is a class of its own with its own typed methods (the generator writes them beside each
resource), so a method a view does not have is a type error and an `AttributeError` before any
request, never a silent parse.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import httpx

from . import files as _files
from . import paging as _paging
from .answers import parse, request_id
from .deadline import Deadline
from .flow import Flow
from .operation_spec import Operation
from .request import Extras, build
from .send import call_deadline, send_flow

if TYPE_CHECKING:
    from .base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncRawView",
    "AsyncResource",
    "AsyncStreamedCall",
    "AsyncStreamingView",
    "RawResponse",
    "StreamedCall",
    "SyncRawView",
    "SyncResource",
    "SyncStreamingView",
    "call_flow",
    "parser_of",
]

T = TypeVar("T")
Client = TypeVar("Client", "SyncAPIClient", "AsyncAPIClient")
Then = Callable[[Any], Any]


class RawResponse(Generic[T]):
    """A 2xx answer before parsing: `status_code`, `headers`, `request_id`, `http_request`,
    `http_response`, and `parse()`, which gives what the plain method returns."""

    def __init__(self, response: httpx.Response, parser: Callable[[httpx.Response], T]) -> None:
        self._parser = parser
        self.http_response = response
        self.http_request = response.request
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = request_id(response.headers)

    def parse(self) -> T:
        """The result the plain method would have returned (a file answer: its bytes; a list:
        the one page, as its model)."""
        return self._parser(self.http_response)

    def __repr__(self) -> str:
        request = self.http_request
        return f"<RawResponse {request.method} {request.url.path} {self.status_code}>"


def parser_of(op: Operation, service: str, then: Then | None = None) -> Callable[[Any], Any]:
    """How a 2xx answer of `op` becomes the plain method's result: its model, then `then` (a
    facade's unwrapping of an envelope, say)."""

    def parser(response: httpx.Response) -> Any:
        value = parse(op, response, service)
        return value if then is None else then(value)

    return parser


def call_flow(
    op: Operation,
    options: Any,
    request: httpx.Request,
    raw: bool,
    deadline: Deadline | None = None,
    then: Then | None = None,
) -> Flow[Any]:
    response = yield from send_flow(op, options, request, deadline=deadline)
    parser = parser_of(op, options.service.name, then)
    return RawResponse(response, parser) if raw else parser(response)


class _View(Generic[Client]):
    """What every resource and view class inherits: its client, and how it runs an operation."""

    # "parsed": the result; "raw": a RawResponse of one request; "streamed": a context manager.
    _mode: ClassVar[str] = "parsed"

    def __init__(self, client: Client) -> None:
        self._client: Client = client

    def _call(
        self,
        op: Operation,
        args: Mapping[str, Any],
        max_items: int | None = None,
        max_pages: int | None = None,
        *,
        then: Then | None = None,
        **escapes: Any,
    ) -> Any:
        """Run `op`: its result (sync), a coroutine of it (async), or a pager or a download;
        on a raw or a streaming view, one request whatever the operation (a list: its page)."""
        given = Extras(**escapes)
        client = self._client
        asynchronous = isinstance(self, AsyncResource)
        if op.paging is not None and self._mode == "parsed":
            pager = _paging.AsyncPager if asynchronous else _paging.SyncPager
            return pager(client, op, args, given, max_items, max_pages)
        request = build(op, client._options, args, given)
        if self._mode == "streamed":
            parser = parser_of(op, client._options.service.name, then)
            streamed = AsyncStreamedCall if asynchronous else StreamedCall
            return streamed(client, op, request, parser)
        if op.streams and self._mode == "parsed":
            download = _files.AsyncDownload if asynchronous else _files.Download
            return download(client, op, request)
        raw = self._mode == "raw"
        return client._run(call_flow(op, client._options, request, raw, then=then))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class SyncResource(_View["SyncAPIClient"]):
    """The base of every sync resource class: `_call` runs an operation to its end."""


class AsyncResource(_View["AsyncAPIClient"]):
    """The base of every async resource class: `_call` gives a coroutine for most
    operations, a pager or a download for lists and files."""


class SyncRawView(SyncResource):
    """The base of every `with_raw_response` view: each method sends one request and returns
    its `RawResponse`."""

    _mode = "raw"

    def _raw_call(
        self, op: Operation, args: Mapping[str, Any], *, then: Then | None = None, **escapes: Any
    ) -> RawResponse[Any]:
        """`_call`, typed for a hand-written view method."""
        raw: RawResponse[Any] = self._call(op, args, then=then, **escapes)
        return raw


class AsyncRawView(AsyncResource):
    """`with_raw_response` of an async resource: each method is a coroutine of a `RawResponse`."""

    _mode = "raw"

    async def _raw_call(
        self, op: Operation, args: Mapping[str, Any], *, then: Then | None = None, **escapes: Any
    ) -> RawResponse[Any]:
        """`_call`, typed for a hand-written view method."""
        raw: RawResponse[Any] = await self._call(op, args, then=then, **escapes)
        return raw


class SyncStreamingView(SyncResource):
    """The base of every `with_streaming_response` view: each method returns a context manager
    that sends the request on entry and closes the answer on exit (`StreamedCall`)."""

    _mode = "streamed"

    def _streamed_call(
        self, op: Operation, args: Mapping[str, Any], **escapes: Any
    ) -> StreamedCall[Any]:
        """`_call`, typed for a hand-written view method."""
        streamed: StreamedCall[Any] = self._call(op, args, **escapes)
        return streamed


class AsyncStreamingView(AsyncResource):
    """`with_streaming_response` of an async resource: `async with` (`AsyncStreamedCall`)."""

    _mode = "streamed"

    def _streamed_call(
        self, op: Operation, args: Mapping[str, Any], **escapes: Any
    ) -> AsyncStreamedCall[Any]:
        """`_call`, typed for a hand-written view method."""
        streamed: AsyncStreamedCall[Any] = self._call(op, args, **escapes)
        return streamed


class _StreamedCall(Generic[T]):
    """A request not yet sent, for `with`: sent on entry, its answer closed on exit."""

    def __init__(
        self, client: Any, op: Operation, request: httpx.Request, parser: Callable[[Any], T]
    ) -> None:
        self._client, self._op, self._request, self._parser = client, op, request, parser

    def _open(self) -> tuple[Deadline, Flow[httpx.Response]]:
        # One deadline for the request and the whole body, as a download has.
        until = call_deadline(self._client._options, None)
        sending = send_flow(
            self._op, self._client._options, self._request, stream=True, deadline=until
        )
        return until, sending


class StreamedCall(_StreamedCall[T]):
    """`with pd.scans.with_streaming_response.export_api(scan_id) as response:` gives an open
    `StreamedResponse` (`_core.files`); nothing is sent before the `with`."""

    def __enter__(self) -> _files.StreamedResponse[T]:
        until, sending = self._open()
        response = self._client._run(sending)
        self._response = _files.StreamedResponse(
            self._client, self._op, response, self._parser, until
        )
        return self._response

    def __exit__(self, *exc_info: object) -> None:
        self._response.http_response.close()


class AsyncStreamedCall(_StreamedCall[T]):
    """`async with` over an open `AsyncStreamedResponse`: see `StreamedCall`."""

    async def __aenter__(self) -> _files.AsyncStreamedResponse[T]:
        until, sending = self._open()
        response = await self._client._run(sending)
        self._response = _files.AsyncStreamedResponse(
            self._client, self._op, response, self._parser, until
        )
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        await self._response.http_response.aclose()

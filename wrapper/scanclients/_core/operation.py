"""The machinery behind every generated resource method: build, send, parse. Written once.

A generated method (see `generated/pdcp_client/resources/`) passes its `Operation` and its
arguments to `_call`. What comes back depends on the operation: the parsed model of a JSON answer
(`_core.answers.parse`), an auto-paging iterator for a list operation (`_core.paging`), a streamed download
for a file (`_core.files`), or, through `with_raw_response`, a `RawResponse` that parses on demand.
Sync and async resources share all of it, `_call` included; only the client's `_run` differs.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import files as _files
from . import paging as _paging
from .answers import parse, request_id
from .deadline import Deadline
from .flow import Flow
from .operation_spec import Operation
from .request import Extras, build
from .send import send_flow

if TYPE_CHECKING:
    from .base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncResource", "RawResponse", "SyncResource", "call_flow"]

T = TypeVar("T")
Client = TypeVar("Client", "SyncAPIClient", "AsyncAPIClient")


class RawResponse(Generic[T]):
    """A 2xx answer before parsing: `status_code`, `headers`, `request_id`, and `parse()`."""

    def __init__(self, op: Operation, response: httpx.Response, service: str) -> None:
        self._op = op
        self._service = service
        self.http_response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = request_id(response.headers)

    def parse(self) -> T:
        """The result the method would have returned (a file answer: its bytes)."""
        result: T = parse(self._op, self.http_response, self._service)
        return result

    def __repr__(self) -> str:
        return f"<RawResponse {self._op.method} {self._op.path} {self.status_code}>"


def call_flow(
    op: Operation,
    options: Any,
    request: httpx.Request,
    raw: bool,
    deadline: Deadline | None = None,
) -> Flow[Any]:
    response = yield from send_flow(op, options, request, deadline=deadline)
    if raw:
        return RawResponse(op, response, options.service.name)
    return parse(op, response, options.service.name)


class _Resource(Generic[Client]):
    """What every generated resource class inherits: its client and the raw-response switch."""

    def __init__(self, client: Client) -> None:
        self._client: Client = client
        self._raw = False

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning a `RawResponse` (status, headers, request id, `.parse()`)."""
        raw = copy.copy(self)
        raw._raw = True
        return raw

    def _call(
        self,
        op: Operation,
        args: Mapping[str, Any],
        max_items: int | None = None,
        max_pages: int | None = None,
        **escapes: Any,
    ) -> Any:
        """Run `op`: its result (sync), a coroutine of it (async), or a pager or a download."""
        given = Extras(**escapes)
        client = self._client
        asynchronous = isinstance(self, AsyncResource)
        if op.paging is not None and not self._raw:
            pager = _paging.AsyncPager if asynchronous else _paging.SyncPager
            return pager(client, op, args, given, max_items, max_pages)
        request = build(op, client._options, args, given)
        if op.streams and not self._raw:
            download = _files.AsyncDownload if asynchronous else _files.Download
            return download(client, op, request)
        return client._run(call_flow(op, client._options, request, self._raw))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class SyncResource(_Resource["SyncAPIClient"]):
    """The base of every generated sync resource class: `_call` runs an operation to its end."""


class AsyncResource(_Resource["AsyncAPIClient"]):
    """The base of every generated async resource class: `_call` gives a coroutine for most
    operations, a pager or a download for lists and files."""

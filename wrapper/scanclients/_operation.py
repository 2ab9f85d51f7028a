"""The machinery behind every generated resource method: build, send, parse. Written once.

A generated method (see `generated/pdcp_client/resources/`) passes its `Operation` and its
arguments to `_call`. What comes back depends on the operation: the parsed model of a JSON answer,
an auto-paging iterator for a list operation (`_paging`), a streamed download for a file
(`_files`), or, through `with_raw_response`, a `RawResponse` that parses on demand.
Sync and async resources share all of it; only `_run` differs.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import _send
from ._deadline import Deadline
from ._flow import Flow
from ._model_problem import first_problem
from ._operation_spec import Answer, Operation
from ._request import Extras, build, from_document, load_model
from .errors import UnexpectedResponseError

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncResource", "RawResponse", "SyncResource", "call_flow", "parse", "send_flow"]

T = TypeVar("T")
Client = TypeVar("Client", "SyncAPIClient", "AsyncAPIClient")

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")


class RawResponse(Generic[T]):
    """A 2xx answer before parsing: `status_code`, `headers`, `request_id`, and `parse()`."""

    def __init__(self, op: Operation, response: httpx.Response, service: str) -> None:
        self._op = op
        self._service = service
        self.http_response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = next(
            (response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None
        )

    def parse(self) -> T:
        """The result the method would have returned (a file answer: its bytes)."""
        result: T = parse(self._op, self.http_response, self._service)
        return result

    def __repr__(self) -> str:
        return f"<RawResponse {self._op.method} {self._op.path} {self.status_code}>"


def send_flow(
    op: Operation,
    options: Any,
    request: httpx.Request,
    *,
    stream: bool = False,
    deadline: Deadline | None = None,
) -> Flow[httpx.Response]:
    """Send with retries by method: reads as reads, POST and PATCH only where nothing happened.

    `deadline` is a compound flow's (a wait shares one between its polls); else the client's."""
    return _send.send(
        request, options, creates=op.creates, writes=op.writes, stream=stream, deadline=deadline
    )


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


def parse(op: Operation, response: httpx.Response, service: str) -> Any:
    """The 2xx answer as its generated model; a body that does not fit is a typed error."""
    answer = _answer(op, response.status_code)
    if answer is None or answer.kind == "empty":
        return None if not response.content else _send.json_body(response, service)
    if answer.kind == "file":
        return response.content
    body = _send.json_body(response, service, maybe_created=op.creates, maybe_applied=op.writes)
    if answer.kind == "json":
        return body
    model = load_model(op, answer.model)
    try:
        if answer.kind == "models":
            if not isinstance(body, list):
                raise TypeError(f"expected a JSON array, got {type(body).__name__}")
            return [from_document(model, item) for item in body]
        if not isinstance(body, dict):
            raise TypeError(f"expected a JSON object, got {type(body).__name__}")
        return from_document(model, body)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        raise UnexpectedResponseError(
            f"the {response.status_code} answer of {op.operation_id} is not a {model.__name__}:"
            f" {_problem(error)}",
            service=service,
            response=response,
            maybe_created=op.creates,
            maybe_applied=op.writes,
        ) from None


def _problem(error: Exception) -> str:
    import pydantic

    if isinstance(error, pydantic.ValidationError):
        return first_problem(error)  # one line, not pydantic's page
    return f"{type(error).__name__}: {error}"


def _answer(op: Operation, status: int) -> Answer | None:
    for answer in op.answers:
        if answer.status == status:
            return answer
    # An undocumented 2xx is read like the first documented one.
    return op.answers[0] if op.answers else None


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

    def _request(self, op: Operation, args: Mapping[str, Any], extras: Extras) -> httpx.Request:
        return build(op, self._client._options, args, extras)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class SyncResource(_Resource["SyncAPIClient"]):
    def _call(
        self,
        op: Operation,
        args: Mapping[str, Any],
        max_items: int | None = None,
        max_pages: int | None = None,
        **escapes: Any,
    ) -> Any:
        from . import _files, _paging

        given = Extras(**escapes)
        if op.paging is not None and not self._raw:
            return _paging.SyncPager(self._client, op, args, given, max_items, max_pages)
        request = self._request(op, args, given)
        if op.streams and not self._raw:
            return _files.Download(self._client, op, request)
        return self._client._run(call_flow(op, self._client._options, request, self._raw))


class AsyncResource(_Resource["AsyncAPIClient"]):
    def _call(
        self,
        op: Operation,
        args: Mapping[str, Any],
        max_items: int | None = None,
        max_pages: int | None = None,
        **escapes: Any,
    ) -> Any:
        """A coroutine for most operations; a pager or a download for lists and files."""
        from . import _files, _paging

        given = Extras(**escapes)
        if op.paging is not None and not self._raw:
            return _paging.AsyncPager(self._client, op, args, given, max_items, max_pages)
        request = self._request(op, args, given)
        if op.streams and not self._raw:
            return _files.AsyncDownload(self._client, op, request)
        return self._client._run(call_flow(op, self._client._options, request, self._raw))

"""Operations that answer a file (exports in json, csv, pdf; octet-stream): streamed, never buffered.

    download = pd.scans.export(scan_id, type="csv")   # nothing is sent yet
    saved = download.save("scan.csv")                 # streamed into a temp file, renamed at the end
    for chunk in pd.scans.export(scan_id).iter_bytes():
        ...

An export asked with `async_=True` answers `201 {"export_id": ...}` instead of the file: `save`
returns an `ExportStarted` carrying the id (and the parsed model), and writes nothing.

`with_streaming_response` (any operation: a file, a large JSON answer) opens a `StreamedResponse`
(`_core.operation.StreamedCall` sends it): `iter_bytes`, `iter_lines`, `read`, `parse`, bounded
as the downloads are (the call's deadline; `max_body_size` for what is held or arrives compressed).
"""

from __future__ import annotations

import codecs
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ..errors import UnexpectedResponseError
from . import send as _send
from .answers import connection_error, parse, request_id
from .deadline import Deadline
from .download import AtomicFile
from .flow import BodyTooLargeError, Drain, Flow, aiter_decoded, iter_decoded
from .operation_spec import Operation
from .send import send_flow

if TYPE_CHECKING:
    import os

    from .base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncDownload",
    "AsyncStreamedResponse",
    "Download",
    "ExportStarted",
    "Saved",
    "StreamedResponse",
]

T = TypeVar("T")

# The JSON answer of an asynchronous export is a few bytes; anything bigger is not one.
_MAX_JSON_ANSWER = 1 << 20


def _file_limit(response: httpx.Response, max_body_size: int) -> int | None:
    """How many decoded bytes a streamed file may have: `max_body_size` when it arrives
    compressed (a few KiB of gzip can decode to GiBs), else no limit: its bytes are the wire's,
    which the call's deadline bounds."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    return None if encoding in ("", "identity") else max_body_size


@dataclass(frozen=True)
class Saved:
    """The file was written whole: where, and how many bytes."""

    path: Path
    size: int
    status_code: int


@dataclass(frozen=True)
class ExportStarted:
    """The service started an asynchronous export instead of answering the file."""

    export_id: str | None
    status_code: int
    result: Any  # the answer as its generated model


def _json_answer(op: Operation, status: int) -> bool:
    return any(a.status == status and a.kind != "file" for a in op.answers)


def _save_flow(op: Operation, options: Any, request: httpx.Request, path: Path) -> Flow[Any]:
    service = options.service.name
    # One deadline for the request and the whole body: a server sending a byte a second ends.
    until = _send.call_deadline(options, None)
    response = yield from send_flow(op, options, request, stream=True, deadline=until)
    try:
        if _json_answer(op, response.status_code):
            buffer = bytearray()
            sink = _bounded(buffer, response, service)
            yield Drain(response, sink, until)  # decoded in bounded steps, bounded by the sink
            whole = httpx.Response(
                response.status_code,
                headers=response.headers,
                content=bytes(buffer),
                request=request,
            )
            result = parse(op, whole, service)
            return ExportStarted(getattr(result, "export_id", None), response.status_code, result)
        size = 0
        with AtomicFile(path) as target:

            def write(chunk: bytes) -> None:
                nonlocal size
                size += len(chunk)
                target.write(chunk)

            yield Drain(response, write, until, _file_limit(response, options.max_body_size))
        return Saved(target.path, size, response.status_code)
    except httpx.HTTPError as error:  # the body was cut short, or the deadline passed
        raise connection_error(error, request, service, deadline=until) from error
    except BodyTooLargeError as error:
        raise _too_large(error, service) from None


def _too_large(error: BodyTooLargeError, service: str) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        f"the {error.response.status_code} answer decodes to more than {error.limit} bytes"
        " (max_body_size; raise it with with_options(max_body_size=...))",
        service=service,
        response=error.response,
    )


def _bounded(buffer: bytearray, response: httpx.Response, service: str) -> Any:
    def sink(chunk: bytes) -> None:
        buffer.extend(chunk)
        if len(buffer) > _MAX_JSON_ANSWER:
            response._content = bytes(buffer[:_MAX_JSON_ANSWER])  # the error keeps its start
            raise UnexpectedResponseError(
                f"the {response.status_code} JSON answer is over {_MAX_JSON_ANSWER} bytes",
                service=service,
                response=response,
            )

    return sink


def _not_a_file(op: Operation, response: httpx.Response, service: str) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        f"{op.operation_id} answered {response.status_code} with no file (an asynchronous"
        " export?); use save() to get its export id",
        service=service,
        response=response,
    )


class _FileAnswer:
    """What both downloads share: the request, not yet sent, and the flows that send it."""

    _client: SyncAPIClient | AsyncAPIClient

    def __init__(
        self, client: SyncAPIClient | AsyncAPIClient, op: Operation, request: httpx.Request
    ) -> None:
        self._client, self._op, self._request = client, op, request

    def _save(self, path: str | os.PathLike[str]) -> Flow[Saved | ExportStarted]:
        target = AtomicFile(path).check().path  # a bad path fails here, before any I/O
        return _save_flow(self._op, self._client._options, self._request, target)

    def _stream(self, until: Deadline) -> Flow[httpx.Response]:
        return send_flow(
            self._op, self._client._options, self._request, stream=True, deadline=until
        )

    def _limit(self, response: httpx.Response) -> int | None:
        return _file_limit(response, self._client._options.max_body_size)

    def _not_a_file(self, response: httpx.Response, body: bytearray) -> UnexpectedResponseError:
        response._content = bytes(body)
        return _not_a_file(self._op, response, self._client._options.service.name)

    def _sink(self, response: httpx.Response, body: bytearray) -> Any:
        return _bounded(body, response, self._client._options.service.name)

    def _failed(self, error: Exception, until: Deadline) -> Exception:
        """The typed error for a body that could not be read whole, by the call's deadline."""
        service = self._client._options.service.name
        if isinstance(error, BodyTooLargeError):
            return _too_large(error, service)
        assert isinstance(error, httpx.HTTPError)
        return connection_error(error, self._request, service, deadline=until)


class Download(_FileAnswer):
    """A file answer, not yet requested: `save(path)` or `iter_bytes()` sends the request."""

    _client: SyncAPIClient

    def save(self, path: str | os.PathLike[str]) -> Saved | ExportStarted:
        """Stream the file into `path` atomically: it appears whole, or not at all."""
        return self._client._run(self._save(path))

    def iter_bytes(self) -> Iterator[bytes]:
        """The file's bytes as they arrive, all by the call's deadline; the connection is closed
        when iteration ends."""
        until = _send.call_deadline(self._client._options, None)
        response = self._client._run(self._stream(until))
        try:
            chunks = iter_decoded(response, self._limit(response), until)
            if _json_answer(self._op, response.status_code):
                body = bytearray()
                for chunk in chunks:
                    self._sink(response, body)(chunk)
                raise self._not_a_file(response, body)
            yield from chunks
        except (httpx.HTTPError, BodyTooLargeError) as error:
            raise self._failed(error, until) from error
        finally:
            response.close()


class AsyncDownload(_FileAnswer):
    """A file answer for asyncio: `await save(path)` or `async for chunk in aiter_bytes()`."""

    _client: AsyncAPIClient

    async def save(self, path: str | os.PathLike[str]) -> Saved | ExportStarted:
        """Stream the file into `path` atomically: it appears whole, or not at all."""
        return await self._client._run(self._save(path))

    async def aiter_bytes(self) -> AsyncIterator[bytes]:
        """The file's bytes as they arrive, all by the call's deadline; the connection is closed
        when iteration ends."""
        until = _send.call_deadline(self._client._options, None)
        response = await self._client._run(self._stream(until))
        try:
            chunks = aiter_decoded(response, self._limit(response), until)
            if _json_answer(self._op, response.status_code):
                body = bytearray()
                async for chunk in chunks:
                    self._sink(response, body)(chunk)
                raise self._not_a_file(response, body)
            async for chunk in chunks:
                yield chunk
        except (httpx.HTTPError, BodyTooLargeError) as error:
            raise self._failed(error, until) from error
        finally:
            await response.aclose()


class _Streamed(_FileAnswer, Generic[T]):
    """What both streamed answers share: the open response, its deadline, and how it parses."""

    def __init__(
        self,
        client: SyncAPIClient | AsyncAPIClient,
        op: Operation,
        response: httpx.Response,
        parser: Callable[[httpx.Response], T],
        until: Deadline,
    ) -> None:
        super().__init__(client, op, response.request)
        self._parser, self._until = parser, until
        self.http_response, self.http_request = response, response.request
        self.status_code, self.headers = response.status_code, response.headers
        self.request_id = request_id(response.headers)

    def _parsed(self, body: bytes) -> T:
        whole = httpx.Response(self.status_code, headers=self.headers, content=body)
        whole.request = self._request
        return self._parser(whole)


def _lines(decoder: codecs.IncrementalDecoder, pending: str, chunk: bytes) -> tuple[list[str], str]:
    """The whole lines in `pending` + the decoded `chunk` (without their ends), and the rest."""
    *lines, rest = (pending + decoder.decode(chunk)).split("\n")
    return [line.removesuffix("\r") for line in lines], rest


def _last_lines(decoder: codecs.IncrementalDecoder, pending: str) -> list[str]:
    """What is left once the body ended: a last line with no line end, if any."""
    rest = (pending + decoder.decode(b"", final=True)).removesuffix("\r")
    return [rest] if rest else []


class StreamedResponse(_Streamed[T]):
    """An open 2xx answer (sync): `status_code`, `headers`, `request_id`, and its body read once,
    as bytes (`iter_bytes`), lines (`iter_lines`), whole (`read`) or as the plain result (`parse`)."""

    _client: SyncAPIClient

    def iter_bytes(self) -> Iterator[bytes]:
        """The decoded body as it arrives, by the call's deadline."""
        yield from self._chunks(self._limit(self.http_response))

    def iter_lines(self) -> Iterator[str]:
        """The body as text lines (UTF-8), without their line ends."""
        decoder, rest = codecs.getincrementaldecoder("utf-8")("replace"), ""
        for chunk in self.iter_bytes():
            lines, rest = _lines(decoder, rest, chunk)
            yield from lines
        yield from _last_lines(decoder, rest)

    def read(self) -> bytes:
        """The whole body, at most the client's `max_body_size` bytes."""
        return b"".join(self._chunks(self._client._options.max_body_size))

    def parse(self) -> T:
        """What the plain method returns, from the body read whole (`read`)."""
        return self._parsed(self.read())

    def _chunks(self, limit: int | None) -> Iterator[bytes]:
        try:
            yield from iter_decoded(self.http_response, limit, self._until)
        except (httpx.HTTPError, BodyTooLargeError) as error:
            raise self._failed(error, self._until) from error


class AsyncStreamedResponse(_Streamed[T]):
    """An open 2xx answer (asyncio): `async for` over `iter_bytes()` or `iter_lines()`, or
    `await read()` / `await parse()`; see `StreamedResponse`."""

    _client: AsyncAPIClient

    async def iter_bytes(self) -> AsyncIterator[bytes]:
        """The decoded body as it arrives, by the call's deadline."""
        async for chunk in self._chunks(self._limit(self.http_response)):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body as text lines (UTF-8), without their line ends."""
        decoder, rest = codecs.getincrementaldecoder("utf-8")("replace"), ""
        async for chunk in self.iter_bytes():
            lines, rest = _lines(decoder, rest, chunk)
            for line in lines:
                yield line
        for line in _last_lines(decoder, rest):
            yield line

    async def read(self) -> bytes:
        """The whole body, at most the client's `max_body_size` bytes."""
        return b"".join([c async for c in self._chunks(self._client._options.max_body_size)])

    async def parse(self) -> T:
        """What the plain method returns, from the body read whole (`read`)."""
        return self._parsed(await self.read())

    async def _chunks(self, limit: int | None) -> AsyncIterator[bytes]:
        try:
            async for chunk in aiter_decoded(self.http_response, limit, self._until):
                yield chunk
        except (httpx.HTTPError, BodyTooLargeError) as error:
            raise self._failed(error, self._until) from error

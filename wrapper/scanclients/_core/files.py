"""Operations that answer a file (exports in json, csv, pdf; octet-stream): streamed, never buffered.

    download = pd.scans.export(scan_id, type="csv")   # nothing is sent yet
    saved = download.save("scan.csv")                 # streamed into a temp file, renamed at the end
    for chunk in pd.scans.export(scan_id).iter_bytes():
        ...

An export asked with `async_=True` answers `201 {"export_id": ...}` instead of the file: `save`
returns an `ExportStarted` carrying the id (and the parsed model), and writes nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from ..errors import APIConnectionError, UnexpectedResponseError
from . import send as _send
from .answers import connection_error, parse
from .download import AtomicFile
from .flow import Drain, Flow
from .operation_spec import Operation
from .send import send_flow

if TYPE_CHECKING:
    import os

    from .base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncDownload", "Download", "ExportStarted", "Saved"]

# The JSON answer of an asynchronous export is a few bytes; anything bigger is not one.
_MAX_JSON_ANSWER = 1 << 20


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
            yield Drain(response, _bounded(buffer, response, service), until)
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

            yield Drain(response, write, until)
        return Saved(target.path, size, response.status_code)
    except httpx.HTTPError as error:  # the body was cut short, or the deadline passed
        raise connection_error(error, request, service, deadline=until) from error


def _bounded(buffer: bytearray, response: httpx.Response, service: str) -> Any:
    def sink(chunk: bytes) -> None:
        buffer.extend(chunk)
        if len(buffer) > _MAX_JSON_ANSWER:
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

    def _stream(self) -> Flow[httpx.Response]:
        return send_flow(self._op, self._client._options, self._request, stream=True)

    def _cut_short(self, error: httpx.HTTPError) -> APIConnectionError:
        return connection_error(error, self._request, self._client._options.service.name)


class Download(_FileAnswer):
    """A file answer, not yet requested: `save(path)` or `iter_bytes()` sends the request."""

    _client: SyncAPIClient

    def save(self, path: str | os.PathLike[str]) -> Saved | ExportStarted:
        """Stream the file into `path` atomically: it appears whole, or not at all."""
        return self._client._run(self._save(path))

    def iter_bytes(self) -> Iterator[bytes]:
        """The file's bytes as they arrive; the connection is closed when iteration ends."""
        response = self._client._run(self._stream())
        try:
            if _json_answer(self._op, response.status_code):
                response.read()
                raise _not_a_file(self._op, response, self._client._options.service.name)
            yield from response.iter_bytes()
        except httpx.HTTPError as error:
            raise self._cut_short(error) from error
        finally:
            response.close()


class AsyncDownload(_FileAnswer):
    """A file answer for asyncio: `await save(path)` or `async for chunk in aiter_bytes()`."""

    _client: AsyncAPIClient

    async def save(self, path: str | os.PathLike[str]) -> Saved | ExportStarted:
        """Stream the file into `path` atomically: it appears whole, or not at all."""
        return await self._client._run(self._save(path))

    async def aiter_bytes(self) -> AsyncIterator[bytes]:
        """The file's bytes as they arrive; the connection is closed when iteration ends."""
        response = await self._client._run(self._stream())
        try:
            if _json_answer(self._op, response.status_code):
                await response.aread()
                raise _not_a_file(self._op, response, self._client._options.service.name)
            async for chunk in response.aiter_bytes():
                yield chunk
        except httpx.HTTPError as error:
            raise self._cut_short(error) from error
        finally:
            await response.aclose()

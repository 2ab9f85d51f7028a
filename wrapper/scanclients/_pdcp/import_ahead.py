"""The chunks of an import, the next one checked while the service answers the one just sent.

An import checked as it is sent (`check_first=False`) checks each chunk as it is read
(`import_layout.iter_chunks`). Done in line, the check would add its time to the upload's (one
more pass over the file: 0.2 s a 100 MB on our bench); done while the service reads the chunk
just sent and answers it, it is free. So the body of each request is a stream that, once its last
byte is handed to the connection, asks one worker thread for the next chunk, and the flow takes
that chunk when the answer is in. Not sooner: the worker holds the interpreter lock while it
checks, and a connection still writing the body would wait for it at every write; the wait for
the answer releases it. The file is never read by both at once: the flow reads a chunk's bytes
before its request, the worker only between the end of that request's body and its answer.

Checked first, the chunks are a list: no thread, the same flow.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import AsyncIterator, Callable, Iterable, Iterator

import httpx

from .import_layout import Chunk

__all__ = ["ChunksAhead"]


class ChunksAhead:
    """The chunks in order; `attach` makes a request's body start the check of the next one."""

    def __init__(self, chunks: Iterable[Chunk], *, in_thread: bool) -> None:
        self._chunks = iter(chunks)
        self._pool = (
            concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="scanclients-import")
            if in_thread
            else None
        )
        self._next: concurrent.futures.Future[Chunk | None] | None = None

    def attach(self, request: httpx.Request) -> httpx.Request:
        """`request`, its body (already read) sent by a stream that starts the next check."""
        if self._pool is not None:
            request.stream = _ThenStart(request.content, self._start)
        return request

    def take(self) -> Chunk | None:
        """The next chunk (None after the last); a refused line raises its `LineRefused`."""
        future, self._next = self._next, None
        if future is None:  # nothing started: the first chunk, or checked first
            return next(self._chunks, None)
        return future.result()

    def close(self) -> None:
        """Wait for a check under way (it reads the file about to be closed), end the worker."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def _start(self) -> None:
        if self._next is None and self._pool is not None:  # a retried body starts nothing more
            self._next = self._pool.submit(next, self._chunks, None)


class _ThenStart(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The bytes of a body, then (when the connection asks for more) `then()`. Read again on a
    retry, as httpx's own byte stream is."""

    def __init__(self, content: bytes, then: Callable[[], None]) -> None:
        self._content = content
        self._then = then

    def __iter__(self) -> Iterator[bytes]:
        yield self._content
        self._then()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._content
        self._then()
